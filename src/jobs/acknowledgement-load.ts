import { performance } from 'node:perf_hooks';

/**
 * In a process that both acknowledges messages and runs jobs, the acknowledgements come first: a webhook that
 * waits for the CPU risks the sender's timeout and a redelivery, while a job can wait a moment. The workers give
 * way (start no job) while either
 * - a burst is being accepted: BURST_IN_FLIGHT or more acceptances not yet stored. Seen at once, where the event
 *   loop's load is only seen a sample later, after a burst of webhooks may already have been drained, with the
 *   jobs started meanwhile in its way. A threshold rather than any acceptance at all: a steady trickle over a slow
 *   disk keeps one or two waiting on their commit while the CPU is idle, and must not stop the jobs; or
 * - acceptances flow and the event loop is near saturation: a steady stream beyond what the process can also work
 *   through.
 * They catch up once the burst is stored or the loop has room. A process that accepts nothing (a worker, a
 * command) never samples the loop, and its workers never give way.
 */
export interface AcknowledgementLoad {
  /** A message is being accepted: call what this returns once it is stored, or failed to be. */
  accepting(): () => void;
  /** True while jobs should not start. */
  needTheLoop(): boolean;
  stop(): void;
}

export function watchAcknowledgementLoad(): AcknowledgementLoad {
  let lastAcceptanceAt = Number.NEGATIVE_INFINITY;
  let inFlight = 0;
  let loopBusy = false;
  let sampler: NodeJS.Timeout | undefined;
  let stopped = false;
  const startSampling = () => {
    let previous = performance.eventLoopUtilization();
    sampler = setInterval(() => {
      const current = performance.eventLoopUtilization();
      loopBusy = performance.eventLoopUtilization(current, previous).utilization > BUSY_LOOP_SHARE;
      previous = current;
    }, LOOP_SAMPLE_INTERVAL_MS);
    sampler.unref();
  };
  return {
    accepting() {
      inFlight += 1;
      lastAcceptanceAt = performance.now();
      if (sampler === undefined && !stopped) startSampling();
      let settled = false;
      return () => {
        if (settled) return;
        settled = true;
        inFlight -= 1;
      };
    },
    needTheLoop: () =>
      !stopped && (inFlight >= BURST_IN_FLIGHT || (loopBusy && performance.now() - lastAcceptanceAt < ACCEPTANCES_FLOW_MS)),
    stop() {
      stopped = true;
      clearInterval(sampler);
    },
  };
}

/** Acceptances not yet stored, from which on they are a burst. */
export const BURST_IN_FLIGHT = 16;
/** Share of the last sample interval the event loop was busy, above which jobs wait while acceptances flow. */
const BUSY_LOOP_SHARE = 0.75;
const LOOP_SAMPLE_INTERVAL_MS = 100;
/** Acceptances this recent count as flowing. */
const ACCEPTANCES_FLOW_MS = 250;
