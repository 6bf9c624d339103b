# Sourced by the fault and scale-out scripts (after pg.sh; issue 17): what the database holds after a run.
# Every function prints its counts; the variables they set are what the callers decide PASS or FAIL on.

# The outboxes of every module: messages not yet delivered.
outbox_pending() {
  local q
  q=$(pg_psql -c "SELECT string_agg('(SELECT count(*) FROM ' || quote_ident(table_schema) || '.\"OutboxMessages\" WHERE \"ProcessedAt\" IS NULL)', ' + ') FROM information_schema.tables WHERE table_name = 'OutboxMessages'")
  pg_psql -c "SELECT $q"
}

# wait_outbox <seconds>: until every outbox is delivered (or the time is up); prints how long it took.
wait_outbox() {
  local start=$SECONDS
  for _ in $(seq 1 "$1"); do [ "$(outbox_pending)" = 0 ] && break; sleep 1; done
  echo "outboxes drained after $((SECONDS - start)) s (pending now: $(outbox_pending))"
}

# wait_jobs <seconds>: until no Hangfire job is enqueued or processing. The period checks a run enqueued write while
# they run: the limit's capture would count their writes as its wizards' (on 2026-12-02 they doubled its script, 158
# write transactions per wizard instead of 72), and a fault test would count jobs that had not run yet.
jobs_pending() { pg_psql -c "SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing')"; }
wait_jobs() { for _ in $(seq 1 "$1"); do [ "$(jobs_pending)" = 0 ] && return; sleep 1; done; echo "Hangfire's queue not empty after $1 s" >&2; }

# check_acked <file of application ids, one a line>: every acknowledged submission stored once.
# Sets ACKED, FOUND, TWICE, HISTORY_TWICE, SUBMITTED_HISTORY.
check_acked() {
  ACKED=$(grep -c . "$1" || true)
  local ids; ids=$(sed "s/.*/'&'/" "$1" | paste -sd, -)
  FOUND=$(pg_psql -c "SELECT count(*) FROM registration.\"Applications\" WHERE \"Id\" IN (${ids:-NULL}) AND \"Status\" <> 'Draft' AND NOT \"IsDeleted\"")
  TWICE=$(pg_psql -c "SELECT count(*) FROM (SELECT 1 FROM registration.\"Applications\" WHERE NOT \"IsDeleted\" AND \"StudentLookupKey\" IS NOT NULL GROUP BY \"SeasonId\", \"StudentLookupKey\" HAVING count(*) > 1) x")
  HISTORY_TWICE=$(pg_psql -c "SELECT count(*) FROM (SELECT 1 FROM review.\"ApplicationHistory\" GROUP BY \"MessageId\" HAVING count(*) > 1) x")
  SUBMITTED_HISTORY=$(pg_psql -c "SELECT count(DISTINCT \"ApplicationId\") FROM review.\"ApplicationHistory\" WHERE \"ApplicationId\" IN (${ids:-NULL}) AND \"Event\" ILIKE '%submit%'")
  echo "acknowledged submissions: $ACKED; found submitted in the database: $FOUND; children twice in the season: $TWICE"
  echo "acknowledged submissions with a history entry: $SUBMITTED_HISTORY; history messages recorded twice: $HISTORY_TWICE"
}

# check_once: each outbox message delivered once, each Hangfire job run once, each recurring occurrence once, each
# notification sent once. Sets OUTBOX_NOT_ONCE, JOBS_TWICE, JOBS_FAILED, OCCURRENCES_TWICE, NOTIFICATIONS_NOT_ONCE.
check_once() {
  local all
  all=$(pg_psql -c "SELECT string_agg('SELECT \"Attempts\", \"ProcessedAt\" FROM ' || quote_ident(table_schema) || '.\"OutboxMessages\"', ' UNION ALL ') FROM information_schema.tables WHERE table_name = 'OutboxMessages'")
  # One statement for both figures: a message written between two statements made "delivered once" exceed the total.
  echo "outbox messages (all modules): $(pg_psql -F ', delivered with one attempt: ' -c "SELECT count(*), count(*) FILTER (WHERE \"Attempts\" = 1 AND \"ProcessedAt\" IS NOT NULL) FROM ($all) m")"
  OUTBOX_NOT_ONCE=$(pg_psql -c "SELECT count(*) FROM ($all) m WHERE \"Attempts\" <> 1 OR \"ProcessedAt\" IS NULL")
  echo "outbox messages not delivered exactly once: $OUTBOX_NOT_ONCE"
  echo "Hangfire jobs by method (jobs, runs = Processing states, jobs run more than once, failed):"
  pg_psql -F ' | ' -c "SELECT regexp_replace(split_part(coalesce((j.invocationdata::jsonb)->>'Type', '?'), ',', 1), '^.*\.', '') || '.' || coalesce((j.invocationdata::jsonb)->>'Method', '?'), count(*), sum(p.runs), count(*) FILTER (WHERE p.runs > 1), count(*) FILTER (WHERE j.statename = 'Failed')
    FROM hangfire.job j LEFT JOIN LATERAL (SELECT count(*) AS runs FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing') p ON true GROUP BY 1 ORDER BY 2 DESC" | sed 's/^/  /'
  JOBS_TWICE=$(pg_psql -c "SELECT count(*) FROM (SELECT jobid FROM hangfire.state WHERE name = 'Processing' GROUP BY jobid HAVING count(*) > 1) x")
  JOBS_FAILED=$(pg_psql -c "SELECT count(DISTINCT jobid) FROM hangfire.state WHERE name = 'Failed'")
  OCCURRENCES_TWICE=$(pg_psql -c "SELECT count(*) FROM (SELECT 1 FROM hangfire.jobparameter r JOIN hangfire.jobparameter t ON t.jobid = r.jobid AND t.name = 'Time' WHERE r.name = 'RecurringJobId' GROUP BY r.value, t.value HAVING count(*) > 1) x")
  echo "recurring jobs created: $(pg_psql -c "SELECT count(DISTINCT jobid) FROM hangfire.jobparameter WHERE name = 'RecurringJobId'") for $(pg_psql -c "SELECT count(*) FROM (SELECT DISTINCT r.value, t.value FROM hangfire.jobparameter r JOIN hangfire.jobparameter t ON t.jobid = r.jobid AND t.name = 'Time' WHERE r.name = 'RecurringJobId') x") distinct occurrences (recurring id, scheduled time); occurrences with more than one job: $OCCURRENCES_TWICE"
  echo "Hangfire jobs run more than once: $JOBS_TWICE; failed at least once: $JOBS_FAILED"
  NOTIFICATIONS_NOT_ONCE=$(pg_psql -c "SELECT count(*) FROM review.\"ParentNotifications\" WHERE \"Attempts\" <> 1 OR \"SentAt\" IS NULL")
  echo "parent notifications: $(pg_psql -c "SELECT count(*) FROM review.\"ParentNotifications\""), sent with one attempt: $(pg_psql -c "SELECT count(*) FROM review.\"ParentNotifications\" WHERE \"Attempts\" = 1 AND \"SentAt\" IS NOT NULL"), not exactly once: $NOTIFICATIONS_NOT_ONCE"
}
