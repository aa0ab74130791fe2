import { setFlagsFromString } from 'node:v8';
import { loadConfig } from '../../config.ts';
import { startService } from '../../main.ts';

/**
 * Under a burst V8 lets the old space grow to several times the live heap, so the peak resident memory is mostly
 * garbage waiting for a full collection. Growing it by at most 100% at a time keeps the peak lower for about the
 * same CPU (figures: docs/performance.md). V8 reads this flag at each resize, so setting it here, before the heap grows, takes effect; it
 * cannot go in NODE_OPTIONS. A value given on node's command line wins.
 */
const HEAP_GROWING_PERCENT = 100;

function limitHeapGrowth(): void {
  if (process.execArgv.some((argument) => argument.startsWith('--heap-growing-percent') || argument.startsWith('--heap_growing_percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * Resolves on the first SIGTERM or SIGINT. Listening starts before the service does: a signal that arrives while
 * it starts (a supervisor stopping it at once, a test that stops it as soon as it says it listens) must still
 * shut it down in order rather than kill it.
 */
function nextStopSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const onSignal = () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

/** `credbot start`: runs until SIGTERM or SIGINT, then shuts down in order and exits 0. */
export async function runStart(): Promise<number> {
  const config = loadConfig();
  limitHeapGrowth();
  const stopSignal = nextStopSignal();
  const service = await startService(config);
  process.stderr.write(
    config.SERVICE_ROLE === 'worker'
      ? `\ncredbot is running at ${service.url} as a worker: it runs the jobs and takes no requests (health: ${service.url}/healthz).\n\n`
      : `\ncredbot is running at ${service.url} (health: ${service.url}/healthz).\n` +
          `Try, in another terminal:\n  npx credbot ask "I never received my certificate, my email is maria.lopez@example.com"\n` +
          `(with the embedded database, stop this service first: one process owns ./data at a time)\n\n`,
  );
  await stopSignal;
  await service.stop();
  return 0;
}
