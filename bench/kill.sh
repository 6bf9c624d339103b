#!/usr/bin/env bash
# Fault test (issue 17): the opening-morning load on PostgreSQL, the host killed with SIGKILL in the middle
# of it and started again on the same port; the parents carry on with their cookies (the key ring is in the
# database, ADR-0040). Then every submission that was answered 200 must be in the database exactly once:
# prints requests, successes, acknowledged submissions found, duplicates (same child twice in the season, a
# submission recorded twice in Review's history). Exits 1 when one is missing or duplicated.
#   bench/kill.sh [parents=20] [seconds=120] [kill after seconds of load=20]
# Exits 2 (inconclusive) when no submission was acknowledged at all (host too slow to finish a wizard).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/pg.sh
parents=${1:-20}; seconds=${2:-120}; killafter=${3:-20}
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release bench/Enrollment.Benchmarks -nologo -v q -clp:ErrorsOnly >/dev/null
work=$(mktemp -d /tmp/enrollment-kill-XXXXXX); chmod 755 "$work"
host=; client=
cleanup() { [ -n "$client" ] && kill "$client" 2>/dev/null; [ -n "$host" ] && kill "$host" 2>/dev/null; wait 2>/dev/null; pg_stop "$work"; rm -rf "$work"; }
trap cleanup EXIT
pg_start "$work"
port=$(free_port)
start_host() {
  (cd src/Host/Enrollment.Host && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Database__Provider=PostgreSql "Database__ConnectionString=$PG_CONN" Evidence__Files__Root="$work/files" \
    RateLimits__StartApplicationPerMinute=1000000 Logging__LogLevel__Default=Warning \
    dotnet bin/Release/net10.0/Enrollment.Host.dll >>"$work/host.log" 2>&1) &
  host=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && return; sleep 1; done
  tail -20 "$work/host.log"; exit 1
}
start_host
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll wizard "http://127.0.0.1:$port" \
  --parents "$parents" --seconds "$seconds" --acked "$work/acked.txt" >"$work/client.log" 2>&1 &
client=$!
# Sign-in and the 30 s reading time of 平台协议 come first; then the load runs $killafter seconds.
until grep -q "waiting out" "$work/client.log" 2>/dev/null; do sleep 1; done
sleep $((31 + killafter))
kill -KILL "$host" 2>/dev/null || true   # $host is the dotnet process itself (exec)
wait "$host" 2>/dev/null || true
echo "host killed (SIGKILL) after ${killafter} s of load at $(date -u +%T); starting it again"
start_host
echo "host answering again at $(date -u +%T)"
wait "$client" || true; client=
cat "$work/client.log" | grep -E "parents,|failures:|all requests"
acked=$(wc -l <"$work/acked.txt")
ids=$(sed "s/.*/'&'/" "$work/acked.txt" | paste -sd, -)
found=$(pg_psql -c "SELECT count(*) FROM registration.\"Applications\" WHERE \"Id\" IN (${ids:-NULL}) AND \"Status\" <> 'Draft' AND NOT \"IsDeleted\"")
twice=$(pg_psql -c "SELECT count(*) FROM (SELECT 1 FROM registration.\"Applications\" WHERE NOT \"IsDeleted\" AND \"StudentLookupKey\" IS NOT NULL GROUP BY \"SeasonId\", \"StudentLookupKey\" HAVING count(*) > 1) x")
# Let the outbox finish, then: one history line per submission message.
for _ in $(seq 1 120); do [ "$(pg_psql -c 'SELECT count(*) FROM registration."OutboxMessages" WHERE "ProcessedAt" IS NULL')" = 0 ] && break; sleep 1; done
history_twice=$(pg_psql -c "SELECT count(*) FROM (SELECT 1 FROM review.\"ApplicationHistory\" GROUP BY \"MessageId\" HAVING count(*) > 1) x")
submitted_history=$(pg_psql -c "SELECT count(DISTINCT \"ApplicationId\") FROM review.\"ApplicationHistory\" WHERE \"ApplicationId\" IN (${ids:-NULL}) AND \"Event\" ILIKE '%submit%'")
echo "acknowledged submissions: $acked; found submitted in the database: $found; children twice in the season: $twice"
echo "acknowledged submissions with a history entry: $submitted_history; history messages recorded twice: $history_twice"
[ "$acked" -gt 0 ] || { echo "INCONCLUSIVE: no submission was acknowledged"; exit 2; }
[ "$found" = "$acked" ] && [ "$twice" = 0 ] && [ "$history_twice" = 0 ] && echo "PASS: nothing acknowledged was lost or duplicated" || { echo FAIL; exit 1; }
