#!/usr/bin/env bash
# HTTP children lookup under load: starts the Release host on a fresh SQLite database seeded with
# every village of the country (Regions:SeedFile = the full file), waits until it answers, runs the
# open-loop load client (bench/Enrollment.Benchmarks http) at a fixed rate, then wrk paced to about
# the same rate (bench/paced.lua) and wrk at full speed for the throughput ceiling, and stops the host.
# Loopback only.
#   bench/http.sh [rate=2000] [seconds=30] [extra host settings, e.g. Logging__LogLevel__Default=Warning]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-2000}
seconds=${2:-30}
shift $(( $# > 2 ? 2 : $# ))
dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build -c Release bench/Enrollment.Benchmarks -nologo -v q -clp:ErrorsOnly >/dev/null
work=$(mktemp -d /tmp/enrollment-http-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port/api/v1/regions/410185100000/children"
(cd src/Host/Enrollment.Host && exec env Database__ConnectionString="Data Source=$work/enrollment.db" Jobs__SqlitePath="$work/jobs.db" \
  Regions__SeedFile="$PWD/../../../data/regions/regions-2023-full.tsv.gz" ASPNETCORE_URLS="http://127.0.0.1:$port" "$@" \
  dotnet bin/Release/net10.0/Enrollment.Host.dll >"$work/host.log" 2>&1) &
host=$!
trap 'kill $host 2>/dev/null; wait $host 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$url" && break; sleep 1; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); host RSS $(ps -o rss= -p $(pgrep -P $host -f Enrollment.Host.dll || echo $host) | awk '{printf "%.0f MiB", $1/1024}')"
dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll http "$url" --rate "$rate" --seconds "$seconds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v wrk >/dev/null; then
  paced=$(( rate * 11 / 1000 ))
  echo "wrk paced ($paced connections, 10 ms between requests on each, about $rate/s, $seconds s):"
  wrk -t1 -c"$paced" -d"${seconds}s" --latency -s bench/paced.lua "$url" | grep -E 'Requests/sec|50%|90%|99%|Max|requests in'
  echo "wrk at full speed (16 connections, 10 s):"
  wrk -t1 -c16 -d10s --latency "$url" | grep -E 'Requests/sec|50%|99%'
fi
