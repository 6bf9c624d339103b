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
. bench/lib/fault.sh
parents=${1:-20}; seconds=${2:-120}; killafter=${3:-20}
fault_begin kill
start_host
start_load "$parents" "$seconds"
# Sign-in and the 30 s reading time of 平台协议 come first; then the load runs $killafter seconds.
sleep $((31 + killafter))
kill -KILL "$host" 2>/dev/null || true
wait "$host" 2>/dev/null || true
echo "host killed (SIGKILL) after ${killafter} s of load at $(date -u +%T); starting it again"
start_host
echo "host answering again at $(date -u +%T)"
finish_load
fault_verdict
