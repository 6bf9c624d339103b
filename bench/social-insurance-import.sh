#!/usr/bin/env bash
# Issue 11: the social-insurance payment export (a generated .xlsx, 50,000 rows by default) imported through the
# real host: starts the Release host (Development: demo admin and season) on a fresh database, uploads the file
# as the DistrictAdmin, follows the import to Completed while probing another endpoint, and prints the job's time
# and the host process's peak resident memory (VmHWM from /proc) before and after the import.
#   bench/social-insurance-import.sh sqlite   [rows]
#   bench/social-insurance-import.sh postgres [rows]   # throwaway PostgreSQL cluster (Debian's binaries)
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${1:?usage: bench/social-insurance-import.sh sqlite|postgres [rows]}
rows=${2:-50000}
dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build -c Release bench/Enrollment.Benchmarks -nologo -v q -clp:ErrorsOnly >/dev/null
work=$(mktemp -d /tmp/enrollment-si-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pgstop() { :; }
case "$provider" in
  sqlite)
    db=(Database__Provider=Sqlite "Database__ConnectionString=Data Source=$work/enrollment.db" Jobs__SqlitePath="$work/jobs.db")
    ;;
  postgres)
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    chown postgres:postgres "$work"
    runuser -u postgres -- "$bin/initdb" -D "$work/pg" -A trust -U postgres -E UTF8 --locale=C >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -o "-p $pgport -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" -w start >/dev/null
    pgstop() { runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null || true; }
    psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "CREATE DATABASE enrollment" postgres
    db=(Database__Provider=PostgreSql "Database__ConnectionString=Host=127.0.0.1;Port=$pgport;Username=postgres;Database=enrollment")
    ;;
  *) echo "unknown provider $provider" >&2; exit 2 ;;
esac
(cd src/Host/Enrollment.Host && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
  Logging__LogLevel__Default=Warning Jobs__QueuePollInterval=00:00:01 Evidence__Files__Root="$work/files" "${db[@]}" \
  dotnet bin/Release/net10.0/Enrollment.Host.dll >"$work/host.log" 2>&1) &
host=$!
trap 'kill $host 2>/dev/null; wait $host 2>/dev/null; pgstop; rm -rf "$work"' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
pid=$(pgrep -P $host -f Enrollment.Host.dll || echo $host)
mem() { awk '/VmHWM|VmRSS/ {printf "%s %.0f MiB  ", $1, $2/1024}' /proc/$pid/status; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); host after start: $(mem)"
dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll social-insurance-import "http://127.0.0.1:$port" --rows "$rows"
echo "host after the import: $(mem)(VmHWM = peak resident memory of the process since it started)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
