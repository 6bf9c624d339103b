#!/usr/bin/env bash
# Command 1 from the README, checked the way a person uses it: ./start.sh on a free port and a
# fresh SQLite folder, then the URLs it prints must answer. Used by .ci/run before the tests.
set -uo pipefail
cd "$(dirname "$0")/.."
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 5181)
work=$(mktemp -d /tmp/enrollment-smoke-XXXXXX)
log="$work/start.log"
Database__ConnectionString="Data Source=$work/enrollment.db" ./start.sh --port "$port" >"$log" 2>&1 &
starter=$!
cleanup() { pkill -P $starter 2>/dev/null; kill $starter 2>/dev/null; wait $starter 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 1 900); do # front ends and the host are built first: minutes on a loaded 2-core machine
  grep -q "Press Ctrl-C to stop" "$log" && break
  kill -0 $starter 2>/dev/null || break
  sleep 1
done
if ! grep -q "Press Ctrl-C to stop" "$log"; then
  echo "smoke: ./start.sh did not print its URLs:" >&2
  tail -40 "$log" >&2
  exit 1
fi

status=0
for path in /health/ready /h5/ /admin/ /docs/index.html /openapi/v1.json /api/v1/seasons/current; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$path")
  echo "smoke: GET $path -> $code"
  [ "$code" = 200 ] || status=1
done
[ $status -eq 0 ] && echo "smoke: ./start.sh works" || tail -40 "$log" >&2
exit $status
