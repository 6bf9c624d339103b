#!/usr/bin/env bash
# Fault test (issue 17): the opening-morning load on PostgreSQL, the host killed with SIGKILL in the middle
# of it and started again on the same port; the parents carry on with their cookies (the key ring is in the
# database, ADR-0040). Then every submission that was answered 200 must be in the database exactly once:
# prints requests, successes, acknowledged submissions found, duplicates (same child twice in the season, a
# submission recorded twice in Review's history). Exits 1 when one is missing or duplicated.
# The parents behave as the H5 page should: starting and submitting carry an Idempotency-Key, and a request whose
# answer the kill lost is sent again as it was (same key) until the host answers (--retry-lost); after the load every
# acknowledged submission is sent once more with its key and must get its first answer back (--replay-check).
#   bench/kill.sh [parents=20] [seconds=120] [kill after seconds of load=20]
# Exits 2 (inconclusive) when no submission was acknowledged at all (host too slow to finish a wizard).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/pg.sh
. bench/lib/counts.sh
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
  --parents "$parents" --seconds "$seconds" --acked "$work/acked.txt" --retry-lost --replay-check --timeline "$work/timeline.txt" >"$work/client.log" 2>&1 &
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
grep -E "parents,|failures:|all requests|faults seen|idempotency:" "$work/client.log"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
wait_outbox 180
check_acked "$work/acked.txt"
check_once   # a message the killed host had claimed is delivered again after its lease (Attempts 2); its history entry stays one
same=$(sed -nE 's/^idempotency: .*: ([0-9]+) the same answer.*/\1/p' "$work/client.log"); same=${same:-0}
different=$(sed -nE 's/^idempotency: .*, ([0-9]+) different.*/\1/p' "$work/client.log"); different=${different:-0}
[ "$ACKED" -gt 0 ] || { echo "INCONCLUSIVE: no submission was acknowledged"; exit 2; }
if [ "$FOUND" = "$ACKED" ] && [ "$TWICE" = 0 ] && [ "$HISTORY_TWICE" = 0 ] && [ "$different" = 0 ] && [ "$same" = "$ACKED" ]; then
  echo "PASS: nothing acknowledged was lost or duplicated, and every submission sent again with its key got its first answer"
else
  echo "FAIL"; exit 1
fi
