#!/usr/bin/env bash
# Import time of a division file through the host's `regions-import` verb, into a fresh database:
# first import (everything added), then the same file again (everything unchanged).
#   bench/import.sh sqlite   [file]   # default file: data/regions/regions-2023-full.tsv.gz
#   bench/import.sh postgres [file]   # throwaway PostgreSQL cluster (Debian's binaries), default durability
# Prints the verb's own report (import time measured inside the command) and the wall time of the
# whole process (start, migrations, import, exit).
set -euo pipefail
cd "$(dirname "$0")/.."
provider=${1:?usage: bench/import.sh sqlite|postgres [file]}
file=$(realpath "${2:-data/regions/regions-2023-full.tsv.gz}")
dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
host=$PWD/src/Host/Enrollment.Host/bin/Release/net10.0/Enrollment.Host.dll
work=$(mktemp -d /tmp/enrollment-bench-XXXXXX)
cleanup() { :; }
trap 'cleanup; rm -rf "$work"' EXIT
export Logging__LogLevel__Default=Warning Jobs__SqlitePath="$work/jobs.db"

case "$provider" in
  sqlite)
    export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/enrollment.db"
    ;;
  postgres)
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    chown postgres:postgres "$work"
    runuser -u postgres -- "$bin/initdb" -D "$work/pg" -A trust -U postgres -E UTF8 --locale=C >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -o "-p $port -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" -w start >/dev/null
    cleanup() { runuser -u postgres -- "$bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null || true; }
    psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE enrollment" postgres
    export Database__Provider=PostgreSql Database__ConnectionString="Host=127.0.0.1;Port=$port;Username=postgres;Database=enrollment"
    export Jobs__SqlitePath=""
    ;;
  *) echo "unknown provider $provider" >&2; exit 2 ;;
esac

for run in first second; do
  start=$(date +%s.%N)
  dotnet "$host" regions-import "$file" | grep '^regions-import'
  end=$(date +%s.%N)
  printf '%s import: process wall time %.1f s\n' "$run" "$(echo "$end - $start" | bc)"
done
