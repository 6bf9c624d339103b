# The frame the fault tests share (kill.sh, pg-restart.sh): a throwaway PostgreSQL cluster, the Release host on it
# in Development, the opening-morning load client with idempotency keys and lost-answer retries, and the verdict on
# what the parents were told was saved. Source after pg.sh and counts.sh; each script does its fault in between.
#   fault_begin <name>; start_host; start_load <parents> <seconds>; …the fault…; finish_load; …; fault_verdict

fault_begin() {
  [ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
  [ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release bench/Enrollment.Benchmarks -nologo -v q -clp:ErrorsOnly >/dev/null
  work=$(mktemp -d "/tmp/enrollment-$1-XXXXXX"); chmod 755 "$work"
  host=; client=
  trap fault_cleanup EXIT
  pg_start "$work"
  port=$(free_port)
}

fault_cleanup() { [ -n "$client" ] && kill "$client" 2>/dev/null; [ -n "$host" ] && kill "$host" 2>/dev/null; wait 2>/dev/null; pg_stop "$work"; rm -rf "$work"; }

# The host on the cluster, on $port, its log appended to $work/host.log; returns once it is ready. $host is the dotnet
# process itself (exec), so a SIGKILL to it kills the host.
start_host() {
  (cd src/Host/Enrollment.Host && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Database__Provider=PostgreSql "Database__ConnectionString=$PG_CONN" Evidence__Files__Root="$work/files" \
    RateLimits__StartApplicationPerMinute=1000000 Logging__LogLevel__Default=Warning \
    dotnet bin/Release/net10.0/Enrollment.Host.dll >>"$work/host.log" 2>&1) &
  host=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && return; sleep 1; done
  tail -20 "$work/host.log"; exit 1
}

# The load in the background; returns when the parents have signed in and begin the 30 s reading time of 平台协议.
start_load() {
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll wizard "http://127.0.0.1:$port" \
    --parents "$1" --seconds "$2" --acked "$work/acked.txt" --retry-lost --replay-check --timeline "$work/timeline.txt" \
    >"$work/client.log" 2>&1 &
  client=$!
  until grep -q "waiting out" "$work/client.log" 2>/dev/null; do sleep 1; done
}

finish_load() {
  wait "$client" || true; client=
  grep -E "parents,|failures:|all requests|faults seen|idempotency:" "$work/client.log"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Every acknowledged submission stored once, every outbox message and job handled once (a message a lost host had
# claimed is delivered again after its lease, Attempts 2, and its history entry stays one), and every submission sent
# again with its key answered as the first time. Exits 1 on a loss, a duplicate or a different answer, 2 when nothing
# was acknowledged (inconclusive).
fault_verdict() {
  wait_outbox 180
  # The period checks the load enqueued, and their own messages. A job that a killed host was running stays
  # 'Processing' until the job storage's invisibility timeout hands it to another server, so this wait can end unmet.
  wait_jobs 120; wait_outbox 60 >/dev/null
  check_acked "$work/acked.txt"
  check_once
  local same different
  same=$(sed -nE 's/^idempotency: .*: ([0-9]+) the same answer.*/\1/p' "$work/client.log"); same=${same:-0}
  different=$(sed -nE 's/^idempotency: .*, ([0-9]+) different.*/\1/p' "$work/client.log"); different=${different:-0}
  [ "$ACKED" -gt 0 ] || { echo "INCONCLUSIVE: no submission was acknowledged"; exit 2; }
  if [ "$FOUND" = "$ACKED" ] && [ "$TWICE" = 0 ] && [ "$HISTORY_TWICE" = 0 ] && [ "$different" = 0 ] && [ "$same" = "$ACKED" ]; then
    echo "PASS: nothing acknowledged was lost or duplicated, and every submission sent again with its key got its first answer"
  else
    echo "FAIL"; exit 1
  fi
}
