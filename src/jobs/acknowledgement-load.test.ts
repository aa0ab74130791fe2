import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type AcknowledgementLoad, BURST_IN_FLIGHT, watchAcknowledgementLoad } from './acknowledgement-load.ts';

describe('the acknowledgement load the workers give way to', () => {
  let load: AcknowledgementLoad | undefined;
  afterEach(() => load?.stop());

  it('asks the jobs to wait while a burst of acceptances is being stored, and no longer once it is', () => {
    load = watchAcknowledgementLoad();
    const stored = Array.from({ length: BURST_IN_FLIGHT - 1 }, () => load!.accepting());
    expect(load.needTheLoop()).toBe(false);

    const last = load.accepting();
    expect(load.needTheLoop()).toBe(true);

    last();
    expect(load.needTheLoop()).toBe(false);
    // Settling the same acceptance twice counts once.
    last();
    load.accepting();
    expect(load.needTheLoop()).toBe(true);
    for (const done of stored) done();
    expect(load.needTheLoop()).toBe(false);
  });

  it('asks the jobs to wait while acceptances flow on an event loop near saturation, and lets them go once it has room', async () => {
    load = watchAcknowledgementLoad();
    load.accepting()();
    // The loop busy for three of its samples, then one more acceptance.
    const busyUntil = performance.now() + 300;
    while (performance.now() < busyUntil) {
      // Spinning: the event loop does nothing else meanwhile.
    }
    load.accepting()();
    // The sample overdue by now runs before a timer set after it.
    await sleep(1);
    expect(load.needTheLoop()).toBe(true);

    // An idle loop lets the jobs go at its next sample (100 ms), before the flow window (250 ms) would: so a new
    // acceptance then finds them free, which it would not if the sample had not turned.
    while (load.needTheLoop()) await sleep(20);
    load.accepting()();
    expect(load.needTheLoop()).toBe(false);
  });

  it('never asks once stopped, whatever is in flight', () => {
    load = watchAcknowledgementLoad();
    for (let index = 0; index < BURST_IN_FLIGHT; index += 1) load.accepting();
    expect(load.needTheLoop()).toBe(true);
    load.stop();
    expect(load.needTheLoop()).toBe(false);
  });
});
