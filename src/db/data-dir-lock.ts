import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CredbotError } from '../core/errors.ts';
import type { HolderReport, HolderRequest, HolderSettings } from './data-dir-lock-holder.ts';

/**
 * How long a lock nobody refreshes still holds: what a restart after a crash (SIGKILL, out of memory) waits at
 * most, and what a second process waits before it says the directory is in use.
 */
const STALE_LOCK_MS = 5_000;
/** How often the owner refreshes its lock. */
const REFRESH_MS = 1_000;

/**
 * PGlite has no server to arbitrate between processes: two opening one directory corrupt it. The owner keeps a
 * lock (proper-lockfile: a folder whose time it refreshes every second, from a thread of its own); a lock left
 * refreshed by no one for STALE_LOCK_MS is taken over. Nothing rests on process ids, which a restarted container
 * hands out again (pid 1, every time). Returns the release function.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const holder = startHolder({ dataDir, staleMs: STALE_LOCK_MS, refreshMs: REFRESH_MS });
  const [first] = (await once(holder, 'message')) as [HolderReport];
  if (first.kind !== 'locked') {
    await holder.terminate();
    const owner = first.kind === 'held' && first.ownerPid !== null ? ` (pid ${first.ownerPid})` : '';
    throw new CredbotError(
      'data_dir_locked',
      `The embedded database in ${dataDir} is in use by another credbot process${owner}. ` +
        'Stop it first, or point DATA_DIR elsewhere, or set DATABASE_URL to share a PostgreSQL server.',
    );
  }
  holder.on('message', (report: HolderReport) => {
    if (report.kind === 'lost') stopAtOnce(dataDir, report.reason);
  });
  // A held lock does not keep a finished process alive; one that exits without releasing it leaves it to go stale.
  holder.unref();
  return async () => {
    holder.ref();
    holder.postMessage({ kind: 'release' } satisfies HolderRequest);
    await once(holder, 'exit');
  };
}

/**
 * Another process may have the data open by now: closing ours (a checkpoint) or going on would write into files it
 * owns. So nothing is cleaned up.
 */
function stopAtOnce(dataDir: string, reason: string): never {
  process.stderr.write(
    `credbot: lost the lock on the embedded database in ${dataDir}: another process took it over or removed it (${reason}). ` +
      'Stopping at once, without closing the database.\n',
  );
  process.exit(3);
}

/**
 * Node 20 runs no TypeScript, and a worker does not inherit the main thread's tsx hooks: run from source (tests,
 * `npm run dev`), the worker registers tsx before it loads the holder.
 */
const WORKER_BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.typescriptLoader) (await import(workerData.typescriptLoader)).register();
  await import(workerData.holderModule);
})();`;

function startHolder(settings: HolderSettings): Worker {
  const extension = path.extname(fileURLToPath(import.meta.url));
  const holderModule = new URL(`./data-dir-lock-holder${extension}`, import.meta.url).href;
  const typescriptLoader = extension === '.ts' ? import.meta.resolve('tsx/esm/api') : null;
  return new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { ...settings, holderModule, typescriptLoader } });
}
