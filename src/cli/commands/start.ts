import { loadConfig } from '../../config.ts';
import { startService } from '../../main.ts';

/** `credbot start`: runs until SIGTERM or SIGINT, then shuts down in order and exits 0. */
export async function runStart(): Promise<number> {
  const config = loadConfig();
  const service = await startService(config);
  process.stderr.write(
    config.SERVICE_ROLE === 'worker'
      ? `\ncredbot is running at ${service.url} as a worker: it runs the jobs and takes no requests (health: ${service.url}/healthz).\n\n`
      : `\ncredbot is running at ${service.url} (health: ${service.url}/healthz).\n` +
          `Try, in another terminal:\n  npx credbot ask "I never received my certificate, my email is maria.lopez@example.com"\n` +
          `(with the embedded database, stop this service first: one process owns ./data at a time)\n\n`,
  );
  await new Promise<void>((resolve) => {
    const onSignal = () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolve();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  await service.stop();
  return 0;
}
