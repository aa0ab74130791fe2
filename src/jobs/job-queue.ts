import PgBoss from 'pg-boss';
import type { Database, TransactionScope } from '../db/database.ts';
import { uuidForKey } from '../db/stable-ids.ts';
import { createBatcher } from './acceptance-batches.ts';
import { watchAcknowledgementLoad } from './acknowledgement-load.ts';
import { insertJobs, JOB_SCHEMA, type NewJob } from './job-tables.ts';
import { errorText } from '../error-text.ts';
import type { Logger } from '../logger.ts';
import { drainUpgradeInbox } from './upgrade-inbox.ts';
import { type JobHandler, type JobLedger, type JobWorker, startJobWorker } from './job-worker.ts';

export type { JobAttempt, JobHandler } from './job-worker.ts';

export interface QueuePolicy {
  /** Retries after the first attempt. */
  retryLimit: number;
  /** The first retry's delay; with back-off, pg-boss doubles it on each further retry. */
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job running longer than this is taken as crashed and retried. */
  expireInSeconds: number;
}

export interface WorkOptions {
  pollingIntervalSeconds: number;
  /** Jobs a worker runs at once; each finishes on its own, and its slot is filled again without waiting for the others. */
  concurrency: number;
}

export interface QueueSettings extends WorkOptions {
  /** How often pg-boss looks for jobs past their expiry (a worker that died) and sends them back to retry. */
  maintenanceIntervalSeconds: number;
  /** Fire the recurring jobs (`repeat`) from this process: the service's worker processes do, commands do not. */
  runSchedules?: boolean;
}

/** Channel jobs (handle a message, answer on a channel) share one policy: bounded attempts, doubling delays. */
export function channelJobPolicy(maxAttempts: number, retryDelaySeconds: number, timeoutSeconds: number): QueuePolicy {
  return { retryLimit: maxAttempts - 1, retryDelaySeconds, retryBackoff: true, expireInSeconds: timeoutSeconds };
}

export interface JobQueue {
  /** Creates the queue if needed and sets its retry policy. */
  define(name: string, policy: QueuePolicy): Promise<void>;
  /**
   * Enqueues a job inside the caller's transaction (or on its own). `jobId` makes it idempotent: a second
   * job with the same id is dropped. Returns whether this call created the job.
   */
  schedule(scope: Pick<TransactionScope, 'sql'>, name: string, data: object, jobId: string): Promise<boolean>;
  /**
   * Stores an inbound message (what a channel acknowledges) as its job on `name`, committed durably before it
   * resolves; the job's id derives from the channel's idempotency key (`jobIdFor`), so a redelivery while pg-boss
   * still holds the job resolves false and makes no second job. Any process may accept: a web process with no
   * workers leaves the job for the worker processes.
   */
  accept(name: string, data: object, key: string): Promise<boolean>;
  /** Runs `name`'s jobs in this process; a handler that throws fails its job, which pg-boss retries if it has tries left. */
  work(name: string, handler: JobHandler, options?: Partial<WorkOptions>): Promise<void>;
  /**
   * Sends a job to `name` at every time `cron` matches (UTC). The schedule is stored in the database, so it
   * outlives restarts, and pg-boss sends one job per match however many processes fire schedules; a match
   * while none runs is skipped.
   */
  repeat(name: string, cron: string): Promise<void>;
  /** The queues this process runs workers for. */
  workedQueues(): readonly string[];
  /** Wakes this process's idle workers soon (within NUDGE_COALESCE_MS) instead of at their next poll. */
  nudgeWorkers(): void;
  /** Stops fetching, lets running jobs finish (up to `timeoutMs`), then returns. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * pg-boss in the same database as our rows, through its `db` option, so PGlite and PostgreSQL behave alike; jobs
 * are inserted into its table by our own statement (src/jobs/job-tables.ts), in the same transaction as the rows
 * they act on.
 *
 * One hop per stage: a channel's acknowledgement inserts the message's job, and each job's handler schedules the
 * next stage's job in the transaction that records its own result. Every handler is idempotent, so a job run
 * twice (a crash before its completion was recorded) changes nothing.
 */
export async function startJobQueue(database: Database, logger: Logger, defaults: QueueSettings): Promise<JobQueue> {
  const boss = new PgBoss({
    db: database.sql as PgBoss.Db,
    schema: JOB_SCHEMA,
    schedule: defaults.runSchedules ?? false,
    maintenanceIntervalSeconds: defaults.maintenanceIntervalSeconds,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  // pg-boss creates its schema at the first start. Processes starting together would queue on pg-boss's own lock
  // and the later ones fail on what the first made (pg-boss lets that pass); under ours they find it made.
  await database.withSetupLock(() => boss.start());
  const drained = await drainUpgradeInbox(database, jobIdFor);
  if (drained > 0) logger.info({ jobs: drained }, 'moved the messages acknowledged before the upgrade into their jobs');
  const workers: JobWorker[] = [];
  const workedQueues: string[] = [];
  const acknowledgements = watchAcknowledgementLoad();
  // Messages accepted together are stored together: one statement, one durable commit for the lot.
  const storeAccepted = createBatcher((jobs: NewJob[]) => insertJobs(database.sql, jobs), ACCEPTANCE_BATCHES);
  const ledger = relaxedLedger(boss, database);
  let stopped = false;
  let pendingNudge: NodeJS.Timeout | undefined;

  const wakeWorkers = () => {
    for (const worker of workers) worker.wake();
  };

  return {
    async define(name, policy) {
      const queue = {
        name,
        retryLimit: policy.retryLimit,
        retryDelay: policy.retryDelaySeconds,
        retryBackoff: policy.retryBackoff,
        expireInSeconds: policy.expireInSeconds,
      };
      // Two processes creating queues at once deadlock in PostgreSQL: each queue is a partition of pg-boss's job
      // table, attached with a foreign key to its queue table.
      await database.withSetupLock(async () => {
        if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
        else await boss.createQueue(name, queue);
      });
    },

    async schedule(scope, name, data, jobId) {
      const [created] = await insertJobs(scope.sql, [{ name, data, id: jobId }]);
      return created === true;
    },

    async accept(name, data, key) {
      const stored = acknowledgements.accepting();
      // Committed durably (the database's default) before this resolves: the channel acknowledges then.
      return storeAccepted({ name, data, id: jobIdFor(key) }).finally(stored);
    },

    workedQueues: () => [...workedQueues],
    async work(name, handler, options) {
      if (stopped) throw new Error(`the job queue is stopped: no worker for ${name}`);
      workedQueues.push(name);
      workers.push(
        startJobWorker(
          {
            queue: name,
            concurrency: options?.concurrency ?? defaults.concurrency,
            pollingIntervalSeconds: options?.pollingIntervalSeconds ?? defaults.pollingIntervalSeconds,
          },
          { jobs: ledger, handler, logger, yieldsToAcknowledgements: acknowledgements.needTheLoop },
        ),
      );
    },

    async repeat(name, cron) {
      await boss.schedule(name, cron, {}, { tz: 'UTC' });
    },

    nudgeWorkers() {
      if (stopped || pendingNudge !== undefined) return;
      pendingNudge = setTimeout(() => {
        pendingNudge = undefined;
        if (!stopped) wakeWorkers();
      }, NUDGE_COALESCE_MS);
    },

    async stop(timeoutMs = 20_000) {
      stopped = true;
      clearTimeout(pendingNudge);
      acknowledgements.stop();
      await Promise.all(workers.map((worker) => worker.stop(timeoutMs)));
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/**
 * The workers' bookkeeping (taking jobs, marking them completed or failed) commits relaxed: if the server loses such a
 * commit, the job runs again, and every handler is idempotent. Durable, each would be one more flush of the log, and
 * an acknowledgement's durable commit waits for the flush under way before its own (bench:webhook counts the flushes
 * per request; docs/performance.md has the figures).
 */
function relaxedLedger(boss: PgBoss, database: Database): JobLedger {
  const relaxed: PgBoss.Db = {
    executeSql: (text, values) => database.transaction((scope) => scope.sql.executeSql(text, values), { commit: 'relaxed' }),
  };
  // pg-boss 10 takes (name, ids, data, options) for a list of ids too, which its types do not declare.
  const complete = boss.complete.bind(boss) as unknown as (name: string, ids: string[], data: null, options: PgBoss.ConnectionOptions) => Promise<unknown>;
  return {
    fetch: (queue, batchSize) => boss.fetch<object>(queue, { batchSize, includeMetadata: true, db: relaxed }),
    async complete(queue, ids) {
      await complete(queue, ids, null, { db: relaxed });
    },
    async fail(queue, id, message) {
      await boss.fail(queue, id, { message }, { db: relaxed });
    },
  };
}

/**
 * A batch's statement holds one connection of the pool (ten by default) until it commits: at most four at once
 * leaves the rest to the jobs, and 200 jobs keep a statement short.
 */
const ACCEPTANCE_BATCHES = { maxBatch: 200, maxInFlight: 4 };

/**
 * Nudges within this long of each other wake the workers once. Under a stream of new jobs a worker then fetches
 * what gathered meanwhile as one batch instead of one job per fetch (each fetch and each completion is a
 * statement); an idle service's first job waits this long at most.
 */
const NUDGE_COALESCE_MS = 50;

/** A stable UUID for an idempotency key (pg-boss job ids are UUIDs). */
export function jobIdFor(key: string): string {
  return uuidForKey(key);
}
