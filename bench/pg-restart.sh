#!/usr/bin/env bash
# Fault test (issue 17): PostgreSQL stopped (fast: its sessions are ended mid-transaction) during the opening-morning
# load and started again after a few seconds, the host left running. The parents behave as the H5 page should: a 503
# with Retry-After is waited out and the same request sent again (same Idempotency-Key), as is a request whose answer
# was lost (--retry-lost). Prints the answers second by second around the outage (2xx, 503, other errors, 409
# idempotency.in-progress, no answer), the 503s with and without Retry-After, the time from PostgreSQL's return to
# the host's first success, and checks that every acknowledged submission is stored once and answers the same when
# sent again with its key. Exits 1 on a loss, a duplicate or a different answer.
#   bench/pg-restart.sh [parents=20] [seconds=90] [stop after seconds of load=20] [seconds down=5]
# SKIP_BUILD=1 reuses the Release builds.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/pg.sh
. bench/lib/counts.sh
parents=${1:-20}; seconds=${2:-90}; stopafter=${3:-20}; down=${4:-5}
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release bench/Enrollment.Benchmarks -nologo -v q -clp:ErrorsOnly >/dev/null
work=$(mktemp -d /tmp/enrollment-pgrestart-XXXXXX); chmod 755 "$work"
host=; client=
cleanup() { [ -n "$client" ] && kill "$client" 2>/dev/null; [ -n "$host" ] && kill "$host" 2>/dev/null; wait 2>/dev/null; pg_stop "$work"; rm -rf "$work"; }
trap cleanup EXIT
pg_start "$work"
port=$(free_port)
(cd src/Host/Enrollment.Host && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Database__Provider=PostgreSql "Database__ConnectionString=$PG_CONN" Evidence__Files__Root="$work/files" \
  RateLimits__StartApplicationPerMinute=1000000 Logging__LogLevel__Default=Warning \
  dotnet bin/Release/net10.0/Enrollment.Host.dll >>"$work/host.log" 2>&1) &
host=$!
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll wizard "http://127.0.0.1:$port" \
  --parents "$parents" --seconds "$seconds" --acked "$work/acked.txt" --retry-lost --replay-check --timeline "$work/timeline.txt" \
  >"$work/client.log" 2>&1 &
client=$!
until grep -q "waiting out" "$work/client.log" 2>/dev/null; do sleep 1; done
sleep $((31 + stopafter))
t0=$(date +%s)
pg_down "$work" "$down"
t1=$(date +%s)
echo "PostgreSQL stopped (-m fast) at $(date -u -d @"$t0" +%T) after $stopafter s of load, started again at $(date -u -d @"$t1" +%T) ($((t1 - t0)) s without a database)"
wait "$client" || true; client=
grep -E "parents,|failures:|all requests|faults seen|idempotency:" "$work/client.log"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "answers per second around the outage (s from the stop: 2xx/3xx, 503, other 4xx/5xx, 409 in-progress, no answer):"
awk -v t0="$t0" '$1 >= t0 - 3 && $1 <= t0 + 40 { printf "  %+4d s  %5d %5d %5d %5d %5d\n", $1 - t0, $2, $3, $4, $5, $6 }' "$work/timeline.txt"
read -r s503 other first503 last503 < <(awk -v t0="$t0" '$1 >= t0 { s += $3; o += $4; if ($3 > 0) { if (!f) f = $1; l = $1 } } END { print s + 0, o + 0, f + 0, l + 0 }' "$work/timeline.txt")
recovered=$(awk -v t1="$t1" '$1 >= t1 && $2 > 0 && $3 == 0 && $6 == 0 { print $1; exit }' "$work/timeline.txt")
echo "503 answers from the stop on: $s503 (first $((first503 > 0 ? first503 - t0 : 0)) s after the stop, last $((last503 > 0 ? last503 - t0 : 0)) s); other error answers: $other"
echo "first second with successes and no 503 after PostgreSQL was back: ${recovered:+$((recovered - t1)) s after its start}"
wait_outbox 180
check_acked "$work/acked.txt"
check_once
same=$(sed -nE 's/^idempotency: .*: ([0-9]+) the same answer.*/\1/p' "$work/client.log"); same=${same:-0}
different=$(sed -nE 's/^idempotency: .*, ([0-9]+) different.*/\1/p' "$work/client.log"); different=${different:-0}
grep -q "without Retry-After" "$work/client.log" && echo "some 503s came without Retry-After: $(grep -o '503[^,]*without Retry-After ×[0-9]*' "$work/client.log" | paste -sd, -)"
[ "$ACKED" -gt 0 ] || { echo "INCONCLUSIVE: no submission was acknowledged"; exit 2; }
if [ "$FOUND" = "$ACKED" ] && [ "$TWICE" = 0 ] && [ "$HISTORY_TWICE" = 0 ] && [ "$different" = 0 ] && [ "$same" = "$ACKED" ]; then
  echo "PASS: nothing acknowledged was lost or duplicated, and every submission sent again with its key got its first answer"
else
  echo "FAIL"; exit 1
fi
