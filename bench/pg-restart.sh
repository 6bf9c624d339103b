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
. bench/lib/fault.sh
parents=${1:-20}; seconds=${2:-90}; stopafter=${3:-20}; down=${4:-5}
fault_begin pgrestart
start_host
start_load "$parents" "$seconds"
sleep $((31 + stopafter))
t0=$(date +%s)
pg_down "$work" "$down"
t1=$(date +%s)
echo "PostgreSQL stopped (-m fast) at $(date -u -d @"$t0" +%T) after $stopafter s of load, started again at $(date -u -d @"$t1" +%T) ($((t1 - t0)) s without a database)"
finish_load
echo "answers per second around the outage (s from the stop: 2xx/3xx, 503, other 4xx/5xx, 409 in-progress, no answer):"
awk -v t0="$t0" '$1 >= t0 - 3 && $1 <= t0 + 40 { printf "  %+4d s  %5d %5d %5d %5d %5d\n", $1 - t0, $2, $3, $4, $5, $6 }' "$work/timeline.txt"
read -r s503 other first503 last503 < <(awk -v t0="$t0" '$1 >= t0 { s += $3; o += $4; if ($3 > 0) { if (!f) f = $1; l = $1 } } END { print s + 0, o + 0, f + 0, l + 0 }' "$work/timeline.txt")
recovered=$(awk -v t1="$t1" '$1 >= t1 && $2 > 0 && $3 == 0 && $6 == 0 { print $1; exit }' "$work/timeline.txt")
echo "503 answers from the stop on: $s503 (first $((first503 > 0 ? first503 - t0 : 0)) s after the stop, last $((last503 > 0 ? last503 - t0 : 0)) s); other error answers: $other"
echo "first second with successes and no 503 after PostgreSQL was back: ${recovered:+$((recovered - t1)) s after its start}"
grep -q "without Retry-After" "$work/client.log" && echo "some 503s came without Retry-After: $(grep -o '503[^,]*without Retry-After ×[0-9]*' "$work/client.log" | paste -sd, -)" || true
fault_verdict
