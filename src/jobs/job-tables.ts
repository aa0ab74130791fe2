import type { SqlExecutor } from '../db/sql-executor.ts';

/**
 * The PostgreSQL schema of pg-boss's tables. This module writes them directly, and the retention purge
 * (src/jobs/queued-messages.ts) and the backlog (src/jobs/queue-backlog.ts) read them; pg-boss's schema version
 * (10.x) pins their layout.
 */
export const JOB_SCHEMA = 'pgboss';

export interface NewJob {
  /** The queue, which must have been created (`JobQueue.define`): a job for an unknown queue is not stored. */
  name: string;
  /** A UUID; a job whose id is taken already is not stored again. */
  id: string;
  data: object;
}

/**
 * Stores jobs in pg-boss's job table with one statement, and tells which of them this call created.
 *
 * pg-boss's `send` stores one job per statement and checks its arguments in JavaScript each time; its bulk `insert`
 * reads a JSON record set and cannot tell which jobs were new. For a batch of acknowledgements, a `send` each cost
 * several times this statement's CPU in the service and in PostgreSQL (docs/performance.md, 2026-12-08). The row
 * is the one `send(name, data, { id })` writes under a constructor without job defaults, as ours is: the queue's
 * policy, else pg-boss's own fallbacks. The table's layout is pinned by pg-boss's schema
 * version (10.x); test/job-tables.test.ts compares this row with `send`'s column by column, so a release that
 * changes either fails there, not in production.
 *
 * One statement is one transaction on its own (or part of the caller's), so the jobs are stored together or not
 * at all. Rows go in id order, so two statements holding the same redelivered ids wait for each other rather
 * than deadlock. The same id twice in one call creates one job, of the first of them, which is told it created it.
 */
export async function insertJobs(sql: SqlExecutor, jobs: readonly NewJob[]): Promise<boolean[]> {
  if (jobs.length === 0) return [];
  const { rows } = await sql.executeSql(INSERT_JOBS, [
    jobs.map((job) => job.name),
    jobs.map((job) => job.id),
    jobs.map((job) => JSON.stringify(job.data)),
  ]);
  const created = new Set((rows as { id: string }[]).map((row) => row.id));
  return jobs.map((job) => created.delete(job.id.toLowerCase()));
}

const INSERT_JOBS = `
  insert into ${JOB_SCHEMA}.job (
    id, name, data, priority, start_after, singleton_key, singleton_on, dead_letter,
    expire_in, keep_until, retry_limit, retry_delay, retry_backoff, policy)
  select
    j.id, q.name, j.data::jsonb, 0, now(), null, null, q.dead_letter,
    coalesce(q.expire_seconds * interval '1s', interval '15 minutes'),
    now() + cast(coalesce((q.retention_minutes * 60)::text, '14 days') as interval),
    coalesce(q.retry_limit, 2),
    case when coalesce(q.retry_backoff, false) then greatest(q.retry_delay, 1) else coalesce(q.retry_delay, 0) end,
    coalesce(q.retry_backoff, false),
    q.policy
  from unnest($1::text[], $2::uuid[], $3::text[]) with ordinality as j(name, id, data, position)
  join ${JOB_SCHEMA}.queue q on q.name = j.name
  order by j.id, j.position
  on conflict do nothing
  returning id::text as id`;
