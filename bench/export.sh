#!/usr/bin/env bash
# Export benchmark (issue 10): N submitted applications (default 100,000) written straight into a fresh SQLite
# database, then GET /api/v1/review/applications/export as the DistrictAdmin through the real host (Release,
# Development mode for the demo staff). Prints the HTTP time, the file's size and rows, and the host's peak
# resident memory (VmHWM) before and after the export.
#   bench/export.sh [rows]
# QUEUE=1 also measures the reviewer's queue over those rows before the export (issue 17): QUEUE_REQUESTS (5)
# sequential pages of 20 as the DistrictAdmin, unfiltered, by status on a far page, by school, by a name search.
#   QUEUE=1 bench/export.sh 200000
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
project=$PWD/src/Host/Enrollment.Host
host=$project/bin/Release/net10.0/Enrollment.Host.dll
work=$(mktemp -d /tmp/enrollment-export-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning
export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/enrollment.db" Jobs__SqlitePath="$work/jobs.db"
export Review__DemoApplications__Enabled=false Evidence__Files__Root="$work/files"

dotnet "$host" --contentRoot "$project" >"$work/host.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done

python3 - "$work/enrollment.db" "$rows" <<'PY'
import sqlite3, sys, uuid, random, datetime
db, n = sys.argv[1], int(sys.argv[2])
c = sqlite3.connect(db)
season = c.execute('select Id from registration_Seasons limit 1').fetchone()[0]
schools = c.execute("select s.Id, k.Id from registration_Schools s join registration_SchoolClasses k on k.SchoolId = s.Id where s.Kind = 'Kindergarten'").fetchall()
W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; C = '10X98765432'
def rid(born, seq):
    body = f'410185{born:%Y%m%d}{seq % 1000:03d}'
    return body + C[sum(int(d) * w for d, w in zip(body, W)) % 11]
epoch = datetime.datetime(1, 1, 1, tzinfo=datetime.timezone.utc)
now = datetime.datetime.now(datetime.timezone.utc)
def ticks(t): return int((t - epoch).total_seconds() * 10_000_000)
batch = []
for i in range(n):
    school, klass = schools[i % len(schools)]
    at = ticks(now - datetime.timedelta(minutes=i))
    batch.append((str(uuid.uuid4()).upper(), season, 'KindergartenGraduate', 'UnderReview', str(uuid.uuid4()).upper(), at, at, at, 1, '[]',
                  '张' + ''.join('零一二三四五六七八九'[int(d)] for d in str(i)), rid(datetime.date(2018, 1, 1) + datetime.timedelta(days=i % 240), i), '01', school, klass, 0,
                  '张伟', rid(datetime.date(1988, 5, 1), i), f'138{i:08d}', '410185001001', '嵩阳街道嵩溪园居委会', '中岳大街72号',
                  'Family', '410185001001', '嵩阳街道嵩溪园居委会', '中岳大街72号', '秀丽王府花园', '张伟', rid(datetime.date(1988, 5, 1), i), '子'))
c.executemany('''insert into registration_Applications (Id, SeasonId, GraduationType, Status, ParentAccountId, CreatedAt, UpdatedAt, SubmittedAt, Version, ReturnReasons,
  StudentName, StudentResidentId, StudentEthnicityCode, StudentGraduationSchoolId, StudentGraduationClassId, StudentOverAgeConfirmed,
  FatherName, FatherResidentId, FatherMobile, FatherRegionCode, FatherRegionName, FatherAddressDetail,
  HouseholdType, HouseholdRegionCode, HouseholdRegionName, HouseholdAddressDetail, HouseholdCommunity, HouseholderName, HouseholderResidentId, HouseholderRelation, IsDeleted)
  values (?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?,?,?,?, 0)''', batch)
c.commit()
print(f'inserted {n:,} submitted applications')
PY

jar=$work/cookies
curl -fsS -c "$jar" -H 'Content-Type: application/json' -d '{"userName":"admin","password":"Admin#2024"}' "http://127.0.0.1:$port/api/v1/auth/staff/login" >/dev/null
if [ -n "${QUEUE:-}" ]; then
  school=$(curl -fsS -b "$jar" "http://127.0.0.1:$port/api/v1/review/applications?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["schoolId"])')
  for query in "page=1&pageSize=20" "status=UnderReview&page=500&pageSize=20" "school=$school&page=1&pageSize=20" "q=%E5%BC%A0%E4%B8%80%E4%BA%8C%E4%B8%89&page=1&pageSize=20"; do
    # Sequential requests, one at a time: the time of one queue page, not a throughput.
    times=$(for _ in $(seq 1 "${QUEUE_REQUESTS:-5}"); do curl -sS -b "$jar" -o /dev/null -w '%{http_code}:%{time_total} ' "http://127.0.0.1:$port/api/v1/review/applications?$query"; done)
    echo "queue ?$query — load average $(cut -d' ' -f1-3 /proc/loadavg) — HTTP status:seconds of each request: $times"
  done
fi
echo "host peak RSS before the export: $(grep VmHWM /proc/$pid/status | awk '{printf "%.0f MiB", $2/1024}'), RSS $(grep VmRSS /proc/$pid/status | awk '{printf "%.0f MiB", $2/1024}')"
curl -sS -b "$jar" -o "$work/export.xlsx" -w 'export: HTTP %{http_code}, %{size_download} bytes in %{time_total} s (first byte after %{time_starttransfer} s)\n' \
  "http://127.0.0.1:$port/api/v1/review/applications/export"
echo "host peak RSS after the export: $(grep VmHWM /proc/$pid/status | awk '{printf "%.0f MiB", $2/1024}')"
head -c 600 "$work/export.xlsx" | grep -a "code" && exit 1
python3 - "$work/export.xlsx" <<'PY'
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
sheet = next(n for n in z.namelist() if n.startswith('xl/worksheets/sheet'))
print(f"rows in the sheet (header included): {len(re.findall(rb'<x:row |<row ', z.read(sheet))):,}")
PY
