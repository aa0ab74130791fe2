import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type AcknowledgementsFirst, startAcknowledgementsFirst } from './acknowledgements-first.ts';

/** Keeps the event loop busy about 90% of the time, as a flood of requests would, until stopped. */
function saturateLoop(): () => void {
  const timer = setInterval(() => {
    const until = performance.now() + 18;
    while (performance.now() < until) {
      // spin
    }
  }, 2);
  return () => clearInterval(timer);
}

describe('acknowledgements first', () => {
  let gate: AcknowledgementsFirst | undefined;
  afterEach(() => gate?.stop());

  /**
   * After 300 ms of `conditions` (each returns its own stop), a job's turn comes at once: before the event loop
   * turns even once (a job that waits, waits on a timer), whatever the machine's speed.
   */
  async function expectJobStartsAtOnce(...conditions: (() => () => void)[]): Promise<void> {
    const stops = conditions.map((start) => start());
    try {
      await sleep(300);
      const nextTurnOfTheLoop = new Promise<string>((resolve) => setImmediate(() => resolve('waited for the loop')));
      const turn = (gate as AcknowledgementsFirst).jobTurn().then(() => 'at once');
      expect(await Promise.race([turn, nextTurnOfTheLoop])).toBe('at once');
    } finally {
      for (const stop of stops) stop();
    }
  }
  const acceptMessages = () => {
    const accepting = setInterval(() => gate?.noteAcceptance(), 10);
    return () => clearInterval(accepting);
  };

  it('lets a job start at once when nothing is being accepted, however busy the loop', async () => {
    gate = startAcknowledgementsFirst();
    await expectJobStartsAtOnce(saturateLoop);
  });

  it('lets a job start at once while messages are accepted if the loop has room', async () => {
    gate = startAcknowledgementsFirst();
    await expectJobStartsAtOnce(acceptMessages);
  });

  it('holds jobs back while messages are accepted on a busy loop, and lets them go when acceptances stop', async () => {
    gate = startAcknowledgementsFirst();
    const stopSaturating = saturateLoop();
    const stopAccepting = acceptMessages();
    let started = false;
    try {
      await sleep(300);
      void gate.jobTurn().then(() => {
        started = true;
      });
      await sleep(500);
      expect(started).toBe(false);
    } finally {
      stopAccepting();
    }
    try {
      // The acceptance window passes, so the job starts though the loop is still busy.
      const deadline = performance.now() + 2_000;
      while (!started && performance.now() < deadline) await sleep(20);
      expect(started).toBe(true);
    } finally {
      stopSaturating();
    }
  });

  it('lets a waiting job go once stopped, though messages are still accepted on a busy loop', async () => {
    gate = startAcknowledgementsFirst();
    const stopSaturating = saturateLoop();
    const stopAccepting = acceptMessages();
    try {
      await sleep(300);
      let started = false;
      const turn = gate.jobTurn().then(() => {
        started = true;
      });
      await sleep(100);
      expect(started).toBe(false);
      gate.stop();
      // Resolves, or the test times out.
      await turn;
      expect(started).toBe(true);
    } finally {
      stopAccepting();
      stopSaturating();
    }
  });
});
