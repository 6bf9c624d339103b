#!/usr/bin/env bash
# Export benchmark (issue 10): N submitted applications (default 100,000) written straight into a fresh database
# (SQLite, or a throwaway PostgreSQL cluster with --pg), then GET /api/v1/review/applications/export as the
# DistrictAdmin through the real host (Release, Development mode for the demo staff). Prints the HTTP time, the
# file's size and rows, and the host's peak resident memory (VmHWM) before and after the export.
#   bench/export.sh [--pg] [rows]
# QUEUE=1 also measures the reviewer's queue over those rows before the export (issue 17): QUEUE_REQUESTS (50)
# sequential pages of 20 per query as the DistrictAdmin (after 3 unmeasured warm-up requests), with p50/p95/p99:
# unfiltered, by status on a far page (500), by school, by a name search, by a full resident ID (each with the
# default count, limited to 10,000: ADR-0046), then the unfiltered and the status queue with count=exact (the 统计总数 button). QUEUE_REVIEW=1 adds the
# filters Review applies itself in batches (evidence=, preCheck=), QUEUE_REVIEW_REQUESTS (3) each, at most 300 s a request.
# Then the plans of the queue's count and page (PostgreSQL: EXPLAIN ANALYZE with buffers, pg_stat_statements per
# statement; SQLite: EXPLAIN QUERY PLAN and the time of the count in-process), with the queue indexes and without
# them (dropped inside a transaction that is rolled back), the load-independent before/after. NO_EXPORT=1 skips the export.
#   QUEUE=1 bench/export.sh 200000
#   QUEUE=1 bench/export.sh --pg 200000
# The resident IDs and phones are seeded encrypted with the Development key, as the host stores them (ADR-0029; needs
# python3-cryptography); PLAINTEXT=1 seeds them in clear, as runs before 2026-12-02 07:00 did (the host reads both).
# The export also reports the host's CPU seconds (user + system) and its managed allocations during the export;
# TRACE=1 records a CPU sampling trace of the export (dotnet-trace) and prints its top methods; TRACE=alloc records the
# sampled allocations instead (--profile gc-verbose) and prints them by type and method (bench/Enrollment.Benchmarks allocations).
# NAMES=realistic spreads the students' names as names are (see the seed), keeping the 1,111 that the name search finds.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/pg.sh
pg=false; [ "${1:-}" = --pg ] && { pg=true; shift; }
rows=${1:-100000}
[ -n "${SKIP_BUILD:-}" ] || dotnet build -c Release src/Host/Enrollment.Host -nologo -v q -clp:ErrorsOnly >/dev/null
project=$PWD/src/Host/Enrollment.Host
host=${HOST_DIR:-$project/bin/Release/net10.0}/Enrollment.Host.dll   # HOST_DIR: another build of the host (e.g. a copy of the commit before), same content root
work=$(mktemp -d /tmp/enrollment-export-XXXXXX); chmod 755 "$work"
port=$(free_port)
pid=
# KEEP_LOGS=<dir> keeps the host's log and the cluster's (e.g. with PG_EXTRA="-c log_min_duration_statement=0").
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; $pg && pg_stop "$work"
  [ -n "${KEEP_LOGS:-}" ] && { mkdir -p "$KEEP_LOGS"; cp "$work/host.log" "$KEEP_LOGS/"; $pg && cp "$work/pg/log" "$KEEP_LOGS/pg.log"; } 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning
if $pg; then
  pg_start "$work"
  export Database__Provider=PostgreSql Database__ConnectionString="$PG_CONN"
else
  export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/enrollment.db" Jobs__SqlitePath="$work/jobs.db"
fi
export Review__DemoApplications__Enabled=false Evidence__Files__Root="$work/files"

dotnet "$host" --contentRoot "$project" >"$work/host.log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null || { tail -30 "$work/host.log"; exit 1; }
echo "host: $($pg && echo "PostgreSQL $(pg_psql -c 'SHOW server_version')" || echo SQLite), Release, $(nproc) cores, $rows applications; peak RSS after start $(grep VmHWM /proc/$pid/status | awk '{printf "%.0f MiB", $2/1024}') (GC: ${DOTNET_gcServer:+DOTNET_gcServer=$DOTNET_gcServer}${DOTNET_gcServer:-as the host sets it})"

# The rows: 'sqlite' inserts them into the file; 'csv' writes them for PostgreSQL's COPY (schools read by psql first).
seed() {
python3 - "$@" <<'PY'
import sys, uuid, datetime, csv
mode, n = sys.argv[1], int(sys.argv[2])
if mode == 'sqlite':
    import sqlite3
    c = sqlite3.connect(sys.argv[3])
    season = c.execute('select Id from registration_Seasons limit 1').fetchone()[0]
    schools = c.execute("select s.Id, k.Id from registration_Schools s join registration_SchoolClasses k on k.SchoolId = s.Id where s.Kind = 'Kindergarten'").fetchall()
else:
    season = sys.argv[3]
    schools = [tuple(line.split('|')) for line in sys.argv[4].split()]
W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; C = '10X98765432'
def rid(born, seq):
    body = f'410185{born:%Y%m%d}{seq % 1000:03d}'
    return body + C[sum(int(d) * w for d, w in zip(body, W)) % 11]
epoch = datetime.datetime(1, 1, 1, tzinfo=datetime.timezone.utc)
now = datetime.datetime.now(datetime.timezone.utc)
def ticks(t): return int((t - epoch).total_seconds() * 10_000_000)
import os, hashlib, base64
if os.environ.get('PLAINTEXT'):
    def enc(v): return v
else:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    aes = AESGCM(hashlib.sha256(b'enrollment-development-encryption-key').digest())
    def enc(v):  # PersonalDataProtector.Protect with the Development key: v1:dev:base64(nonce | ciphertext | tag), the key id's prefix as associated data
        nonce = os.urandom(12)
        return 'v1:dev:' + base64.b64encode(nonce + aes.encrypt(nonce, v.encode(), b'v1:dev')).decode()
cols = '''Id, SeasonId, GraduationType, Status, ParentAccountId, CreatedAt, UpdatedAt, SubmittedAt, Version, ReturnReasons,
  StudentName, StudentResidentId, StudentEthnicityCode, StudentGraduationSchoolId, StudentGraduationClassId, StudentOverAgeConfirmed,
  FatherName, FatherResidentId, FatherMobile, FatherRegionCode, FatherRegionName, FatherAddressDetail,
  HouseholdType, HouseholdRegionCode, HouseholdRegionName, HouseholdAddressDetail, HouseholdCommunity, HouseholderName, HouseholderResidentId, HouseholderRelation,
  IsDeleted, ChangeSequence'''
# The students' names: 张 and the row's number in Chinese numerals (张一二三 …), eleven characters in all, so every pair of
# them is shared by thousands of names; NAMES=realistic keeps those that contain 张一二三 (the measured search, 1,111 at
# 200,000) and gives every other row a surname of 100 and one or two given characters of 60, as names are spread.
surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
given = '子浩宇轩梓涵诺欣怡雨晨思彤佳琪俊杰博文天佑嘉若曦明哲家豪晓峰雅静心睿泽芷紫萱航亦凡辰逸沐阳书瑶语嫣锦程安然可馨悦一乐诗'
def name(i):
    synthetic = '张' + ''.join('零一二三四五六七八九'[int(d)] for d in str(i))
    if os.environ.get('NAMES') != 'realistic' or '张一二三' in synthetic:
        return synthetic
    import random
    r = random.Random(i)
    return r.choice(surnames) + ''.join(r.choice(given) for _ in range(r.choice((1, 2, 2, 2))))
def row(i):
    school, klass = schools[i % len(schools)]
    t = now - datetime.timedelta(minutes=i)
    at = ticks(t) if mode == 'sqlite' else t.isoformat()
    return (str(uuid.uuid4()).upper(), season, 'KindergartenGraduate', 'UnderReview', str(uuid.uuid4()).upper(), at, at, at, 1, '[]' if mode == 'sqlite' else '{}',
            name(i), enc(rid(datetime.date(2018, 1, 1) + datetime.timedelta(days=i % 240), i)), '01', school, klass,
            0 if mode == 'sqlite' else 'f',
            '张伟', enc(rid(datetime.date(1988, 5, 1), i)), enc(f'138{i:08d}'), '410185001001', '嵩阳街道嵩溪园居委会', '中岳大街72号',
            'Family', '410185001001', '嵩阳街道嵩溪园居委会', '中岳大街72号', '秀丽王府花园', '张伟', enc(rid(datetime.date(1988, 5, 1), i)), '子',
            0 if mode == 'sqlite' else 'f', n - i)
def grams(name):  # StudentNameSearch.GramsOf (ADR-0049): the first character and each distinct pair of adjacent characters
    g = [name[0]]
    for k in range(len(name) - 1):
        if name[k:k + 2] not in g: g.append(name[k:k + 2])
    return g
names = []  # (id, name) of each row, for its grams (the host writes them with each save; a bulk insert must too)
def kept(r):
    names.append((r[0], r[10])); return r
if mode == 'sqlite':
    # Oldest first, as submissions arrive (the queue's indexes then fill their pages as in production).
    c.executemany(f'insert into registration_Applications ({cols}) values ({",".join("?" * 32)})', (kept(row(i)) for i in reversed(range(n))))
    c.executemany('insert into registration_ApplicationNameGrams (ApplicationId, Gram) values (?, ?)', ((id, g) for id, name in names for g in grams(name)))
    c.execute("update registration_ChangeCounters set Value = ? where Name = 'applications'", (n,))
    c.commit()
    print(f'inserted {n:,} submitted applications and their {c.execute("select count(*) from registration_ApplicationNameGrams").fetchone()[0]:,} name grams', file=sys.stderr)
else:
    print(','.join(f'"{col.strip()}"' for col in cols.split(',')))
    w = csv.writer(sys.stdout, lineterminator='\n')
    for i in reversed(range(n)): w.writerow(kept(row(i)))
    with open(sys.argv[5], 'w', newline='') as f:
        g = csv.writer(f, lineterminator='\n')
        g.writerow(['ApplicationId', 'Gram'])
        for id, name in names:
            for gram in grams(name): g.writerow([id, gram])
PY
}
if $pg; then
  season=$(pg_psql -c 'SELECT "Id" FROM registration."Seasons" LIMIT 1')
  schools=$(pg_psql -F '|' -c "SELECT s.\"Id\", k.\"Id\" FROM registration.\"Schools\" s JOIN registration.\"SchoolClasses\" k ON k.\"SchoolId\" = s.\"Id\" WHERE s.\"Kind\" = 'Kindergarten'")
  seed csv "$rows" "$season" "$schools" "$work/grams.csv" >"$work/rows.csv"
  columns=$(head -1 "$work/rows.csv"); chmod 644 "$work/rows.csv" "$work/grams.csv"
  pg_psql -c "\\copy registration.\"Applications\" ($columns) FROM '$work/rows.csv' WITH (FORMAT csv, HEADER true)"
  pg_psql -c "\\copy registration.\"ApplicationNameGrams\" (\"ApplicationId\", \"Gram\") FROM '$work/grams.csv' WITH (FORMAT csv, HEADER true)"
  pg_psql -c "UPDATE registration.\"ChangeCounters\" SET \"Value\" = $rows WHERE \"Name\" = 'applications'"
  pg_psql -c 'VACUUM ANALYZE registration."Applications"'   # what autovacuum does after a bulk insert: statistics and the visibility map
  pg_psql -c 'VACUUM ANALYZE registration."ApplicationNameGrams"'
  echo "inserted $rows submitted applications with COPY; table $(pg_psql -c "SELECT pg_size_pretty(pg_table_size('registration.\"Applications\"'))"), its indexes $(pg_psql -c "SELECT pg_size_pretty(pg_indexes_size('registration.\"Applications\"'))")"
else
  seed sqlite "$rows" "$work/enrollment.db"
  echo "database file $(du -m "$work/enrollment.db" | cut -f1) MiB"
fi

jar=$work/cookies
base=http://127.0.0.1:$port/api/v1/review/applications
curl -fsS -c "$jar" -H 'Content-Type: application/json' -d '{"userName":"admin","password":"Admin#2024"}' "http://127.0.0.1:$port/api/v1/auth/staff/login" >/dev/null
# Sequential requests, one at a time: the time of one queue page, not a throughput. Prints p50/p95/p99 and the total.
measure() {
  local query=$1 count=$2 max=$3 times la
  for _ in 1 2 3; do curl -sS -m "$max" -b "$jar" -o /dev/null "$base?$query" || true; done
  la=$(cut -d' ' -f1-3 /proc/loadavg)
  times=$(for _ in $(seq 1 "$count"); do curl -sS -m "$max" -b "$jar" -o "$work/page.json" -w '%{http_code}:%{time_total} ' "$base?$query" || echo "timeout:$max "; done)
  python3 - "$query" "$la" "$(cut -d' ' -f1-3 /proc/loadavg)" "$work/page.json" $times <<'PY'
import sys, json, math
query, before, after, page, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
codes = sorted({r.split(':')[0] for r in runs}); t = sorted(float(r.split(':')[1]) * 1000 for r in runs)
def p(q): return t[max(0, math.ceil(q / 100 * len(t)) - 1)]   # nearest rank
try:
    body = json.load(open(page)); total = body.get('total'); total = total if body.get('totalExact', True) else f'≥ {total}'
except Exception: total = '?'
print(f'| `{query}` | {len(t)} | {p(50):.0f} | {p(95):.0f} | {p(99):.0f} | {t[-1]:.0f} | {total} | {",".join(codes)} | {before} → {after} |')
import os
if os.environ.get('QUEUE_TIMES'):   # each request's time, in the order sent: a tail of a few requests, or a drift
    print('  each request, ms: ' + ' '.join(f"{float(r.split(':')[1]) * 1000:.0f}" for r in runs))
PY
}
if [ -n "${QUEUE:-}" ]; then
  first=$(curl -fsS -b "$jar" "$base?pageSize=1")
  school=$(echo "$first" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["schoolId"])')
  resident=410185201803219994   # a full resident ID: the search goes through the lookup-key index (the seed leaves the keys empty: nothing is found)
  $pg && pg_psql -c "SELECT pg_stat_statements_reset()" >/dev/null
  n=${QUEUE_REQUESTS:-50}
  echo "| query (pages of 20) | requests | p50 ms | p95 ms | p99 ms | max ms | total | HTTP | load average before → after |"
  echo "|---|---|---|---|---|---|---|---|---|"
  queries=("page=1&pageSize=20" "status=UnderReview&page=500&pageSize=20" "school=$school&page=1&pageSize=20" \
      "q=%E5%BC%A0%E4%B8%80%E4%BA%8C%E4%B8%89&page=1&pageSize=20" "q=$resident&page=1&pageSize=20" \
      "page=1&pageSize=20&count=exact" "status=UnderReview&page=1&pageSize=20&count=exact")
  # QUEUE_QUERIES replaces them (space-separated; SCHOOL in one stands for the school above), e.g. the name search alone.
  [ -n "${QUEUE_QUERIES:-}" ] && read -r -a queries <<<"${QUEUE_QUERIES//SCHOOL/$school}"
  for query in "${queries[@]}"; do
    measure "$query" "$n" 60
  done
  if [ -n "${QUEUE_REVIEW:-}" ]; then
    for query in "evidence=property&page=1&pageSize=20" "preCheck=Passed&page=1&pageSize=20"; do measure "$query" "${QUEUE_REVIEW_REQUESTS:-3}" 300; done
  fi
  if $pg; then
    echo "statements of the queue requests (pg_stat_statements): calls, mean ms, min / max / stddev ms, rows and shared buffers (hit + read) per call"
    pg_psql -F ' | ' -c "SELECT calls, round((total_exec_time / calls)::numeric, 2), round(min_exec_time::numeric, 1) || ' / ' || round(max_exec_time::numeric, 1) || ' / ' || round(stddev_exec_time::numeric, 1), round(rows::numeric / calls, 1), round((shared_blks_hit + shared_blks_read)::numeric / calls), left(regexp_replace(query, '\s+', ' ', 'g'), 160) FROM pg_stat_statements WHERE query ILIKE '%Applications%' OR query ILIKE '%NameGrams%' ORDER BY total_exec_time DESC LIMIT 14"
  fi
  # The plans, with the queue indexes and (rolled back) without them (QUEUE_PLANS=0: not).
  indexes="IX_Applications_Queue_UpdatedAt IX_Applications_Queue_Status IX_Applications_Queue_School IX_Applications_StudentLookupKey"
  if [ "${QUEUE_PLANS:-1}" = 0 ]; then
    :
  elif $pg; then
    PG_PORT=$PG_PORT PLAN_SCHOOL=$school bench/queue-plans.sh pg "$indexes"
  else
    PLAN_SCHOOL=$school bench/queue-plans.sh sqlite "$indexes" "$work/enrollment.db"
  fi
fi
[ -n "${NO_EXPORT:-}" ] && exit 0
# The tools stop on SIGINT, which a script's background jobs ignore: start them with it restored.
interruptible() { exec python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])' "$@"; }
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat"; }
counters=${DOTNET_TOOLS:-$HOME/.dotnet/tools}/dotnet-counters
echo "host peak RSS before the export: $(grep VmHWM /proc/$pid/status | awk '{printf "%.0f MiB", $2/1024}'), RSS $(grep VmRSS /proc/$pid/status | awk '{printf "%.0f MiB", $2/1024}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -x "$counters" ]; then  # the managed allocations and GC heap during the export (System.Runtime, one line per second)
  interruptible "$counters" collect -p "$pid" --format csv -o "$work/counters.csv" --refresh-interval 1 --counters System.Runtime >/dev/null 2>&1 & counters_pid=$!
  sleep 2
fi
if [ -n "${TRACE:-}" ]; then
  interruptible ${DOTNET_TOOLS:-$HOME/.dotnet/tools}/dotnet-trace collect -p "$pid" --profile "$([ "$TRACE" = alloc ] && echo gc-verbose || echo dotnet-sampled-thread-time)" -o "$work/export.nettrace" >/dev/null 2>&1 & trace_pid=$!
  sleep 3
fi
cpu_before=$(cpu)
curl -sS -b "$jar" -o "$work/export.xlsx" -w 'export: HTTP %{http_code}, %{size_download} bytes in %{time_total} s (first byte after %{time_starttransfer} s)\n' \
  "$base/export"
cpu_after=$(cpu)
[ -n "${trace_pid:-}" ] && { kill -INT "$trace_pid" 2>/dev/null; wait "$trace_pid" 2>/dev/null || true; }   # the trace covers the export only
echo "host CPU during the export: $(python3 -c "print(f'{$cpu_after - $cpu_before:.2f}')") s (user + system)"
echo "host peak RSS after the export: $(grep VmHWM /proc/$pid/status | awk '{printf "%.0f MiB", $2/1024}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${counters_pid:-}" ]; then
  sleep 2; kill -INT "$counters_pid" 2>/dev/null; wait "$counters_pid" 2>/dev/null || true
  python3 - "$work/counters.csv" <<'PY' || true
import csv, sys
alloc = heap = 0.0
for r in csv.reader(open(sys.argv[1])):
    if len(r) < 5: continue
    name = r[2]
    try: v = float(r[4])
    except ValueError: continue
    mib = v if '(MB)' in name else v / 1048576   # the old EventCounters say MB, the System.Runtime meter bytes
    if 'Allocation Rate' in name or 'total_allocated' in name: alloc += mib
    if 'GC Committed' in name or 'committed_size' in name: heap = max(heap, mib)
print(f'managed allocations during the export: {alloc:.0f} MiB; most memory the GC had committed: {heap:.0f} MiB')
PY
fi
if [ -n "${trace_pid:-}" ] && [ "$TRACE" = alloc ]; then
  dotnet run -c Release --project bench/Enrollment.Benchmarks -- allocations "$work/export.nettrace" 30 || true
  [ -n "${TRACE_KEEP:-}" ] && cp "$work/export.nettrace" "$TRACE_KEEP"
elif [ -n "${trace_pid:-}" ]; then
  ${DOTNET_TOOLS:-$HOME/.dotnet/tools}/dotnet-trace report "$work/export.nettrace" topN -n 40 --inclusive 2>&1 | head -60 || true
  ${DOTNET_TOOLS:-$HOME/.dotnet/tools}/dotnet-trace report "$work/export.nettrace" topN -n 40 2>&1 | head -60 || true
  [ -n "${TRACE_KEEP:-}" ] && cp "$work/export.nettrace" "$TRACE_KEEP"
fi
head -c 600 "$work/export.xlsx" | grep -a "code" && exit 1
python3 - "$work/export.xlsx" <<'PY'
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
sheet = next(n for n in z.namelist() if n.startswith('xl/worksheets/sheet'))
print(f"rows in the sheet (header included): {len(re.findall(rb'<x:row |<row ', z.read(sheet))):,}")
PY
