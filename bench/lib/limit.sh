# Sourced by bench/opening-morning.sh after its runs on PostgreSQL: the bare-database limit of issue 17.
# While one parent runs wizards through the host, PostgreSQL logs every statement; the writes of those
# wizards (same tables, same rows, same transactions, no web stack, no reads) become a pgbench script
# per wizard (bench/lib/writes-to-pgbench.py), which pgbench then runs as fast as the cluster takes it, at a few
# client counts. LIMIT_WPS is the best rate in wizards per second; the caller divides by it.
# Needs: pg.sh sourced and a started cluster ($work), the host at $1, the load client built.
. bench/lib/counts.sh   # wait_outbox, wait_jobs
measure_limit() {
  local url=$1 offset=$2 seconds=$3 start wizards best=0 clients tps
  wait_outbox 600 >/dev/null; wait_jobs 600
  pg_psql -c "ALTER SYSTEM SET log_statement = 'all'" -c "ALTER SYSTEM SET log_line_prefix = '@@%p@@'" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1; start=$(stat -c %s "$work/pg/log")
  dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll wizard "$url" --parents 1 \
    --seconds "${LIMIT_CAPTURE_SECONDS:-15}" --id-offset "$offset" >"$work/capture-client.txt"
  wait_outbox 600 >/dev/null; wait_jobs 600; sleep 2
  pg_psql -c "ALTER SYSTEM RESET log_statement" -c "ALTER SYSTEM RESET log_line_prefix" -c "SELECT pg_reload_conf()" >/dev/null
  tail -c +"$((start + 1))" "$work/pg/log" >"$work/capture.log"
  wizards=$(grep -oE '[0-9,]+ wizards submitted' "$work/capture-client.txt" | tr -d , | cut -d' ' -f1)
  local summary scripts=()
  summary=$(python3 bench/lib/writes-to-pgbench.py "$work/capture.log" "$wizards" "$work/wizards")
  [ -n "${LIMIT_SCRIPT_OUT:-}" ] && rm -rf "$LIMIT_SCRIPT_OUT" && cp -r "$work/wizards" "$LIMIT_SCRIPT_OUT" && cp "$work/capture.log" "$LIMIT_SCRIPT_OUT/capture.log"
  for f in "$work"/wizards/wizard-*.sql; do scripts+=(-f "$f"); done
  echo "== the limit: $summary, replayed by pgbench for $seconds s per client count"
  for clients in ${LIMIT_CLIENTS:-4 16 50}; do
    pg_as "$(pg_bin)/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "$clients" -j 2 -T "$seconds" "${scripts[@]}" enrollment \
      >"$work/pgbench.txt" 2>&1 || true
    if grep -q "aborted" "$work/pgbench.txt" || ! grep -q '^tps = ' "$work/pgbench.txt"; then
      grep -m5 -i "aborted\|error\|detail" "$work/pgbench.txt" >&2; echo "pgbench failed (the script is kept in ${LIMIT_SCRIPT_OUT:-LIMIT_SCRIPT_OUT when set})" >&2; return 1
    fi
    tps=$(grep -oE '^tps = [0-9.]+' "$work/pgbench.txt" | cut -d' ' -f3)
    echo "pgbench -c $clients: $(grep -m1 -oE 'latency average = [0-9.]+ ms' "$work/pgbench.txt") per wizard; $(printf '%.1f' "$tps") wizards/s ($(grep -oE 'number of transactions actually processed: [0-9]+' "$work/pgbench.txt" | grep -oE '[0-9]+$') wizards); load average $(cut -d' ' -f1 /proc/loadavg)"
    best=$(echo "if ($tps > $best) $tps else $best" | bc -l)
  done
  LIMIT_WPS=$(printf '%.1f' "$best")
  echo "limit: $LIMIT_WPS wizards/s"
}
