import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * In a process that both takes requests and runs jobs, the acknowledgements come first: a webhook that waits
 * for the CPU risks Zendesk's timeout and a redelivery, while a job can wait a moment. So while messages are
 * being accepted and the event loop is near saturation, a job waits before it starts (jobs already running
 * carry on). Once the loop has room again, or the acceptances stop, jobs start again. A process with only
 * workers (SERVICE_ROLE=worker) accepts nothing, so its jobs never wait.
 */
export interface AcknowledgementsFirst {
  /** Called for each accepted message. */
  noteAcceptance(): void;
  /** Resolves when a job may start (at once after `stop`, so a stopping process can finish its work). */
  jobTurn(): Promise<void>;
  stop(): void;
}

/** Share of the last sample interval the event loop was busy, above which jobs wait while acceptances flow. */
const BUSY_LOOP_SHARE = 0.75;
const SAMPLE_INTERVAL_MS = 100;
/** Acceptances this recent count as flowing. */
const ACCEPTANCE_WINDOW_MS = 250;
const WAIT_STEP_MS = 20;

export function startAcknowledgementsFirst(): AcknowledgementsFirst {
  let lastAcceptanceAt = Number.NEGATIVE_INFINITY;
  let loopBusy = false;
  let stopped = false;
  // Sampled only from the first acceptance on: a process that accepts nothing (a worker, the CLI) never needs it.
  let sampler: NodeJS.Timeout | undefined;
  const startSampling = () => {
    let previous = performance.eventLoopUtilization();
    sampler = setInterval(() => {
      const current = performance.eventLoopUtilization();
      loopBusy = performance.eventLoopUtilization(current, previous).utilization > BUSY_LOOP_SHARE;
      previous = current;
    }, SAMPLE_INTERVAL_MS);
    sampler.unref();
  };

  const acknowledgementsNeedTheLoop = () => !stopped && loopBusy && performance.now() - lastAcceptanceAt < ACCEPTANCE_WINDOW_MS;

  return {
    noteAcceptance() {
      lastAcceptanceAt = performance.now();
      if (sampler === undefined && !stopped) startSampling();
    },
    async jobTurn() {
      while (acknowledgementsNeedTheLoop()) await sleep(WAIT_STEP_MS);
    },
    stop() {
      stopped = true;
      clearInterval(sampler);
    },
  };
}
