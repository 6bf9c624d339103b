#!/usr/bin/env bash
# The host's CPU per wizard (issue 17): starts the Release host on a throwaway PostgreSQL cluster in Development
# (as bench/opening-morning.sh does), runs WARMUP wizards unmeasured (JIT, tiered compilation, caches), waits 10 s
# to measure the host's idle CPU (pollers, timers), then runs a fixed number of wizards and prints the host's CPU
# over exactly those wizards (from /proc: user + system), per wizard and per request, and the bytes it allocated
# per request (dotnet-counters, System.Runtime's dotnet.gc.heap.total_allocated) and its GCs. CPU time per wizard
# depends little on the machine's load, unlike wall-clock figures. With --trace <file> it also records a CPU-sampling
# trace (dotnet-trace, 30 s) of the measured wizards and prints the top methods; with --perf <file> a CPU profile of
# them by perf (cpu-clock, call graphs; the host writes its JIT symbols to /tmp/perf-<pid>.map, and runs without
# ReadyToRun code and without W^X double mapping so that perf can name every method) for bench/lib/perf-summary.py. Loopback only; stops everything.
#   bench/host-cpu.sh [wizards=400] [parents=4] [--trace file.nettrace | --perf file.data] [-- extra host settings]
#   WARMUP=150 (wizards before measuring), SKIP_BUILD=1 (reuse the Release build), TRACE_SECONDS=30,
#   PERF_IDLE=1 (with --perf: profile the idle host after the warm-up instead of the measured wizards), HOST_LOG_OUT=file
#   (keeps the host's log)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/pg.sh
wizards=${1:-400}; shift || true
parents=${1:-4}; shift || true
trace=; perfdata=; profile=()
if [ "${1:-}" = --trace ]; then trace=$(readlink -f "$2"); shift 2; fi
if [ "${1:-}" = --perf ]; then perfdata=$(readlink -f "$2"); shift 2; profile=(DOTNET_PerfMapEnabled=3 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0); fi
[ "${1:-}" = -- ] && shift
tools=${DOTNET_TOOLS:-$HOME/.dotnet/tools}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
  dotnet build -c Release bench/Enrollment.Benchmarks -nologo -v q -clp:ErrorsOnly >/dev/null
fi
work=$(mktemp -d /tmp/enrollment-cpu-XXXXXX); chmod 755 "$work"
host=; hostpid=; counters=; tracer=
cleanup() {
  for p in $tracer $counters $host; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  pg_stop "$work"; rm -rf "$work"
  if [ -n "$perfdata" ] && [ -n "$hostpid" ]; then rm -f "/tmp/perf-$hostpid.map" "/tmp/perfinfo-$hostpid.map"; fi
}
trap cleanup EXIT
port=$(free_port)
pg_start "$work"
(cd src/Host/Enrollment.Host && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Database__Provider=PostgreSql "Database__ConnectionString=$PG_CONN" \
  Evidence__Files__Root="$work/files" RateLimits__StartApplicationPerMinute=1000000 Logging__LogLevel__Default=Warning "${profile[@]}" "$@" \
  dotnet bin/Release/net10.0/Enrollment.Host.dll >"$work/host.log" 2>&1) &
host=$!; hostpid=$host
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" || { tail -30 "$work/host.log"; exit 1; }
echo "host: PostgreSQL $(pg_psql -c 'SHOW server_version'), Release, Development, $(nproc) cores, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + uncommitted changes'); settings: $*"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$tools/dotnet-counters" collect -p "$host" --refresh-interval 1 --format csv -o "$work/counters.csv" \
  --counters 'System.Runtime[dotnet.gc.heap.total_allocated,dotnet.gc.collections,dotnet.gc.pause.time,dotnet.jit.compiled_methods,dotnet.jit.compilation.time,dotnet.thread_pool.work_item.count]' >/dev/null 2>&1 &
counters=$!
started="$work/started"
if [ -n "$trace" ]; then
  # Profile the measured wizards only: start when the client says they have begun.
  ( for _ in $(seq 1 3000); do [ -f "$started" ] && break; sleep 0.2; done
    exec "$tools/dotnet-trace" collect -p "$host" --profile dotnet-sampled-thread-time -o "$trace" --duration "00:00:00:${TRACE_SECONDS:-30}" >"$work/trace.log" 2>&1 ) &
  tracer=$!
elif [ -n "$perfdata" ]; then
  # PERF_IDLE=1: profile the 10 s of the idle measurement after the warm-up instead.
  mark=$started; [ "${PERF_IDLE:-0}" = 1 ] && mark="$work/idle"
  ( for _ in $(seq 1 3000); do [ -f "$mark" ] && break; sleep 0.2; done
    exec perf record -e cpu-clock -F 499 -g -p "$host" -o "$perfdata" -- sleep "${TRACE_SECONDS:-30}" >"$work/perf.log" 2>&1 ) &
  tracer=$!
fi
dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll wizard "http://127.0.0.1:$port" \
  --parents "$parents" --pg "$PG_CONN" --wizards "$wizards" --warmup-wizards "${WARMUP:-150}" --host-pid "$host" --started-file "$started" --idle-file "$work/idle" | tee "$work/client.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 2
kill "$counters" 2>/dev/null; wait "$counters" 2>/dev/null || true; counters=
# Allocations and GCs over the measured window (the client's start time to now), per request.
requests=$(grep -oE 'over [0-9]+ wizards \([0-9]+ requests' "$work/client.txt" | grep -oE '[0-9]+ requests' | grep -oE '[0-9]+')
python3 - "$work/counters.csv" "$(cat "$started")" "${requests:-0}" <<'EOF'
import csv, sys, datetime
path, start, requests = sys.argv[1], sys.argv[2], int(sys.argv[3])
start = datetime.datetime.fromisoformat(start.replace('Z', '+00:00')).astimezone().replace(tzinfo=None)
sums = {}
with open(path, newline='') as f:
    for row in csv.DictReader(f):
        try:
            at = datetime.datetime.strptime(row['Timestamp'], '%m/%d/%Y %H:%M:%S')
        except (KeyError, ValueError):
            continue
        if at < start:
            continue
        name = row['Counter Name']
        sums[name] = sums.get(name, 0.0) + float(row.get('Mean/Increment') or 0)
for name, total in sorted(sums.items()):
    print(f"  {name}: {total:,.0f} in the measured window" + (f", {total / requests:,.0f} per request" if requests else ''))
EOF
# Warnings and errors the host logged during the run (a failing job or poll costs CPU too).
echo "host log: $(grep -c '"LogLevel":"Warning"' "$work/host.log" || true) warnings, $(grep -c '"LogLevel":"Error"' "$work/host.log" || true) errors"
grep -oE '"Message":"[^"]{0,160}' "$work/host.log" | sort | uniq -c | sort -rn | head -8 || true
# What the errors were (an error's message alone rarely says: EF Core logs "An exception occurred … while saving").
grep '"LogLevel":"Error"' "$work/host.log" | grep -oE '"Exception":"[^"]{0,240}' | sed -E 's/[0-9a-f]{8}-[0-9a-f-]{27}/<id>/g' \
  | sort | uniq -c | sort -rn | head -8 || true
[ -n "${HOST_LOG_OUT:-}" ] && cp "$work/host.log" "$HOST_LOG_OUT"
if [ -n "$perfdata" ]; then
  wait "$tracer" 2>/dev/null || true; tracer=
  # Symbols must be read while the host's map still exists.
  perf script -i "$perfdata" -F comm,tid,ip,sym --no-inline 2>/dev/null | gzip > "$perfdata.script.gz"
  echo "perf: $perfdata (stacks in $perfdata.script.gz; bench/lib/perf-summary.py $perfdata.script.gz)"
  python3 bench/lib/perf-summary.py "$perfdata.script.gz" | head -120
fi
if [ -n "$trace" ]; then
  wait "$tracer" 2>/dev/null || true; tracer=
  echo "trace: $trace"
  "$tools/dotnet-trace" report "$trace" topN -n 40 --inclusive 2>/dev/null | head -60 || true
fi
