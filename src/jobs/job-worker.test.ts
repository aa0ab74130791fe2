import type PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { type JobWorkerDeps, startJobWorker } from './job-worker.ts';

/** A stand-in for the job queue's ledger, holding jobs in memory. */
function jobsInMemory(ids: string[], expireInSeconds = 60) {
  const waiting = [...ids];
  const calls = { fetch: 0, completed: [] as string[] };
  const jobs: JobWorkerDeps['jobs'] = {
    fetch: async (_queue, batchSize) => {
      calls.fetch += 1;
      return waiting.splice(0, batchSize).map((id) => ({ id, data: {}, retryCount: 0, retryLimit: 2, expireInSeconds }) as unknown as PgBoss.JobWithMetadata<object>);
    },
    complete: async (_queue, jobIds) => {
      calls.completed.push(...jobIds);
    },
    fail: async () => undefined,
  };
  return { jobs, calls };
}

/** A worker with one slot over `jobs`, logging nothing. */
function oneSlotWorker(jobs: JobWorkerDeps['jobs'], handler: JobWorkerDeps['handler'], yieldsToAcknowledgements: () => boolean) {
  return startJobWorker({ queue: 'q', concurrency: 1, pollingIntervalSeconds: 60 }, { jobs, logger: createLogger('silent'), handler, yieldsToAcknowledgements });
}

/** A give-way rule that holds from the first fetch on, while `holding` says so, and counts how often it was asked since. */
function givingWayAfterFetch(calls: { fetch: number }, holding: () => boolean = () => true) {
  const givingWay = {
    looksSinceFetch: 0,
    rule: () => {
      if (calls.fetch === 0) return false;
      givingWay.looksSinceFetch += 1;
      return holding();
    },
  };
  return givingWay;
}

function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (condition() ? resolve() : setImmediate(check));
    check();
  });
}

describe('a job worker', () => {
  it('fetches no job while the process gives way to acknowledgements, and runs them once it stops giving way', async () => {
    const { jobs, calls } = jobsInMemory(['a', 'b', 'c']);
    const ran: string[] = [];
    let acknowledging = true;
    let asked = 0;
    const worker = startJobWorker(
      { queue: 'q', concurrency: 2, pollingIntervalSeconds: 60 },
      {
        jobs,
        logger: createLogger('silent'),
        handler: async (data) => {
          ran.push(JSON.stringify(data));
        },
        yieldsToAcknowledgements: () => {
          asked += 1;
          return acknowledging;
        },
      },
    );
    // It keeps looking (a timer, not the minute-long poll) without fetching.
    await until(() => asked >= 3);
    expect(calls.fetch).toBe(0);
    expect(ran).toEqual([]);

    acknowledging = false;
    await until(() => calls.completed.length === 3);
    expect(ran).toHaveLength(3);
    await worker.stop(1000);
  });

  it('still marks finished jobs completed while it gives way, and fetches nothing more meanwhile', async () => {
    const { jobs, calls } = jobsInMemory(['a', 'b']);
    let release: (() => void) | undefined;
    const worker = startJobWorker(
      { queue: 'q', concurrency: 1, pollingIntervalSeconds: 60 },
      {
        jobs,
        logger: createLogger('silent'),
        handler: () => new Promise<void>((resolve) => (release = resolve)),
        // Acknowledgements start flowing once the first job is under way.
        yieldsToAcknowledgements: () => release !== undefined,
      },
    );
    await until(() => release !== undefined);
    release!();
    await until(() => calls.completed.length === 1);
    expect(calls.completed).toEqual(['a']);
    expect(calls.fetch).toBe(1);
    await worker.stop(1000);
  });

  it('holds a job it fetched before the process began to give way, and starts it once the way is clear', async () => {
    const { jobs, calls } = jobsInMemory(['a']);
    let acknowledging = true;
    const givingWay = givingWayAfterFetch(calls, () => acknowledging);
    let runs = 0;
    const worker = oneSlotWorker(jobs, async () => void (runs += 1), givingWay.rule);
    await until(() => givingWay.looksSinceFetch >= 3);
    expect(runs).toBe(0);

    acknowledging = false;
    await until(() => calls.completed.length === 1);
    expect(runs).toBe(1);
    await worker.stop(1000);
  });

  it('holds a fetched job for a quarter of its timeout at most, however long the process gives way', async () => {
    // A 0.2 s timeout: the job waits 50 ms for its turn, then runs although acknowledgements still flow.
    const { jobs, calls } = jobsInMemory(['a'], 0.2);
    const givingWay = givingWayAfterFetch(calls);
    let looksBeforeItRan = 0;
    const worker = oneSlotWorker(jobs, async () => void (looksBeforeItRan = givingWay.looksSinceFetch), givingWay.rule);
    await until(() => calls.completed.length === 1);
    expect(calls.completed).toEqual(['a']);
    // Looked again every 20 ms or less often: a few looks in 50 ms; a hold of the 5 s cap would take about 250.
    expect(looksBeforeItRan).toBeGreaterThan(1);
    expect(looksBeforeItRan).toBeLessThan(50);
    await worker.stop(1000);
  });

  it('starts a held job at once when it stops, so that stopping does not wait out the hold', async () => {
    const { jobs, calls } = jobsInMemory(['a']);
    const givingWay = givingWayAfterFetch(calls);
    let runs = 0;
    const worker = oneSlotWorker(jobs, async () => void (runs += 1), givingWay.rule);
    await until(() => givingWay.looksSinceFetch >= 1);
    expect(runs).toBe(0);
    // The hold would last 5 s (a quarter of 60 s is longer): stopping within 1 s means it was cut short.
    await worker.stop(1000);
    expect(runs).toBe(1);
    expect(calls.completed).toEqual(['a']);
  });
});
