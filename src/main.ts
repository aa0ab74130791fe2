import type { FastifyInstance } from 'fastify';
import { type App, openApp, type OpenAppOptions } from './app.ts';
import type { ChannelDeps, ChannelWiring } from './channel-wiring.ts';
import { type Config, ConfigError, type ServiceRole } from './config.ts';
import { createConsoleChannelModes, createConsoleIntentThresholds } from './console/run-time-settings.ts';
import { registerMetricsRoute } from './http/metrics-route.ts';
import { createHttpServer } from './http/server.ts';
import { CredbotError } from './core/errors.ts';
import { isConnectionLoss } from './db/connection-errors.ts';
import { createConversationRecords } from './db/conversation-records.ts';
import { createReplyRecords } from './db/reply-records.ts';
import { slackReplyClaimLeaseSeconds } from './jobs/claim-leases.ts';
import { channelJobPolicy } from './jobs/job-queue.ts';
import { REPLY_QUEUE_BY_CHANNEL, type ReplyJob } from './jobs/delivery-queues.ts';
import { createLogger, type Logger } from './logger.ts';

/** How long in-flight jobs get to finish on SIGTERM before they are released back to the queue. */
const SHUTDOWN_JOB_GRACE_MS = 20_000;
/**
 * A worker process learns of new jobs by polling (the web process's nudges stay in that process): pg-boss's
 * shortest interval, so a learner waits at most this much longer per step than with one process.
 */
const WORKER_ROLE_POLLING_SECONDS = 0.5;

/**
 * pg-boss 10 completes and fails jobs without awaiting the query, so a dropped database connection surfaces as
 * an unhandled rejection. That job is safe (it expires and is retried; our handlers are idempotent), so such a
 * rejection is logged and the service carries on; any other unhandled rejection is a bug and stops the process.
 */
function survivePostgresConnectionLoss(logger: Logger): void {
  if (process.listenerCount('unhandledRejection') > 0) return;
  process.on('unhandledRejection', (reason) => {
    if (isConnectionLoss(reason)) {
      logger.error({ err: reason }, 'database connection lost during a background query; the job will be retried');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled promise rejection');
    process.exit(1);
  });
}

/**
 * Whether this machine has HOST's address is known only once the server tries to listen: an address of another
 * machine, or a name that does not resolve, is a bad setting like any other (exit 2, naming it).
 */
function describeListenFailure(error: NodeJS.ErrnoException, config: Config): Error {
  const host = `HOST=${JSON.stringify(config.HOST)}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return new CredbotError('address_in_use', `Port ${config.PORT} on ${config.HOST} is already in use: stop what holds it, or set PORT.`);
    case 'EADDRNOTAVAIL':
      return new ConfigError([`${host}: no network interface of this machine has this address (0.0.0.0 listens on all of them)`]);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ConfigError([`${host}: this name does not resolve to an address (0.0.0.0 listens on all of them)`]);
    default:
      return error;
  }
}

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

/**
 * Wires what a channel adds (src/channel-wiring.ts), as the role has it: its queues are defined everywhere (a web
 * process accepts into them), their workers run where jobs run, its routes open where requests are taken.
 */
async function wireChannel(wiring: ChannelWiring, app: App, server: FastifyInstance, role: ServiceRole): Promise<void> {
  const { config, queue } = app;
  const replyQueue = REPLY_QUEUE_BY_CHANNEL[wiring.channel];
  if (replyQueue === undefined) throw new Error(`the ${wiring.channel} channel has no reply queue`);
  // The API clients retry within a call; the job's retries, doubling from the delay, outlast an outage of hours.
  const policy = channelJobPolicy(config.CHANNEL_MAX_ATTEMPTS, config.CHANNEL_RETRY_DELAY_SECONDS, config.JOB_TIMEOUT_SECONDS);
  await queue.define(wiring.messages.queue, policy);
  await queue.define(replyQueue, policy);
  for (const { name, check, neededBy } of wiring.readiness) {
    if (role.runWorkers || neededBy === 'every role') app.readiness.add(name, check);
  }
  if (role.runWorkers) {
    await queue.work(wiring.messages.queue, wiring.messages.handle);
    // The decision's transaction scheduled it (src/app.ts), its id the request's.
    await queue.work(replyQueue, (job, attempt) => wiring.answer((job as ReplyJob).requestId, attempt));
  }
  if (!role.acceptRequests) return;
  const opened = await wiring.takeRequests(server, async (message, key) => {
    // The idempotency key: the channel and its own id for the delivery.
    const created = await queue.accept(wiring.messages.queue, message, `${wiring.channel}:${key}`);
    if (created) queue.nudgeWorkers();
    return created;
  });
  // A Socket Mode connection closes with the server, even one that never listened.
  if (opened) server.addHook('onClose', () => opened.close());
}

/** What the channels are handed: the core and the ports their workers use, over this app's database. */
function channelDeps(app: App): ChannelDeps {
  return {
    languages: { default: app.config.DEFAULT_LANGUAGE, staff: app.config.STAFF_LANGUAGE },
    logger: app.logger,
    metrics: app.metrics,
    handleMessage: app.handleMessage,
    channelModes: app.channelModes,
    conversations: createConversationRecords(app.database.db),
    replies: createReplyRecords(app.database),
  };
}

/**
 * The composition root of the service: config → logger → app (database, queue, mail, core) → channels → HTTP
 * server. Shuts down in reverse: stop taking requests, finish or release jobs, close the database.
 */
export async function startService(
  config: Config,
  options: Pick<OpenAppOptions, 'database' | 'pollingIntervalSeconds' | 'channelModeMaxAgeMs'> & { logDestination?: NodeJS.WritableStream } = {},
): Promise<RunningService> {
  const role = config.serviceRole;
  const { logDestination, ...appOptions } = options;
  const logger = createLogger(config.LOG_LEVEL, logDestination);
  survivePostgresConnectionLoss(logger);
  const app = await openApp(config, logger, {
    runWorkers: role.runWorkers,
    runSchedules: role.runWorkers,
    ...(role.acceptRequests ? {} : { pollingIntervalSeconds: WORKER_ROLE_POLLING_SECONDS }),
    ...appOptions,
  });
  const server = createHttpServer({ database: app.database, logger, readiness: app.readiness, trustProxy: config.TRUST_PROXY });
  // Every role serves it: a worker's own series (emails sent, API errors) are scraped on its PORT.
  registerMetricsRoute(server, { metrics: app.metrics, token: config.METRICS_TOKEN });
  let url: string;
  try {
    if (role.acceptRequests) {
      // Loaded only by the processes that serve it: a worker has no console.
      const { registerConsole } = await import('./console/register-console.tsx');
      const { createMessageTrial } = await import('./console/try-message/message-trial.ts');
      await registerConsole(server, {
        database: app.database,
        queue: app.queue,
        logger,
        settings: config.console,
        channelModes: createConsoleChannelModes(app.database.db),
        intentThresholds: createConsoleIntentThresholds(app.database.db, config.intentThresholds),
        tryMessage: createMessageTrial(app),
      });
    }
    const deps = channelDeps(app);
    const { zendesk, slack } = config;
    // Each channel's modules load only when it is configured: Bolt alone is a large share of resident memory.
    if (zendesk) await wireChannel((await import('./zendesk/zendesk-channel.ts')).createZendeskChannel(zendesk, deps), app, server, role);
    else logger.info('Zendesk channel off: set ZENDESK_SUBDOMAIN (or ZENDESK_API_URL), credentials and ZENDESK_WEBHOOK_SECRET to turn it on');
    if (slack) {
      const { createSlackChannel } = await import('./slack/slack-channel.ts');
      await wireChannel(await createSlackChannel(slack, { replyClaimLeaseSeconds: slackReplyClaimLeaseSeconds(slack) }, deps), app, server, role);
    } else logger.info('Slack channel off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode) to turn it on');
    url = await server.listen({ port: config.PORT, host: config.HOST }).catch((error: NodeJS.ErrnoException) => {
      throw describeListenFailure(error, config);
    });
  } catch (error) {
    // Closing the server runs the channels' onClose hooks (a Socket Mode connection) even if it never listened.
    await server.close().catch(() => {});
    await app.close();
    throw error;
  }
  logger.info(
    { url, role: config.SERVICE_ROLE, database: app.database.location, mail: app.mailer.description },
    role.acceptRequests ? `credbot listening on ${url}` : `credbot worker running (health on ${url}/healthz)`,
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
