export interface BatchLimits {
  /** The most items one batch stores. */
  maxBatch: number;
  /** The most batches being stored at once; what arrives meanwhile waits and goes in the next batch. */
  maxInFlight: number;
}

/**
 * Items that arrive while earlier ones are being stored share the next `store` call: under a stream of
 * acknowledgements, one transaction and one commit stores many messages' jobs instead of one each. A lone item is
 * stored at once (no timer, no added wait). Each caller's promise settles with its own item's result once its batch
 * is stored, or with the batch's error: a batch is stored whole or not at all, as one transaction.
 */
export function createBatcher<Item, Result>(store: (items: Item[]) => Promise<Result[]>, limits: BatchLimits): (item: Item) => Promise<Result> {
  interface Waiting {
    item: Item;
    resolve(result: Result): void;
    reject(error: unknown): void;
  }
  const waiting: Waiting[] = [];
  let inFlight = 0;

  const startBatch = () => {
    while (inFlight < limits.maxInFlight && waiting.length > 0) {
      const batch = waiting.splice(0, limits.maxBatch);
      inFlight += 1;
      // Through a promise, so that a store throwing at once fails its batch's callers, not the caller of add.
      Promise.resolve()
        .then(() => store(batch.map((entry) => entry.item)))
        .then((results) => {
          if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} was stored with ${results.length} results`);
          batch.forEach((entry, index) => entry.resolve(results[index] as Result));
        })
        .catch((error: unknown) => {
          for (const entry of batch) entry.reject(error);
        })
        .finally(() => {
          inFlight -= 1;
          startBatch();
        });
    }
  };

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      startBatch();
    });
}
