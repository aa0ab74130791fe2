import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// The queue postgres.js keeps its connections and waiting queries in, as patched in patches/ (not exported by the
// package, so imported by path): a queue that never empties drops what it shifted out instead of growing.
// @ts-expect-error: the module has no type declarations
import Queue from '../node_modules/postgres/src/queue.js';

interface PostgresQueue<T> {
  readonly length: number;
  push(item: T): T;
  shift(): T | undefined;
  remove(item: T): T | null;
}

const newQueue = <T>(): PostgresQueue<T> => (Queue as () => PostgresQueue<T>)();

describe('postgres.js queue (patched)', () => {
  it('keeps order, length and removal right in a queue that never empties', () => {
    const queue = newQueue<object>();
    const model: object[] = [];
    const items = Array.from({ length: 8 }, (_, n) => ({ n }));
    for (const item of items.slice(0, 3)) {
      queue.push(item);
      model.push(item);
    }
    // Far past the point where the patch drops the shifted part (1,024 shifts), several times over.
    for (let step = 0; step < 10_000; step++) {
      const next = items[step % items.length]!;
      if (!model.includes(next)) {
        queue.push(next);
        model.push(next);
      }
      if (step % 7 === 0 && model.length > 3) {
        const removed = model.splice(1, 1)[0]!;
        expect(queue.remove(removed)).toBe(removed);
      }
      // Never down to empty, which would reset the queue the old way.
      if (model.length > 2) expect(queue.shift()).toBe(model.shift());
      expect(queue.length).toBe(model.length);
    }
    expect(queue.remove({ n: -1 })).toBeNull();
  });

  it('does not grow while it never empties', () => {
    // The garbage collector on demand, so the heap is measured without the garbage of the loop.
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const queue = newQueue<number>();
    queue.push(0);
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let n = 1; n <= 1_000_000; n++) {
      queue.push(n);
      queue.shift();
    }
    collectGarbage();
    // Unpatched, the array keeps a slot for each of the million items shifted out: about 10 MB.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(2_000_000);
    expect(queue.length).toBe(1);
    expect(queue.shift()).toBe(1_000_000);
  });

  it('finds nothing it already shifted out', () => {
    const queue = newQueue<string>();
    queue.push('a');
    queue.push('b');
    expect(queue.shift()).toBe('a');
    expect(queue.remove('a')).toBeNull();
    expect(queue.remove('b')).toBe('b');
    expect(queue.length).toBe(0);
  });
});
