# Sourced by the bench scripts: a throwaway PostgreSQL 15 cluster on a free loopback port (as the
# postgres user when run as root, since initdb refuses root), durable settings (fsync and synchronous
# commit on, as in production) and pg_stat_statements loaded. pg_start <dir> sets PG_PORT and PG_CONN;
# pg_stop <dir> stops it. Never left running: the callers stop it in their EXIT trap.
pg_bin() {
  if [ -n "${ENROLLMENT_PG_BIN:-}" ]; then echo "$ENROLLMENT_PG_BIN"; return; fi
  if command -v initdb >/dev/null; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  ls -d "${ENROLLMENT_PG_ROOT:-/usr/lib/postgresql}"/*/bin 2>/dev/null | sort -V | tail -1
}
pg_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pg_start() {
  local dir=$1 bin; bin=$(pg_bin)
  mkdir -p "$dir/pg"; [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
  PG_PORT=$(free_port)
  pg_as "$bin/initdb" -D "$dir/pg/data" -A trust -U postgres -E UTF8 --locale=C >/dev/null
  PG_OPTS="-p $PG_PORT -k $dir/pg -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements ${PG_EXTRA:-}"
  pg_as "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/log" -w start -o "$PG_OPTS" >/dev/null
  pg_as "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE enrollment" >/dev/null
  pg_as "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d enrollment -qc "CREATE EXTENSION pg_stat_statements" >/dev/null
  PG_CONN="Host=127.0.0.1;Port=$PG_PORT;Database=enrollment;Username=postgres"
}
pg_psql() { pg_as "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d enrollment -qAt "$@"; }
# pg_down <dir> <seconds>: stops the cluster (fast: open sessions are ended, their transactions rolled back) and
# starts it again after that many seconds, as an operator's restart or a failover would.
pg_down() {
  local bin; bin=$(pg_bin)
  pg_as "$bin/pg_ctl" -D "$1/pg/data" -m fast -w stop >/dev/null
  sleep "$2"
  pg_as "$bin/pg_ctl" -D "$1/pg/data" -l "$1/pg/log" -w start -o "$PG_OPTS" >/dev/null
}
pg_stop() { [ -d "$1/pg/data" ] && pg_as "$(pg_bin)/pg_ctl" -D "$1/pg/data" -m fast -w stop >/dev/null 2>&1 || true; }
# CPU seconds (user + system) used so far by a process, and by every postgres process of the cluster.
cpu_of() { awk '{printf "%.2f", ($14+$15)/100}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_cpu() { local t=0 p; for p in $(pgrep -f "postgres.*$1/pg" ; pgrep -P "$(head -1 "$1/pg/data/postmaster.pid" 2>/dev/null || echo 1)"); do t=$(awk -v t="$t" '{printf "%.2f", t+($14+$15)/100}' "/proc/$p/stat" 2>/dev/null || echo "$t"); done; echo "$t"; }
peak_rss_mib() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status" 2>/dev/null; }
