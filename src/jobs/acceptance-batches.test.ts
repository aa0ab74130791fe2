import { describe, expect, it } from 'vitest';
import { createBatcher } from './acceptance-batches.ts';

/** A store whose calls are held until the test lets them finish, recording the batches it was given. */
function heldStore() {
  const batches: number[][] = [];
  const pending: (() => void)[] = [];
  const store = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push(items);
      pending.push(() => (items.includes(-1) ? reject(new Error('the batch failed')) : resolve(items.map((item) => `stored ${item}`))));
    });
  const finishOne = async () => {
    pending.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { batches, store, finishOne };
}

describe('createBatcher', () => {
  it('stores a lone item at once, and gathers what arrives while the slots are busy into the next batch', async () => {
    const { batches, store, finishOne } = heldStore();
    const add = createBatcher(store, { maxBatch: 3, maxInFlight: 2 });
    const results = [1, 2, 3, 4, 5, 6].map((item) => add(item));
    await new Promise((resolve) => setImmediate(resolve));
    // Two slots: the first two items go alone, the rest wait.
    expect(batches).toEqual([[1], [2]]);
    await finishOne();
    // The freed slot takes the next three (the batch limit); the sixth waits for a slot.
    expect(batches).toEqual([[1], [2], [3, 4, 5]]);
    await finishOne();
    await finishOne();
    await finishOne();
    expect(batches).toEqual([[1], [2], [3, 4, 5], [6]]);
    expect(await Promise.all(results)).toEqual(['stored 1', 'stored 2', 'stored 3', 'stored 4', 'stored 5', 'stored 6']);
  });

  it('fails every caller of a failed batch, and only them', async () => {
    const { store, finishOne } = heldStore();
    const add = createBatcher(store, { maxBatch: 10, maxInFlight: 1 });
    const first = add(1);
    const inFailingBatch = Promise.allSettled([add(2), add(-1)]);
    await new Promise((resolve) => setImmediate(resolve));
    await finishOne();
    await finishOne();
    expect(await first).toBe('stored 1');
    const settled = await inFailingBatch;
    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    // The batcher goes on after a failure.
    const after = add(3);
    await new Promise((resolve) => setImmediate(resolve));
    await finishOne();
    expect(await after).toBe('stored 3');
  });

  it('fails the callers when the store throws before it returns a promise, or returns too few results', async () => {
    const throwing = createBatcher<number, string>(() => {
      throw new Error('no connection');
    }, { maxBatch: 5, maxInFlight: 1 });
    await expect(throwing(1)).rejects.toThrow('no connection');
    const short = createBatcher<number, string>(async () => ['only one'], { maxBatch: 5, maxInFlight: 1 });
    const [a, b, c] = [short(1), short(2), short(3)];
    expect(await a).toBe('only one');
    await expect(b).rejects.toThrow('a batch of 2 was stored with 1 results');
    await expect(c).rejects.toThrow('a batch of 2 was stored with 1 results');
  });
});
