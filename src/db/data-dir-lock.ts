import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { CredbotError } from '../core/errors.ts';

const LOCK_FILE = 'credbot.lock';

/**
 * PGlite has no server to arbitrate between processes: two opening one directory corrupt it. A lock file
 * holding the owner's pid keeps the second one out; a lock whose process is gone (a crash) is taken over.
 * Returns the release function.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && isProcessAlive(owner)) {
        throw new CredbotError(
          'data_dir_locked',
          `The embedded database in ${dataDir} is in use by another credbot process (pid ${owner}). ` +
            'Stop it first, or point DATA_DIR elsewhere, or set DATABASE_URL to share a PostgreSQL server.',
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new CredbotError('data_dir_locked', `Could not lock ${lockPath}: another process keeps taking it.`);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
