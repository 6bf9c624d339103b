#!/usr/bin/env bash
# Encryption at rest (issue 12, ADR-0025): the reviewer's queue over N submitted applications (default 20,000) written
# straight into a fresh SQLite database in PLAINTEXT (as a database from before encryption holds them), timed; then the
# host is restarted, its re-encryption job encrypts every row (timed), and the same queue requests are timed again over
# the encrypted rows. Real host, Release, Development mode for the demo staff.
#   bench/personal-data.sh [rows] [requests]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-20000}
requests=${2:-200}
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
project=$PWD/src/Host/Enrollment.Host
host=$project/bin/Release/net10.0/Enrollment.Host.dll
work=$(mktemp -d /tmp/enrollment-personal-data-XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning
export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/enrollment.db" Jobs__SqlitePath="$work/jobs.db"
export Review__DemoApplications__Enabled=false Evidence__Files__Root="$work/files"

start_host() {
  dotnet "$host" --contentRoot "$project" >>"$work/host.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
}
stop_host() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

queue() { # $1: label — sequential requests of the queue's first page (50 rows) and of a deep page, median and p90 in ms
  local jar=$work/cookies
  curl -fsS -c "$jar" -H 'Content-Type: application/json' -d '{"userName":"admin","password":"Admin#2024"}' "http://127.0.0.1:$port/api/v1/auth/staff/login" >/dev/null
  for url in "/api/v1/review/applications?pageSize=50" "/api/v1/review/applications?pageSize=50&page=100"; do
    for _ in $(seq 1 10); do curl -fsS -b "$jar" -o /dev/null "http://127.0.0.1:$port$url"; done
    for _ in $(seq 1 "$requests"); do curl -fsS -b "$jar" -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$url"; done \
      | sort -n | awk -v label="$1" -v url="$url" '{ t[NR] = $1 * 1000 } END { printf "%-26s GET %-52s n=%d  p50 %.1f ms  p90 %.1f ms  max %.1f ms\n", label, url, NR, t[int(NR*0.5)], t[int(NR*0.9)], t[NR] }'
  done
}

start_host
python3 - "$work/enrollment.db" "$rows" <<'PY'
import sqlite3, sys, uuid, datetime
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
    student = rid(datetime.date(2018, 1, 1) + datetime.timedelta(days=i % 240), i)
    batch.append((str(uuid.uuid4()).upper(), season, 'KindergartenGraduate', 'UnderReview', str(uuid.uuid4()).upper(), at, at, at, 1, '[]',
                  '张' + ''.join('零一二三四五六七八九'[int(d)] for d in str(i)), student, '01', school, klass, 0,
                  '张伟', rid(datetime.date(1988, 5, 1), i), f'138{i:08d}', '410185001001', '嵩阳街道嵩溪园居委会', '中岳大街72号',
                  'Family', '410185001001', '嵩阳街道嵩溪园居委会', '中岳大街72号', '秀丽王府花园', '张伟', rid(datetime.date(1988, 5, 1), i), '子', student + f'#{i}'))
c.executemany('''insert into registration_Applications (Id, SeasonId, GraduationType, Status, ParentAccountId, CreatedAt, UpdatedAt, SubmittedAt, Version, ReturnReasons,
  StudentName, StudentResidentId, StudentEthnicityCode, StudentGraduationSchoolId, StudentGraduationClassId, StudentOverAgeConfirmed,
  FatherName, FatherResidentId, FatherMobile, FatherRegionCode, FatherRegionName, FatherAddressDetail,
  HouseholdType, HouseholdRegionCode, HouseholdRegionName, HouseholdAddressDetail, HouseholdCommunity, HouseholderName, HouseholderResidentId, HouseholderRelation, StudentLookupKey, IsDeleted)
  values (?,?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?, 0)''', batch)
c.commit()
print(f'inserted {n:,} submitted applications in plaintext')
PY
queue "plaintext rows (before)"

# Restart: the re-encryption job runs at start; wait until no plaintext row is left.
stop_host
started=$(date +%s.%N)
start_host
for _ in $(seq 1 1200); do
  left=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"select count(*) from registration_Applications where StudentResidentId not like 'v1:%' or FatherMobile not like 'v1:%' or FatherResidentIdIndex is null\").fetchone()[0])" "$work/enrollment.db" 2>/dev/null || echo busy)
  [ "$left" = "0" ] && break
  sleep 0.5
done
finished=$(date +%s.%N)
python3 -c "import sys; print(f're-encryption job: {int(sys.argv[3]):,} rows encrypted in {float(sys.argv[2])-float(sys.argv[1]):.1f} s (from the restart, host start included)')" "$started" "$finished" "$rows"
queue "encrypted rows (after)"
