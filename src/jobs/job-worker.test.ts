import type PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { type JobWorkerDeps, startJobWorker } from './job-worker.ts';

/** A stand-in for the job queue's ledger, holding jobs in memory. */
function jobsInMemory(ids: string[]) {
  const waiting = [...ids];
  const calls = { fetch: 0, completed: [] as string[] };
  const jobs: JobWorkerDeps['jobs'] = {
    fetch: async (_queue, batchSize) => {
      calls.fetch += 1;
      return waiting.splice(0, batchSize).map((id) => ({ id, data: {}, retryCount: 0, retryLimit: 2, expireInSeconds: 60 }) as unknown as PgBoss.JobWithMetadata<object>);
    },
    complete: async (_queue, jobIds) => {
      calls.completed.push(...jobIds);
    },
    fail: async () => undefined,
  };
  return { jobs, calls };
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
    let release: () => void = () => undefined;
    const worker = startJobWorker(
      { queue: 'q', concurrency: 1, pollingIntervalSeconds: 60 },
      {
        jobs,
        logger: createLogger('silent'),
        handler: () => new Promise<void>((resolve) => (release = resolve)),
        // Acknowledgements start flowing once the first job is under way.
        yieldsToAcknowledgements: () => calls.fetch > 0,
      },
    );
    await until(() => calls.fetch === 1);
    release();
    await until(() => calls.completed.length === 1);
    expect(calls.completed).toEqual(['a']);
    expect(calls.fetch).toBe(1);
    await worker.stop(1000);
  });
});
