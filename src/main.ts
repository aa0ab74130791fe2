import { openApp, type OpenAppOptions } from './app.ts';
import { type Config, zendeskSettings } from './config.ts';
import { createHttpServer } from './http/server.ts';
import { createLogger } from './logger.ts';
import { startZendeskChannel } from './zendesk/zendesk-channel.ts';

/** How long in-flight jobs get to finish on SIGTERM before they are released back to the queue. */
const SHUTDOWN_JOB_GRACE_MS = 20_000;

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

/**
 * The composition root of the service: config → logger → app (database, queue, mail, core) → HTTP server.
 * Shuts down in reverse: stop taking requests, finish or release jobs, close the database.
 */
export async function startService(
  config: Config,
  options: Pick<OpenAppOptions, 'database' | 'pollingIntervalSeconds'> = {},
): Promise<RunningService> {
  const logger = createLogger(config.LOG_LEVEL);
  const app = await openApp(config, logger, { runWorkers: true, ...options });
  const server = createHttpServer({ database: app.database, logger });
  let url: string;
  try {
    const zendesk = zendeskSettings(config);
    if (zendesk) await startZendeskChannel(app, server, zendesk, { runWorkers: true });
    else logger.info('Zendesk channel off: set ZENDESK_SUBDOMAIN (or ZENDESK_API_URL), credentials and ZENDESK_WEBHOOK_SECRET to turn it on');
    url = await server.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    await app.close();
    throw error;
  }
  logger.info(
    { url, database: app.database.location, mail: app.mailer.description },
    `credbot listening on ${url}`,
  );

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await server.close();
      await app.queue.stop(SHUTDOWN_JOB_GRACE_MS);
      await app.close();
      logger.info('credbot stopped');
    })();
    return stopping;
  };
  return { url, stop };
}
