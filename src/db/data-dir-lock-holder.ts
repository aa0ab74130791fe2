import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import lockfile from 'proper-lockfile';

/**
 * The worker thread that takes and keeps the data directory's lock for src/db/data-dir-lock.ts. A thread of its
 * own, because proper-lockfile keeps a lock by refreshing its time every `refreshMs`, and PGlite runs each query
 * on the main thread without yielding to it: building the indexes after a large import holds it for seconds.
 */

export interface HolderSettings {
  dataDir: string;
  /** A lock not refreshed for this long is taken over. */
  staleMs: number;
  refreshMs: number;
}

export type HolderReport =
  | { kind: 'locked' }
  /** The lock is being refreshed by another process; its pid as that process wrote it, when readable. */
  | { kind: 'held'; ownerPid: number | null }
  /** Another process took the lock over, or its folder went: this process must stop using the data at once. */
  | { kind: 'lost'; reason: string };

/** Once the lock is taken, the one request: release it (the thread then ends). */
export type HolderRequest = { kind: 'release' };

/** The lock: a folder, created atomically, whose time the owner refreshes. */
export const LOCK_FOLDER = 'pglite.lock';
/** The owner's pid, for the message to whoever finds the lock held; nothing rests on it. */
const OWNER_FILE = 'credbot.pid';
const RETRY_EVERY_MS = 250;

async function holdLock(settings: HolderSettings, report: (message: HolderReport) => void): Promise<void> {
  const { dataDir, staleMs, refreshMs } = settings;
  const ownerFile = path.join(dataDir, OWNER_FILE);
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, LOCK_FOLDER),
      // The data directory is the thing locked; it is not resolved again (it exists: the caller made it).
      realpath: false,
      stale: staleMs,
      update: refreshMs,
      // Tried until the lock has had time to go stale: a lock still held then is refreshed by a live process.
      retries: { retries: Math.ceil((staleMs + 2 * refreshMs) / RETRY_EVERY_MS), factor: 1, minTimeout: RETRY_EVERY_MS, maxTimeout: RETRY_EVERY_MS },
      onCompromised: (error) => report({ kind: 'lost', reason: error.message }),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    const ownerPid = Number.parseInt(await readFile(ownerFile, 'utf8').catch(() => ''), 10);
    report({ kind: 'held', ownerPid: Number.isInteger(ownerPid) ? ownerPid : null });
    return;
  }
  await writeFile(ownerFile, String(process.pid));
  report({ kind: 'locked' });

  parentPort?.once('message', async (_release: HolderRequest) => {
    await rm(ownerFile, { force: true });
    await release();
  });
}

if (parentPort) {
  const port = parentPort;
  // A failure (EACCES, say) reaches the main thread as the worker's 'error' event.
  void holdLock(workerData as HolderSettings, (message) => port.postMessage(message));
}
