/**
 * credbot's HTTP side alone, for the webhook benchmark's diagnosis: the same app, server and Zendesk route as
 * `credbot start` (src/main.ts), but no job workers in this process, so nothing competes with the
 * acknowledgement path for the event loop. Not how credbot runs; it tells how much of the gap to the floor is
 * the route itself and how much is the workers sharing its process. Same environment as `credbot start`.
 */
import { openApp } from '../../src/app.ts';
import { loadConfig, zendeskSettings } from '../../src/config.ts';
import { createHttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { startZendeskChannel } from '../../src/zendesk/zendesk-channel.ts';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const app = await openApp(config, logger, { runWorkers: false });
const server = createHttpServer({ database: app.database, logger });
const zendesk = zendeskSettings(config);
if (!zendesk) throw new Error('the Zendesk channel must be configured');
await startZendeskChannel(app, server, zendesk, { runWorkers: false });
const url = await server.listen({ port: config.PORT, host: config.HOST });
process.stderr.write(`credbot without workers listening on ${url}\n`);

process.once('SIGTERM', () => {
  void (async () => {
    await server.close();
    await app.queue.stop(1000);
    await app.close();
    process.exit(0);
  })();
});
