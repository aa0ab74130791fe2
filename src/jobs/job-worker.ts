import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type PgBoss from 'pg-boss';
import { errorText } from '../error-text.ts';
import type { Logger } from '../logger.ts';

/** What a handler knows of the attempt it runs, from pg-boss's own count of them. */
export interface JobAttempt {
  /** 1 on the first run. */
  number: number;
  /** No retry follows if this attempt fails: the handler records the failure where a person will see it. */
  isLast: boolean;
}

export type JobHandler = (data: unknown, attempt: JobAttempt) => Promise<void>;

export interface JobWorkerSettings {
  queue: string;
  /** Jobs run at once. */
  concurrency: number;
  pollingIntervalSeconds: number;
}

/** What a worker keeps of its jobs in the queue's tables: taking them, and marking them completed or failed. */
export interface JobLedger {
  fetch(queue: string, batchSize: number): Promise<PgBoss.JobWithMetadata<object>[]>;
  complete(queue: string, ids: string[]): Promise<void>;
  /** pg-boss keeps `message` in the job's output. */
  fail(queue: string, id: string, message: string): Promise<void>;
}

export interface JobWorkerDeps {
  jobs: JobLedger;
  handler: JobHandler;
  logger: Logger;
  /**
   * True while this process has more urgent work than starting jobs (acknowledging a burst of messages, or a stream
   * of them on a busy event loop: src/jobs/acknowledgement-load.ts): the worker then fetches nothing and looks again
   * shortly, and jobs it has fetched but not started wait (for at most MAX_HOLD_MS); running jobs carry on.
   */
  yieldsToAcknowledgements?: () => boolean;
}

export interface JobWorker {
  /** Jobs may be waiting: look soon, instead of at the next poll. */
  wake(): void;
  /**
   * Stops taking jobs and waits up to `timeoutMs` for the running ones; those still running then are failed, so
   * they are retried soon instead of when they expire.
   */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Runs one queue's jobs, up to `concurrency` at once, each on its own: a job that finishes frees its slot, which
 * is filled at once when jobs may be waiting, so one slow job (a hung API call) never holds up the others. pg-boss
 * 10's own worker fetches a batch and waits for all of it before fetching again.
 *
 * Statements: whatever slots free within one turn of the event loop are filled by one fetch. Finished jobs are
 * marked completed together, by one statement sent alongside the next fetch, or once nothing is running, or at the
 * latest COMPLETION_DELAY_MS after they finished: a batch fetched at a nudge costs one fetch and one completion, as
 * with pg-boss's worker, and a backlog about two statements per turn of the loop in which jobs finish.
 */
export function startJobWorker(settings: JobWorkerSettings, deps: JobWorkerDeps): JobWorker {
  const { queue, concurrency } = settings;
  const { jobs, logger } = deps;
  const running = new Map<string, Promise<void>>();
  let finished: string[] = [];
  // True until a fetch comes back with fewer jobs than it asked for; a poll or a wake sets it again.
  let jobsMayWait = true;
  let stopping = false;
  let stopped = false;
  let filling: Promise<void> | undefined;
  let fillAgain = false;
  let fillScheduled = false;
  let completionTimer: NodeJS.Timeout | undefined;
  let yieldTimer: NodeJS.Timeout | undefined;

  const scheduleFill = (): void => {
    if (fillScheduled || stopped) return;
    fillScheduled = true;
    setImmediate(() => {
      fillScheduled = false;
      fill();
    });
  };

  /** One fill at a time; slots freed during one are filled by the next, right after it. */
  const fill = (): void => {
    if (filling) {
      fillAgain = true;
      return;
    }
    filling = fillSlots().finally(() => {
      filling = undefined;
      if (fillAgain) {
        fillAgain = false;
        scheduleFill();
      }
    });
  };

  const fillSlots = async (): Promise<void> => {
    clearTimeout(completionTimer);
    completionTimer = undefined;
    const completing = finished;
    finished = [];
    const yielding = !stopping && jobsMayWait && (deps.yieldsToAcknowledgements?.() ?? false);
    if (yielding) {
      yieldTimer ??= setTimeout(() => {
        yieldTimer = undefined;
        scheduleFill();
      }, YIELD_RECHECK_MS);
    }
    const free = stopping || !jobsMayWait || yielding ? 0 : concurrency - running.size;
    if (free > 0) jobsMayWait = false;
    // Sent together: neither waits for the other's round trip.
    const [fetched, completed] = await Promise.allSettled([
      free > 0 ? jobs.fetch(queue, free) : Promise.resolve([]),
      completing.length > 0 ? jobs.complete(queue, completing) : Promise.resolve(),
    ]);
    if (completed.status === 'rejected') {
      // The jobs stay active until they expire, then run again: every handler is idempotent.
      logger.warn({ queue, jobs: completing.length, error: errorText(completed.reason) }, 'could not mark jobs completed; they will run again after they expire');
    }
    if (fetched.status === 'rejected') {
      jobsMayWait = true;
      logger.warn({ queue, error: errorText(fetched.reason) }, 'fetching jobs failed; trying again at the next poll');
      return;
    }
    if (free > 0 && fetched.value.length === free) jobsMayWait = true;
    for (const job of fetched.value) start(job);
  };

  const start = (job: PgBoss.JobWithMetadata<object>): void => {
    const attempt: JobAttempt = { number: job.retryCount + 1, isLast: job.retryCount >= job.retryLimit };
    const run = runJob(job, attempt).finally(() => {
      running.delete(job.id);
      if (jobsMayWait || running.size === 0) scheduleFill();
      else completionTimer ??= setTimeout(scheduleFill, COMPLETION_DELAY_MS);
    });
    running.set(job.id, run);
  };

  /**
   * A fetched job waits while the process gives way to acknowledgements: the jobs of one fetch would otherwise all
   * start in the middle of a burst of webhooks. The wait is bounded, since it counts against the job's timeout.
   */
  const awaitTurn = async (timeoutMs: number): Promise<void> => {
    const holdUntil = performance.now() + Math.min(MAX_HOLD_MS, timeoutMs / 4);
    while (!stopping && (deps.yieldsToAcknowledgements?.() ?? false) && performance.now() < holdUntil) await sleep(YIELD_RECHECK_MS);
  };

  const runJob = async (job: PgBoss.JobWithMetadata<object>, attempt: JobAttempt): Promise<void> => {
    // pg-boss counts the job's time from its fetch: so does its timeout here, the wait for its turn included.
    const timeoutMs = Number(job.expireInSeconds) * 1000;
    const expiresAt = performance.now() + timeoutMs;
    try {
      await awaitTurn(timeoutMs);
      await settleWithin(deps.handler(job.data, attempt), expiresAt - performance.now());
      finished.push(job.id);
    } catch (error) {
      const message = errorText(error);
      const log = { queue, jobId: job.id, attempt: attempt.number, error: message };
      if (attempt.isLast) logger.error(log, 'job failed with no tries left');
      else logger.warn(log, 'job failed; it will be retried');
      await jobs.fail(queue, job.id, message).catch((failError: unknown) => {
        logger.warn({ queue, jobId: job.id, error: errorText(failError) }, 'could not record a job failure; it will run again after it expires');
      });
    }
  };

  const poll = setInterval(() => {
    jobsMayWait = true;
    scheduleFill();
  }, settings.pollingIntervalSeconds * 1000);
  scheduleFill();

  return {
    wake() {
      if (stopping) return;
      jobsMayWait = true;
      scheduleFill();
    },

    async stop(timeoutMs) {
      stopping = true;
      clearInterval(poll);
      clearTimeout(completionTimer);
      clearTimeout(yieldTimer);
      // A fill under way may still start the jobs it fetched: they are waited for like the others.
      await filling;
      await settleWithin(Promise.allSettled(running.values()), timeoutMs).catch(() => undefined);
      const unfinished = [...running.keys()];
      if (unfinished.length > 0) {
        const released = unfinished.map((id) => jobs.fail(queue, id, 'credbot stopped while the job ran'));
        for (const outcome of await Promise.allSettled(released)) {
          if (outcome.status === 'rejected') {
            logger.warn({ queue, error: errorText(outcome.reason) }, 'could not release a running job; it will run again after it expires');
          }
        }
      }
      // The completions of the last jobs to finish.
      while (filling !== undefined || finished.length > 0) {
        if (filling === undefined) fill();
        await filling;
      }
      stopped = true;
    },
  };
}

/**
 * The longest a finished job waits to be marked completed while other jobs of its worker still run: meanwhile a
 * crash would run it again (every handler is idempotent), and pg-boss's monitoring counts it as active.
 */
const COMPLETION_DELAY_MS = 1000;

/** How soon a worker that gave way to acknowledgements looks again. */
const YIELD_RECHECK_MS = 20;

/**
 * The longest a fetched job waits for acknowledgements to ease (or a quarter of its timeout, if shorter): a burst of
 * webhooks is acknowledged well within it, and the job keeps most of its timeout for its own work.
 */
const MAX_HOLD_MS = 5000;

/**
 * The job's own promise, or a timeout failure once pg-boss would count the job as expired; the work itself may carry
 * on (a handler cannot be cancelled), but its slot is free and the job is retried.
 */
function settleWithin<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  if (!(timeoutMs > 0)) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
