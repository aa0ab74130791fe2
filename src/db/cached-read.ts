export interface CachedReadOptions {
  /** How old a read may be before the next caller reads again: how long a change made elsewhere takes to be seen. */
  maxAgeMs: number;
  now?: () => number;
}

/**
 * A setting staff change while the service runs (a channel's mode, the intent thresholds) is asked for by every
 * message job; a query per message would cost a round trip each in a burst, so one read is kept for `maxAgeMs`.
 * Concurrent callers share one read; a failed read is not kept (the job fails and is retried, and the next caller
 * reads again).
 */
export function createCachedRead<T>(read: () => Promise<T>, options: CachedReadOptions): () => Promise<T> {
  const now = options.now ?? Date.now;
  let cached: { readAt: number; value: Promise<T> } | null = null;
  return () => {
    const at = now();
    if (cached === null || at - cached.readAt >= options.maxAgeMs) {
      const entry = { readAt: at, value: read() };
      cached = entry;
      entry.value.catch(() => {
        if (cached === entry) cached = null;
      });
    }
    return cached.value;
  };
}
