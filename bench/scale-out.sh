#!/usr/bin/env bash
# Scale-out (issue 17, ADR-0044): two host instances on loopback, one throwaway PostgreSQL, the YARP proxy
# (bench/Enrollment.Proxy, round robin, /health/live probed every second) in front. The opening-morning load goes
# through the proxy (parents signed in through it, each wizard's requests spread over both instances); then a
# reviewer accepts every acknowledged application through the proxy (one WeChat notification each). Then it counts:
# requests per instance (the proxy's), successes, every acknowledged submission stored once, each submission sent
# again with its Idempotency-Key answered the same, each outbox message delivered once, each Hangfire job run once
# (by method) and each recurring occurrence once (the draft-reminder job every 5 s on both instances), each
# notification sent once, the WeChat access token fetched once for both instances, a parent's cookie accepted by
# each instance directly. Exits 1 on a duplicate or a loss.
#   bench/scale-out.sh [parents=50] [seconds=60] [--kill-b=S]   (SIGKILL instance B after S s of load, start it again)
# SKIP_BUILD=1 reuses the Release builds.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/pg.sh
. bench/lib/counts.sh
parents=${1:-50}; seconds=${2:-60}; killb=
for arg in "$@"; do case $arg in --kill-b=*) killb=${arg#--kill-b=};; esac; done
if [ -z "${SKIP_BUILD:-}" ]; then
  for project in src/Host/Enrollment.Host bench/Enrollment.Benchmarks bench/Enrollment.Proxy; do
    dotnet build -c Release "$project" -nologo -v q -clp:ErrorsOnly >/dev/null
  done
fi
work=$(mktemp -d /tmp/enrollment-scaleout-XXXXXX); chmod 755 "$work"
pids=(); client=
cleanup() { [ -n "$client" ] && kill "$client" 2>/dev/null; for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; pg_stop "$work"; rm -rf "$work"; }
trap cleanup EXIT
pg_start "$work"
porta=$(free_port); portb=$(free_port); portp=$(free_port)
a="http://127.0.0.1:$porta"; b="http://127.0.0.1:$portb"; site="http://127.0.0.1:$portp"
signing=$(head -c 32 /dev/urandom | base64)
declare -A host_pid
start_host() { # name port
  (cd src/Host/Enrollment.Host && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$2" \
    Database__Provider=PostgreSql "Database__ConnectionString=$PG_CONN" Evidence__Files__Root="$work/files" \
    Hosting__PublicBaseUrl="$site" Hosting__KnownProxies__0=127.0.0.1 Identity__Tokens__SigningKey="$signing" \
    WeChat__ApiBaseUrl="$a/_wechat-sim" WeChat__OpenBaseUrl="$a/_wechat-sim" \
    Review__DemoApplications__Enabled=false "Review__Notifications__DraftReminderCron=*/5 * * * * *" \
    RateLimits__StartApplicationPerMinute=1000000 Logging__LogLevel__Default=Warning \
    dotnet bin/Release/net10.0/Enrollment.Host.dll >>"$work/host-$1.log" 2>&1) &
  host_pid[$1]=$!; pids+=($!)
  for _ in $(seq 1 240); do curl -sf -o /dev/null "http://127.0.0.1:$2/health/ready" && return; sleep 1; done
  tail -20 "$work/host-$1.log"; exit 1
}
# One after the other: A migrates and seeds, B finds it done.
start_host a "$porta"
start_host b "$portb"
dotnet bench/Enrollment.Proxy/bin/Release/net10.0/Enrollment.Proxy.dll --urls "$site" --to "$a" --to "$b" >"$work/proxy.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do curl -sf -o /dev/null "$site/_proxy/stats" && break; sleep 1; done
echo "instances: A $a, B $b; proxy $site (round robin); PostgreSQL $(pg_psql -c 'SHOW server_version'); $(nproc) cores"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/Enrollment.Benchmarks/bin/Release/net10.0/Enrollment.Benchmarks.dll wizard "$site" \
  --parents "$parents" --seconds "$seconds" --acked "$work/acked.txt" --retry-lost --replay-check --check-cookie-on "$a,$b" \
  >"$work/client.log" 2>&1 &
client=$!
if [ -n "$killb" ]; then
  until grep -q "waiting out" "$work/client.log" 2>/dev/null; do sleep 1; done
  sleep $((31 + killb))
  kill -KILL "${host_pid[b]}"; echo "instance B killed (SIGKILL) after $killb s of load at $(date -u +%T); starting it again"
  start_host b "$portb"; echo "instance B answering again at $(date -u +%T)"
fi
wait "$client" || true; client=
grep -vE "^  (GET|PUT|POST) " "$work/client.log" | grep -v "signed in and shown"
echo "load average after the load: $(cut -d' ' -f1-3 /proc/loadavg)"
wait_outbox 300

# A reviewer accepts every acknowledged application through the proxy, 200 at a time.
jar="$work/staff.jar"
curl -sf -o /dev/null -c "$jar" -b "$jar" -H 'Content-Type: application/json' -d '{"userName":"admin","password":"Admin#2024"}' "$site/api/v1/auth/staff/login"
csrf=$(awk '$6 == "enrollment.staff.csrf" { print $7 }' "$jar")
accepted=0
split -l 200 "$work/acked.txt" "$work/chunk."
for chunk in "$work"/chunk.*; do
  body=$(python3 -c 'import json,sys; print(json.dumps({"applicationIds": [l.strip() for l in open(sys.argv[1]) if l.strip()]}))' "$chunk")
  n=$(curl -sf -c "$jar" -b "$jar" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" -d "$body" "$site/api/v1/review/applications/bulk-acceptance" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["accepted"])')
  accepted=$((accepted + n))
done
echo "accepted through the proxy: $accepted of $(wc -l <"$work/acked.txt")"
inspect() { curl -sf "$a/_wechat-sim/inspect" | python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
for _ in $(seq 1 300); do [ "$(inspect 'len(d["messages"])')" -ge "$accepted" ] && break; sleep 1; done
wait_outbox 120

echo "requests through the proxy, per instance:"
curl -sf "$site/_proxy/stats" | python3 -c '
import json, sys
for s in json.load(sys.stdin):
    print("  %-5s %-24s %7d requests, %7d 2xx/3xx, %5d 4xx, %5d 5xx" % (s["id"], s["address"], s["requests"], s["succeeded"], s["clientErrors"], s["serverErrors"]))'
check_acked "$work/acked.txt"
check_once
messages=$(inspect 'len(d["messages"])'); recipients=$(inspect 'len({m["toUser"] for m in d["messages"]})'); fetches=$(inspect 'd["accessTokenFetches"]')
echo "WeChat (one simulator for both instances): $messages messages to $recipients parents for $accepted acceptances; access token fetched $fetches time(s)"
same=$(sed -nE 's/^idempotency: .*: ([0-9]+) the same answer.*/\1/p' "$work/client.log"); same=${same:-0}
cookies_ok=$(grep -c "cookie check: .*: 200$" "$work/client.log" || true)
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$ACKED" -gt 0 ] || { echo "INCONCLUSIVE: no submission was acknowledged"; exit 2; }
ok=true
[ "$FOUND" = "$ACKED" ] && [ "$TWICE" = 0 ] && [ "$HISTORY_TWICE" = 0 ] && [ "$same" = "$ACKED" ] || ok=false
[ "$OCCURRENCES_TWICE" = 0 ] && [ "$NOTIFICATIONS_NOT_ONCE" = 0 ] || ok=false
[ "$messages" = "$accepted" ] && [ "$fetches" = 1 ] && [ "$cookies_ok" = 2 ] || ok=false
# After a kill, a message or job the dead instance had claimed runs again once its lease is over: counted, not a failure.
[ -n "$killb" ] || { [ "$OUTBOX_NOT_ONCE" = 0 ] && [ "$JOBS_TWICE" = 0 ]; } || ok=false
$ok && echo "PASS: duplicates 0 — every job, message, notification and token fetch once; nothing acknowledged lost" || { echo FAIL; exit 1; }
