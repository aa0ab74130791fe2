import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FOLDER } from '../src/db/data-dir-lock-holder.ts';
import { startCredbot } from './helpers/child-process.ts';

/**
 * Runs a command as pid 1 of a PID namespace of its own, as in a container. The launcher ignores SIGTERM; when it
 * is killed, the command gets `signal`. Needs the right to create namespaces (root, or unprivileged user namespaces).
 */
const asPid1 = (signal: 'SIGKILL' | 'SIGTERM') => ['unshare', '--pid', '--fork', '--mount-proc', `--kill-child=${signal}`];
const canRunAsPid1 = spawnSync('unshare', [...asPid1('SIGKILL').slice(1), 'true']).status === 0;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// The lock guards the embedded database only.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the embedded data directory lock', () => {
  it.skipIf(!canRunAsPid1)('is taken over by a restart with the pid of the owner it killed (pid 1 in a container)', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'credbot-lock-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir, LOAD_DEMO_DATA: 'false' };

    const killed = await startCredbot(env, 60_000, asPid1('SIGKILL'));
    await killed.stop('SIGKILL');

    // Pid 1 again: the lock left behind names this very process as its owner.
    const restarted = await startCredbot(env, 60_000, asPid1('SIGTERM'));
    cleanups.push(() => restarted.stop('SIGKILL'));
    expect(restarted.url).toMatch(/^http:/);

    // Killing the launcher stops the service with SIGTERM; a clean stop releases the lock, so the next start need not wait.
    await restarted.stop('SIGKILL');
    await until(() => !existsSync(path.join(dataDir, LOCK_FOLDER)));
  }, 150_000);

  it('stops its owner at once when another process takes it over', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'credbot-lock-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const service = await startCredbot({ DATA_DIR: dataDir, LOAD_DEMO_DATA: 'false' }, 60_000);
    cleanups.push(() => service.stop('SIGKILL'));

    // What a takeover does to a lock it finds stale (this one is not: a process stalled past the stale time).
    const lockFolder = path.join(dataDir, LOCK_FOLDER);
    await rm(lockFolder, { recursive: true });
    await mkdir(lockFolder);

    expect(await service.exited).toBe(3);
    expect(service.output()).toContain(`credbot: lost the lock on the embedded database in ${dataDir}`);
    expect(service.output()).not.toContain('credbot stopped');
  });
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
