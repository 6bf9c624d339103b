#!/usr/bin/env bash
# The opening morning (issue 17): starts the Release host on a throwaway PostgreSQL cluster (or on
# SQLite with --sqlite) in Development (the WeChat simulator signs parents in; a season and its schools
# are seeded), then for each number of parents runs the wizard load (bench/Enrollment.Benchmarks wizard)
# for the given seconds and prints throughput, latency per request, failures, the outbox backlog and the
# submission → Review history delay, the host's and PostgreSQL's CPU seconds and the host's peak memory.
# Stops the host and the cluster at the end (also on Ctrl+C). Loopback only.
# On PostgreSQL it ends with the bare-database limit (bench/lib/limit.sh) and the ratio to it.
# On SQLite it ends with what the host's write queue counted over all the runs (ADR-0047; logged when the host stops):
# writes, how many queued and how long, and how often SQLite's own lock blocked a thread 100 ms or more.
#   bench/opening-morning.sh [--sqlite] [seconds=60] [parents...=50 200] [-- extra host settings]
#   e.g. bench/opening-morning.sh --sqlite 30 100 -- Database__SqliteWriteQueue=false   (SQLite's lock alone, as before)
# THINK_MS=3000: each parent pauses about that long before each request (a human pace); unset, back to back.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/pg.sh
sqlite=false; [ "${1:-}" = --sqlite ] && { sqlite=true; shift; }
seconds=${1:-60}; shift || true
counts=(); while [ $# -gt 0 ] && [ "$1" != -- ]; do counts+=("$1"); shift; done
[ "${1:-}" = -- ] && shift
[ ${#counts[@]} -eq 0 ] && counts=(50 200)
dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build -c Release bench/Enrollment.Benchmarks -nologo -v q -clp:ErrorsOnly >/dev/null
work=$(mktemp -d /tmp/enrollment-morning-XXXXXX); chmod 755 "$work"
host=
cleanup() {
  [ -n "$host" ] && kill "$host" 2>/dev/null && wait "$host" 2>/dev/null
  if $sqlite && [ -f "$work/host.log" ]; then grep -o '"Message":"SQLite writes[^"]*"' "$work/host.log" | sed 's/^"Message":"//; s/"$//; s/\\u0027/'"'"'/g' || true; fi
  $sqlite || pg_stop "$work"; rm -rf "$work"
}
trap cleanup EXIT
port=$(free_port)
if $sqlite; then
  db=(Database__Provider=Sqlite "Database__ConnectionString=Data Source=$work/enrollment.db" Jobs__SqlitePath="$work/jobs.db"); pgopt=()
else
  pg_start "$work"; db=(Database__Provider=PostgreSql "Database__ConnectionString=$PG_CONN"); pgopt=(--pg "$PG_CONN")
fi
(cd src/Host/Enrollment.Host && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" "${db[@]}" \
  Evidence__Files__Root="$work/files" RateLimits__StartApplicationPerMinute=1000000 Logging__LogLevel__Default=Warning \
  Logging__LogLevel__Enrollment.BuildingBlocks.Infrastructure.Persistence.SqliteWriteQueue=Information "$@" \
  dotnet bin/Release/net10.0/Enrollment.Host.dll >"$work/host.log" 2>&1) &
host=$!
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" || { tail -30 "$work/host.log"; exit 1; }
echo "host: $($sqlite && echo SQLite || echo "PostgreSQL $(pg_psql -c 'SHOW server_version')"), Release, Development, $(nproc) cores; settings: $*"
offset=0; declare -A rates
for parents in "${counts[@]}"; do
  $sqlite || pg_psql -c "SELECT pg_stat_statements_reset()" >/dev/null
  echo "== $parents parents, $seconds s; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  h0=$(cpu_of "$host"); p0=$($sqlite && echo 0 || pg_cpu "$work"); t0=$(date +%s.%N)
  dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll wizard "http://127.0.0.1:$port" \
    --parents "$parents" --seconds "$seconds" --id-offset "$offset" "${pgopt[@]}" ${THINK_MS:+--think-ms "$THINK_MS"} | tee "$work/client.txt"
  rates[$parents]=$(grep -oE 'wizards submitted \([0-9.,]+/s\)' "$work/client.txt" | grep -oE '[0-9.]+' | head -1)
  t1=$(date +%s.%N); h1=$(cpu_of "$host"); p1=$($sqlite && echo 0 || pg_cpu "$work")
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); host CPU $(echo "$h1 - $h0" | bc) s, PostgreSQL CPU $(echo "$p1 - $p0" | bc) s over $(echo "$t1 - $t0" | bc | cut -c1-5) s (incl. 31 s sign-in and consent); host peak RSS $(peak_rss_mib "$host") MiB"
  if ! $sqlite; then
    echo "top statements by total time (pg_stat_statements):"
    pg_psql -F ' | ' -c "SELECT calls, round(total_exec_time)::int AS ms, left(regexp_replace(query, '\s+', ' ', 'g'), 110) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 8"
    echo "database size $(pg_psql -c "SELECT pg_size_pretty(pg_database_size('enrollment'))") for $(pg_psql -c 'SELECT count(*) FROM registration."Applications"') applications (outbox rows included; they are deleted after Outbox:Retention)"
    echo "statements by kind (calls): $(pg_psql -F ' ' -c "SELECT string_agg(k || ' ' || n, ', ') FROM (SELECT upper(split_part(ltrim(query), ' ', 1)) k, sum(calls) n FROM pg_stat_statements GROUP BY 1 ORDER BY 2 DESC) x")"
    if [ -n "${STATEMENTS_OUT:-}" ]; then pg_psql -F $'\t' -c "SELECT calls, rows, round(total_exec_time::numeric, 1), regexp_replace(query, '\s+', ' ', 'g') FROM pg_stat_statements ORDER BY calls DESC" > "$STATEMENTS_OUT.$parents.tsv"; fi
  fi
  offset=$((offset + 400000))
done
# The bare-database limit (issue 17) and the wizard's throughput as a ratio to it; LIMIT=0 skips it.
if ! $sqlite && [ "${LIMIT:-1}" = 1 ]; then
  . bench/lib/limit.sh
  measure_limit "http://127.0.0.1:$port" "$offset" "$seconds"
  for parents in "${counts[@]}"; do
    echo "ratio at $parents parents: ${rates[$parents]} / $LIMIT_WPS wizards/s = $(echo "100 * ${rates[$parents]} / $LIMIT_WPS" | bc -l | xargs printf '%.0f') % of the limit"
  done
fi
