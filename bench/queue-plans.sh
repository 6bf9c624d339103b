#!/usr/bin/env bash
# The plans of the reviewers' queue (issue 17, ADR-0042), called by bench/export.sh with QUEUE=1 on its seeded database:
# the count and the page of each query shape as the host sends them (the WHERE and ORDER BY of
# SubmittedApplicationReader; the page selects a few of the columns the host reads that no index carries), each
# explained and run with the queue indexes and again without them (dropped inside a transaction that is rolled back).
# Each shape's count both ways: the exact count (count=exact) and the host's default one, limited to 10,000 (ADR-0046).
# Load-independent: the plan, the rows and buffers read; the times are indicative.
#   bench/queue-plans.sh pg "<index names>"            (PG_PORT set by bench/lib/pg.sh)
#   bench/queue-plans.sh sqlite "<index names>" <file>
# PLAN_SCHOOL: a graduation school id present in the data.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1 indexes=$2
if [ "$mode" = pg ]; then
  . bench/lib/pg.sh
  base='NOT (a."IsDeleted") AND a."Status" <> '"'Draft'"' AND a."StudentName" IS NOT NULL'
  order='ORDER BY a."UpdatedAt" DESC, a."Id" DESC'
  cols='a."Id", a."StudentResidentId", a."FatherMobile", a."MotherMobile", a."Version"'
  from='FROM registration."Applications" AS a'
  shapes=(
    "unfiltered|$base|0"
    "status=UnderReview, page 500|$base AND a.\"Status\" = 'UnderReview'|9980"
    "school|$base AND a.\"StudentGraduationSchoolId\" = '$PLAN_SCHOOL'|0"
    "name search|$base AND a.\"StudentName\"::text LIKE '%张一二三%' ESCAPE '\\'|0"
    "name search through the grams (ADR-0049)|$base AND a.\"Id\" IN (SELECT g.\"ApplicationId\" FROM registration.\"ApplicationNameGrams\" AS g WHERE g.\"Gram\" = '二三' AND EXISTS (SELECT 1 FROM registration.\"ApplicationNameGrams\" AS o WHERE o.\"ApplicationId\" = g.\"ApplicationId\" AND o.\"Gram\" = '一二') AND EXISTS (SELECT 1 FROM registration.\"ApplicationNameGrams\" AS p WHERE p.\"ApplicationId\" = g.\"ApplicationId\" AND p.\"Gram\" = '张一')) AND a.\"StudentName\"::text LIKE '%张一二三%' ESCAPE '\\'|0"
  )
  drop=""; for i in $indexes; do drop+="DROP INDEX registration.\"$i\"; "; done
  explain() { # keeps the plan's nodes, conditions, rows removed, heap fetches, buffers and the execution time
    grep -E -- '->|^ *[A-Z][a-zA-Z ]+(Scan|Aggregate|Limit|Sort)|Index Cond|Filter|Rows Removed|Heap Fetches|Buffers|Execution Time' | sed 's/^/    /'
  }
  for gram in 二三 一二 张一; do   # the grams' postings, each counted up to 20,000 (the host counts the later ones only up to the rarest so far; ADR-0049)
    echo "-- postings of $gram, counted up to 20,000:"
    pg_psql -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*)::int FROM (SELECT 1 FROM registration.\"ApplicationNameGrams\" AS g WHERE g.\"Gram\" = '$gram' LIMIT 20000) AS c" | explain
  done
  for shape in "${shapes[@]}"; do
    IFS='|' read -r name where offset <<<"$shape"
    whats=(count "limited count" page)
    [[ $name == *grams* ]] && whats+=("ids up to the limit (ADR-0050)")
    for what in "${whats[@]}"; do
      case $what in
        ids*) sql="SELECT a.\"Id\" $from WHERE $where $order LIMIT 10000" ;;   # ADR-0050: the matches' ids once, for the page and the total
        count) sql="SELECT count(*)::int $from WHERE $where" ;;
        "limited count") sql="SELECT count(*)::int FROM (SELECT 1 $from WHERE $where $order LIMIT $((offset + 21 > 10000 ? offset + 21 : 10000))) AS c" ;;   # ADR-0046
        page) sql="SELECT $cols $from WHERE $where $order LIMIT 20 OFFSET $offset" ;;
      esac
      echo "-- $name, $what, with the queue indexes:"
      pg_psql -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $sql" | explain
      echo "-- $name, $what, without them:"
      printf '%s\n' "BEGIN;" "$drop" "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $sql;" "ROLLBACK;" | pg_psql | explain
    done
  done
  echo "-- index sizes: $(pg_psql -F ' ' -c "SELECT string_agg(indexrelname || ' ' || pg_size_pretty(pg_relation_size(indexrelid)), ', ') FROM pg_stat_user_indexes WHERE relname = 'Applications'")"
else
  python3 - "$3" "$indexes" "$PLAN_SCHOOL" <<'PY'
import sqlite3, sys, time, statistics
db, indexes, _ = sys.argv[1], sys.argv[2].split(), sys.argv[3]
c = sqlite3.connect(db, isolation_level=None, cached_statements=0)  # no statement cache: the plans after DROP INDEX are new
school = c.execute('select StudentGraduationSchoolId from registration_Applications limit 1').fetchone()[0]  # as stored (text)
base = 'NOT ("r"."IsDeleted") AND "r"."Status" <> \'Draft\' AND "r"."StudentName" IS NOT NULL'
order = 'ORDER BY "r"."UpdatedAt" DESC, "r"."Id" DESC'
cols = '"r"."Id", "r"."StudentResidentId", "r"."FatherMobile", "r"."MotherMobile", "r"."Version"'
frm = 'FROM "registration_Applications" AS "r"'
shapes = [('unfiltered', base, 0), ('status=UnderReview, page 500', base + ' AND "r"."Status" = \'UnderReview\'', 9980),
          ('school', base + f' AND "r"."StudentGraduationSchoolId" = \'{school}\'', 0),
          ('name search', base + ' AND "r"."StudentName" LIKE \'%张一二三%\' ESCAPE \'\\\'', 0),
          # ADR-0049: the candidates of the rarest pair (the host counts each pair's postings first), lacking none of the others, confirmed
          ('name search through the grams (ADR-0049)', base + ' AND "r"."Id" IN (SELECT "g"."ApplicationId" FROM "registration_ApplicationNameGrams" AS "g" WHERE "g"."Gram" = \'二三\''
           ' AND EXISTS (SELECT 1 FROM "registration_ApplicationNameGrams" AS "o" WHERE "o"."ApplicationId" = "g"."ApplicationId" AND "o"."Gram" = \'一二\')'
           ' AND EXISTS (SELECT 1 FROM "registration_ApplicationNameGrams" AS "p" WHERE "p"."ApplicationId" = "g"."ApplicationId" AND "p"."Gram" = \'张一\'))'
           ' AND "r"."StudentName" LIKE \'%张一二三%\' ESCAPE \'\\\'', 0)]
for gram in ('二三', '一二', '张一'):
    sql = f'SELECT COUNT(*) FROM (SELECT 1 FROM "registration_ApplicationNameGrams" AS "g" WHERE "g"."Gram" = \'{gram}\' LIMIT 20000) AS "c"'
    plan = ' / '.join(r[3] for r in c.execute('EXPLAIN QUERY PLAN ' + sql))
    times = []
    for _ in range(5):
        t = time.perf_counter(); n = c.execute(sql).fetchone()[0]; times.append((time.perf_counter() - t) * 1000)
    print(f'  postings of {gram} (up to 20,000): {plan} — {n}, median of 5 {statistics.median(times):.1f} ms')
print(f'SQLite {sqlite3.sqlite_version} (Python\'s; the host bundles its own), no ANALYZE statistics (as the host runs)')
def run(label):
    for name, where, offset in shapes:
        limit = max(10000, offset + 21)  # the host's limited count (ADR-0046)
        whats = [('count', f'SELECT COUNT(*) {frm} WHERE {where}'),
                 ('limited count', f'SELECT COUNT(*) FROM (SELECT 1 {frm} WHERE {where} {order} LIMIT {limit}) AS "c"'),
                 ('page', f'SELECT {cols} {frm} WHERE {where} {order} LIMIT 20 OFFSET {offset}')]
        if 'grams' in name:  # ADR-0050: the matches' ids once, for the page and the total
            whats.append(('ids up to the limit (ADR-0050)', f'SELECT "r"."Id" {frm} WHERE {where} {order} LIMIT {limit}'))
        for what, sql in whats:
            plan = ' / '.join(r[3] for r in c.execute('EXPLAIN QUERY PLAN ' + sql))
            times = []
            for _ in range(5):
                t = time.perf_counter(); rows = c.execute(sql).fetchall(); times.append((time.perf_counter() - t) * 1000)
            result = rows[0][0] if 'count' in what else f'{len(rows)} rows'
            print(f'  {name}, {what} ({label}): {plan} — {result}, median of 5 {statistics.median(times):.1f} ms')
run('with the queue indexes')
c.execute('BEGIN')
for i in indexes: c.execute(f'DROP INDEX "{i}"')
run('without them')
c.execute('ROLLBACK')
for name, in c.execute("select name from sqlite_master where type = 'index' and tbl_name = 'registration_Applications'"):
    try: print(f'  index {name}: {c.execute("select count(*) * 4096 / 1048576.0 from dbstat where name = ?", (name,)).fetchone()[0]:.1f} MiB')
    except sqlite3.OperationalError: break
PY
fi
