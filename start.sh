#!/usr/bin/env bash
# Builds everything (both front ends and the host) and starts the platform on the embedded default:
# SQLite in data/local/, Hangfire's job store beside it, the Development environment with a seeded
# open season. Prints the URLs once the platform answers. Ctrl-C stops it.
#   ./start.sh [--port 5080]
set -euo pipefail
cd "$(dirname "$0")"
port=5080
if [ "${1:-}" = "--port" ]; then port=${2:?--port needs a number}; fi

echo "== Building the front ends =="
if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
fi
(cd frontend && npm run build --silent)

echo "== Building the host =="
dotnet publish src/Host/Enrollment.Host -c Release -o artifacts/host -nologo -v q -clp:ErrorsOnly

mkdir -p -m 700 data/local # the database of children's data: owner-only (ADR-0024)
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Database__Provider="${Database__Provider:-Sqlite}"
export Database__ConnectionString="${Database__ConnectionString:-Data Source=$PWD/data/local/enrollment.db}"
base="http://localhost:$port"

dotnet artifacts/host/Enrollment.Host.dll --contentRoot "$PWD/artifacts/host" --urls "$base" &
host=$!
trap 'kill $host 2>/dev/null; wait $host 2>/dev/null' INT TERM EXIT

demo=""
if [ "$ASPNETCORE_ENVIRONMENT" = "Development" ]; then
  # The demo staff of appsettings.Development.json (Identity:DemoStaff), also logged by the host at start.
  demo="  WeChat sim     $base/_wechat-sim/inspect   (messages and SMS codes sent; sign in as any openid)
Demo staff: admin / Admin#2024 (DistrictAdmin), reviewer / Review#2024 (SchoolReviewer)
"
fi

for _ in $(seq 1 120); do
  if curl -fsS "$base/health/ready" >/dev/null 2>&1; then
    cat <<URLS

Enrollment is running ($ASPNETCORE_ENVIRONMENT, $Database__Provider: data/local/enrollment.db)
  Parent H5      $base/h5/
  Admin          $base/admin/
  API docs       $base/docs        (OpenAPI: $base/openapi/v1.json)
  Jobs           $base/jobs        (from this machine, or signed in as a DistrictAdmin)
  Health         $base/health/ready
${demo}Press Ctrl-C to stop.
URLS
    wait $host
    exit $?
  fi
  kill -0 $host 2>/dev/null || { echo "The host stopped during start-up." >&2; exit 1; }
  sleep 1
done
echo "The host did not become ready within 120 s." >&2
exit 1
