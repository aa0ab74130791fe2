import PgBoss from 'pg-boss';
import type { Database, TransactionScope } from '../db/database.ts';
import type { Logger } from '../logger.ts';

/** The queues credbot runs. Each has one worker module in this folder. */
export const SEND_EMAIL_QUEUE = 'send-email';

export interface SendEmailJob {
  emailId: string;
}

export interface JobQueueOptions {
  /** How many times one email is tried before it is marked failed. */
  emailMaxAttempts: number;
  /** The first retry's delay; pg-boss doubles it on each further retry. */
  emailRetryDelaySeconds: number;
  pollingIntervalSeconds?: number;
}

export interface JobQueue {
  /** Enqueues delivery of a recorded email in the caller's transaction, keyed by the email's id (enqueuing twice is harmless). */
  scheduleEmailDelivery(scope: TransactionScope, emailId: string): Promise<void>;
  workEmails(handler: (job: SendEmailJob) => Promise<void>): Promise<void>;
  /** Wakes idle workers now instead of at their next poll. */
  nudgeWorkers(): void;
  /** Stops fetching, lets running jobs finish (up to `timeoutMs`), then returns. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * pg-boss in the same database as our rows, through its `db` option, so PGlite and PostgreSQL behave alike and
 * a job is enqueued in the same transaction as the email it delivers.
 */
export async function startJobQueue(database: Database, logger: Logger, options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({ db: database.sql as PgBoss.Db, schema: 'pgboss', schedule: false });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  await boss.createQueue(SEND_EMAIL_QUEUE, {
    name: SEND_EMAIL_QUEUE,
    retryLimit: options.emailMaxAttempts,
    retryDelay: options.emailRetryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: 300,
  });
  const workerIds: string[] = [];

  return {
    async scheduleEmailDelivery(scope, emailId) {
      const job: SendEmailJob = { emailId };
      await boss.send(SEND_EMAIL_QUEUE, job, { id: emailId, db: scope.sql as PgBoss.Db });
    },

    async workEmails(handler) {
      const workerId = await boss.work<SendEmailJob>(
        SEND_EMAIL_QUEUE,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
        async ([job]) => {
          if (job) await handler(job.data);
        },
      );
      workerIds.push(workerId);
    },

    nudgeWorkers() {
      for (const workerId of workerIds) boss.notifyWorker(workerId);
    },

    async stop(timeoutMs = 20_000) {
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}
