import type { SqlExecutor } from '../db/sql-executor.ts';

/**
 * The inbox between a channel's acknowledgement and the job queue (table `accepted_messages`).
 *
 * A webhook answers once its message is stored, and a pg-boss job insert costs several times the bare commit
 * (a wide row in a partitioned table, the queue's policy joined in). So the acknowledgement stores one narrow row
 * and a relay, running wherever workers run, moves what gathered into jobs in batches, in one transaction per
 * batch: a message is either still waiting in the inbox or has its job, never neither.
 */

export interface AcceptedMessage {
  key: string;
  queue: string;
  payload: unknown;
}

/** Stores an inbound message for `queue`; resolves false when a message with this key was accepted before. */
export async function acceptMessage(sql: SqlExecutor, queue: string, payload: object, key: string): Promise<boolean> {
  const { rows } = await sql.executeSql(
    'insert into accepted_messages (key, queue, payload) values ($1, $2, $3::jsonb) on conflict (key) do nothing returning 1 as created',
    [key, queue, JSON.stringify(payload)],
  );
  return rows.length > 0;
}

/**
 * Marks up to `limit` waiting messages for `queues` as relayed, oldest first, and returns them. Run it in the
 * transaction that creates their jobs. Only queues with workers in this process are taken: pg-boss drops a job
 * for a queue it does not know, and a message for a channel turned off waits until a process runs it again.
 * SKIP LOCKED lets two relays (two worker processes) share the inbox without waiting.
 */
export async function takeWaitingMessages(sql: SqlExecutor, queues: readonly string[], limit: number): Promise<AcceptedMessage[]> {
  const { rows } = await sql.executeSql(
    `update accepted_messages set relayed_at = now()
     where key in (
       select key from accepted_messages
       where relayed_at is null and queue = any($1::text[])
       order by accepted_at limit $2 for update skip locked
     )
     returning key, queue, payload`,
    [queues, limit],
  );
  return rows as AcceptedMessage[];
}

/**
 * Relayed rows are kept this long: a redelivery within it is answered as a duplicate (the job's id, derived from
 * the key, still stops a duplicate job after it, for as long as pg-boss keeps the job).
 */
const ACCEPTED_RETENTION_DAYS = 14;

export async function purgeRelayedMessages(sql: SqlExecutor): Promise<number> {
  const { rows } = await sql.executeSql(
    `with purged as (
       delete from accepted_messages where relayed_at is not null and accepted_at < now() - make_interval(days => $1) returning 1
     ) select count(*)::int as purged from purged`,
    [ACCEPTED_RETENTION_DAYS],
  );
  return (rows[0] as { purged: number } | undefined)?.purged ?? 0;
}
