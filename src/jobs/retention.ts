import type { AddressToForget } from '../core/address-mentions.ts';
import type { Database } from '../db/database.ts';
import { eraseRecordsNaming, eraseRecordsOlderThan } from '../db/learner-data-erasure.ts';
import type { Logger } from '../logger.ts';
import type { JobQueue } from './job-queue.ts';
import { deleteQueuedNaming, deleteQueuedOlderThan, existingJobTables } from './queued-messages.ts';

/**
 * Retention and erasure of learners' words and addresses, across every store that holds them: the request log
 * and email outbox (emptied, counts kept: src/db/learner-data-erasure.ts) and the job queue (deleted:
 * src/jobs/queued-messages.ts). The credential directory is the issuers' data and is not touched.
 */

export interface ErasureCounts {
  supportRequests: number;
  emails: number;
  jobs: number;
}

/** One purge at a time across processes (the daily job, `credbot purge`): the second finds the lock taken. */
const PURGE_LOCK_SQL = 'select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as locked';
const PURGE_LOCK_KEY = 'credbot:retention-purge';

/**
 * Erases what learners wrote and were sent more than `olderThanDays` days ago, in one transaction, then vacuums.
 * Null when another purge is running.
 */
export async function purgeLearnerData(database: Database, olderThanDays: number): Promise<ErasureCounts | null> {
  const counts = await database.transaction(async (scope) => {
    const { rows } = await scope.sql.executeSql(PURGE_LOCK_SQL, [PURGE_LOCK_KEY]);
    if ((rows[0] as { locked: boolean }).locked !== true) return null;
    const [records, queued] = await Promise.all([eraseRecordsOlderThan(scope, olderThanDays), deleteQueuedOlderThan(scope.sql, olderThanDays)]);
    return { ...records, ...queued };
  });
  if (counts) await vacuumErasedStores(database);
  return counts;
}

/** Erases every trace of one address and of the messages that named it, in one transaction, then vacuums. */
export async function forgetLearner(database: Database, target: AddressToForget): Promise<ErasureCounts> {
  const counts = await database.transaction(async (scope) => {
    const records = await eraseRecordsNaming(scope, target);
    const queued = await deleteQueuedNaming(scope.sql, target, records.messageKeys);
    return { supportRequests: records.supportRequests, emails: records.emails, ...queued };
  });
  await vacuumErasedStores(database);
  return counts;
}

/**
 * An update or delete leaves the old row version on disk until VACUUM removes it; pg_dump never shows it, but
 * the data files would still hold the words. A plain VACUUM takes no lock that stops the service.
 */
async function vacuumErasedStores(database: Database): Promise<void> {
  const tables = ['support_requests', 'outbound_emails', ...(await existingJobTables(database.sql))];
  await database.sql.executeSql(`vacuum ${tables.join(', ')}`);
}

export const RETENTION_PURGE_QUEUE = 'retention-purge';
/** Daily at 03:17 UTC: a quiet hour for most support desks, off the hour when other cron jobs crowd. */
const RETENTION_PURGE_CRON = '17 3 * * *';
/** The first purge of a large database may rewrite millions of rows; a retry meanwhile would only find the lock. */
const RETENTION_PURGE_TIMEOUT_SECONDS = 3600;

/** Runs `purgeLearnerData` daily with the configured window, from whichever worker process pg-boss picks. */
export async function scheduleRetentionPurge(queue: JobQueue, database: Database, retentionDays: number, logger: Logger): Promise<void> {
  await queue.define(RETENTION_PURGE_QUEUE, {
    retryLimit: 3,
    retryDelaySeconds: 600,
    retryBackoff: true,
    expireInSeconds: RETENTION_PURGE_TIMEOUT_SECONDS,
  });
  await queue.work(
    RETENTION_PURGE_QUEUE,
    async () => {
      const counts = await purgeLearnerData(database, retentionDays);
      if (counts) logger.info({ retentionDays, ...counts }, 'retention purge: erased learner data past the retention window');
      else logger.info('retention purge skipped: another purge is running');
    },
    { concurrency: 1 },
  );
  await queue.repeat(RETENTION_PURGE_QUEUE, RETENTION_PURGE_CRON);
}
