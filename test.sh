#!/usr/bin/env bash
# Runs every test of the project and ends with one line: "N passed, N failed, N skipped".
#   .NET: unit, architecture and HTTP integration tests (SQLite; PostgreSQL on a throwaway cluster
#   when its binaries are installed; SQL Server where a Docker engine answers), then the front ends'
#   Vitest suites, then the browser end-to-end scenarios (frontend/e2e: the built host and front ends
#   driven by Debian's Chromium; skipped, with the reason, when Chromium is not installed).
#   Skipped tests print their reason, and the totals line is followed by one line counting the skips
#   by reason (scripts/skip-reasons.mjs).
# CI=true: nothing may skip but SQL Server (no Docker engine on this kind of machine). A missing
# PostgreSQL or Chromium fails the run at once, and any other skip fails it at the end. The
# PostgreSQL lookup is the fixture's (tests/Enrollment.Testing/PostgresServer.cs):
# ENROLLMENT_TEST_POSTGRES, ENROLLMENT_PG_BIN, initdb on PATH, ENROLLMENT_PG_ROOT (default
# /usr/lib/postgresql); e.g. `CI=true ENROLLMENT_PG_ROOT=/nonexistent ./test.sh` runs as if it were not installed.
set -uo pipefail
cd "$(dirname "$0")"
results="$PWD/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
status=0

postgres_found() {
  [ -n "${ENROLLMENT_TEST_POSTGRES:-}" ] && return 0
  [ -n "${ENROLLMENT_PG_BIN:-}" ] && [ -x "$ENROLLMENT_PG_BIN/initdb" ] && return 0
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && return 0
  ls "${ENROLLMENT_PG_ROOT:-/usr/lib/postgresql}"/*/bin/initdb >/dev/null 2>&1
}
if [ "${CI:-}" = "true" ]; then
  missing=()
  postgres_found || missing+=("PostgreSQL (no initdb in ENROLLMENT_PG_BIN, on PATH or under ${ENROLLMENT_PG_ROOT:-/usr/lib/postgresql}/*/bin, and no ENROLLMENT_TEST_POSTGRES): apt-get install -y postgresql")
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=("Chromium (${CHROMIUM_PATH:-/usr/bin/chromium} not found): apt-get install -y chromium")
  if [ ${#missing[@]} -gt 0 ]; then
    for what in "${missing[@]}"; do echo "CI=true: missing $what" >&2; done
    echo "CI=true: their tests would be skipped, and CI does not pass on skipped tests (only SQL Server may skip). Failing." >&2
    exit 1
  fi
fi

# The front ends first: the host serves them from its wwwroot, and the e2e scenarios use them.
echo "== Front-end build =="
if [ ! -d frontend/node_modules ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error) || status=1
fi
(cd frontend && npm run build --silent) || { echo "The front-end build failed." >&2; status=1; }

echo "== .NET =="
if dotnet build Enrollment.sln -nologo -v q -clp:ErrorsOnly; then
  # One run per test project, each with its own results folder, so that no report overwrites another.
  for project in $(grep -l "Microsoft.NET.Test.Sdk" tests/*/*.csproj); do
    name=$(basename "$project" .csproj)
    echo "-- $name"
    dotnet test "$project" --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" --results-directory "$results/dotnet" \
      | grep -vE '^\s+Passed |^\s*$' || true
  done
else
  echo "The .NET build failed." >&2
  status=1
fi

echo "== Front end =="
for app in shared h5 admin; do
  (cd frontend && npm run test -w "$app" --silent -- --reporter=default --reporter=json --outputFile="$results/vitest-$app.json") || status=1
done

# Starts the host built above on a free port with a throwaway SQLite folder (frontend/e2e/host.js).
echo "== Browser end-to-end =="
(cd frontend && npm run test -w e2e --silent -- --reporter=default --reporter=json --outputFile="$results/vitest-e2e.json") || status=1

# Totals over every run: TRX counters (.NET) and Vitest's JSON reports.
read -r passed failed skipped < <(
  {
    for trx in "$results"/dotnet/*.trx; do
      [ -f "$trx" ] || continue
      grep -o '<Counters [^>]*>' "$trx" | head -1 | sed -E 's/.* total="([0-9]+)" executed="([0-9]+)" passed="([0-9]+)" failed="([0-9]+)".*/\3 \4 \1 \2/' |
        awk '{ print $1, $2, $3 - $4 }'
    done
    for report in "$results"/vitest-*.json; do
      [ -f "$report" ] || continue
      node -e 'const r = require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests, r.numPendingTests + (r.numTodoTests || 0))' "$report"
    done
  } | awk '{ p += $1; f += $2; s += $3 } END { print p + 0, f + 0, s + 0 }'
)

trx_count=$(ls "$results"/dotnet/*.trx 2>/dev/null | wc -l)
expected_projects=$(grep -l "Microsoft.NET.Test.Sdk" tests/*/*.csproj | wc -l)
if [ "$trx_count" -lt "$expected_projects" ]; then
  echo "Only $trx_count of $expected_projects .NET test projects reported results." >&2
  status=1
fi
[ "$failed" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || status=1

node scripts/failed-tests.mjs "$results"
echo "$passed passed, $failed failed, $skipped skipped"
node scripts/skip-reasons.mjs "$results" || status=1
exit $status
