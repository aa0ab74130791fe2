import PgBoss from 'pg-boss';
import type { Database, TransactionScope } from '../db/database.ts';
import { uuidForKey } from '../db/stable-ids.ts';
import { errorText } from '../error-text.ts';
import type { Logger } from '../logger.ts';
import { startAcknowledgementsFirst } from './acknowledgements-first.ts';
import { acceptMessage, purgeRelayedMessages, takeWaitingMessages } from './accepted-messages.ts';
import { type JobHandler, type JobWorker, startJobWorker } from './job-worker.ts';

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

/** The PostgreSQL schema of pg-boss's tables (the retention purge reads them too: src/jobs/queued-messages.ts). */
export const JOB_SCHEMA = 'pgboss';

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
   * Stores an inbound message (what a webhook acknowledges) for a job on `name`, keyed by the channel's
   * idempotency key; returns false when the key was accepted before. The processes that run workers relay it
   * into its job (id `jobIdFor(key)`) within NUDGE_COALESCE_MS when nudged, or at their next poll.
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
  /** Relays accepted messages and wakes idle workers soon (within NUDGE_COALESCE_MS) instead of at their next poll. */
  nudgeWorkers(): void;
  /** Stops fetching, lets running jobs finish (up to `timeoutMs`), then returns. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * pg-boss in the same database as our rows, through its `db` option, so PGlite and PostgreSQL behave alike and
 * a job is enqueued in the same transaction as the rows it acts on. The queue is bookkeeping: it runs on the
 * asynchronously committing connections (a job lost with the server's last commits is relayed or scheduled again,
 * and every job is idempotent), while an acceptance, which a channel acknowledges, commits durably.
 */
export async function startJobQueue(database: Database, logger: Logger, defaults: QueueSettings): Promise<JobQueue> {
  const bookkeeping = database.asyncCommit;
  const boss = new PgBoss({
    db: bookkeeping.sql as PgBoss.Db,
    schema: JOB_SCHEMA,
    schedule: defaults.runSchedules ?? false,
    maintenanceIntervalSeconds: defaults.maintenanceIntervalSeconds,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  // pg-boss creates its schema at the first start. Processes starting together would queue on pg-boss's own lock
  // and the later ones fail on what the first made (pg-boss lets that pass); under ours they find it made.
  await database.withSetupLock(() => boss.start());
  const workers: JobWorker[] = [];
  const workedQueues: string[] = [];
  let stopped = false;
  let pendingNudge: NodeJS.Timeout | undefined;
  let relayTimer: NodeJS.Timeout | undefined;
  let relaying: Promise<void> | undefined;
  let relayAgain = false;
  let lastPurge = 0;
  const acknowledgementsFirst = startAcknowledgementsFirst();

  const wakeWorkers = () => {
    for (const worker of workers) worker.wake();
  };

  /**
   * Moves accepted messages into their jobs, a batch per transaction, until the inbox is empty. A relay is work
   * like a job's (a pg-boss job insert costs PostgreSQL several acknowledgements), and the jobs it makes would
   * wait anyway, so it too gives way to the acknowledgements.
   */
  const relayAccepted = async (): Promise<void> => {
    let moved: number;
    do {
      await acknowledgementsFirst.jobTurn();
      moved = await bookkeeping.transaction(async (scope) => {
        const messages = await takeWaitingMessages(scope.sql, workedQueues, RELAY_BATCH);
        if (messages.length === 0) return 0;
        const jobs = messages.map((message) => ({ name: message.queue, id: jobIdFor(message.key), data: message.payload as object }));
        await boss.insert(jobs, { db: scope.sql as PgBoss.Db });
        return messages.length;
      });
      if (moved > 0) wakeWorkers();
    } while (moved === RELAY_BATCH && !stopped);
    if (Date.now() - lastPurge > PURGE_INTERVAL_MS) {
      lastPurge = Date.now();
      const purged = await purgeRelayedMessages(bookkeeping.sql);
      if (purged > 0) logger.info({ purged }, 'purged accepted messages past their retention');
    }
  };

  /** One relay at a time per process; a request during a relay runs another after it, to catch late arrivals. */
  const requestRelay = (): void => {
    if (stopped) return;
    if (relaying) {
      relayAgain = true;
      return;
    }
    relaying = relayAccepted()
      .catch((error: unknown) => {
        logger.warn({ error: errorText(error) }, 'relaying accepted messages failed; retrying at the next poll');
      })
      .finally(() => {
        relaying = undefined;
        if (relayAgain) {
          relayAgain = false;
          requestRelay();
        }
      });
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
      const created = await boss.send(name, data, { id: jobId, db: scope.sql as PgBoss.Db });
      return created !== null;
    },

    async accept(name, data, key) {
      acknowledgementsFirst.noteAcceptance();
      return acceptMessage(database.sql, name, data, key);
    },

    workedQueues: () => [...workedQueues],
    async work(name, handler, options) {
      if (stopped) throw new Error(`the job queue is stopped: no worker for ${name}`);
      // A process with workers relays accepted messages for their queues: at once (what waited while no worker
      // ran), then at every poll, besides the nudges.
      workedQueues.push(name);
      relayTimer ??= setInterval(requestRelay, (options?.pollingIntervalSeconds ?? defaults.pollingIntervalSeconds) * 1000);
      requestRelay();
      workers.push(
        startJobWorker(
          {
            queue: name,
            concurrency: options?.concurrency ?? defaults.concurrency,
            pollingIntervalSeconds: options?.pollingIntervalSeconds ?? defaults.pollingIntervalSeconds,
          },
          { boss, handler, jobTurn: () => acknowledgementsFirst.jobTurn(), logger },
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
        if (stopped) return;
        if (relayTimer !== undefined) requestRelay();
        wakeWorkers();
      }, NUDGE_COALESCE_MS);
    },

    async stop(timeoutMs = 20_000) {
      stopped = true;
      clearTimeout(pendingNudge);
      clearInterval(relayTimer);
      acknowledgementsFirst.stop();
      await relaying;
      await Promise.all(workers.map((worker) => worker.stop(timeoutMs)));
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/**
 * Nudges within this long of each other wake the workers once. Under a stream of new jobs a worker then fetches
 * what gathered meanwhile as one batch instead of one job per fetch (each fetch and each completion is a
 * statement); an idle service's first job waits this long at most.
 */
const NUDGE_COALESCE_MS = 50;
/** Accepted messages moved into jobs per transaction. */
const RELAY_BATCH = 500;
/** How often a relaying process deletes accepted messages past their retention. */
const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** A stable UUID for an idempotency key (pg-boss job ids are UUIDs). */
export function jobIdFor(key: string): string {
  return uuidForKey(key);
}
