import { App as BoltApp, type Authorize, webApi } from '@slack/bolt';
import type { FastifyInstance } from 'fastify';
import type { App } from '../app.ts';
import { ConfigError, type ServiceRole, type SlackSettings } from '../config.ts';
import { CredbotError } from '../core/errors.ts';
import { createConversationRecords } from '../db/conversation-records.ts';
import { createReplyRecords } from '../db/reply-records.ts';
import { slackReplyClaimLeaseSeconds } from '../jobs/claim-leases.ts';
import { channelJobPolicy } from '../jobs/job-queue.ts';
import { cachedCheck, NEIGHBOUR_PROBE_INTERVAL_MS } from '../http/readiness.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { checkBotTokenAtStart, createProbeClient, probeBotToken } from './slack-bot-token.ts';
import { FastifyReceiver, SLACK_EVENTS_PATH } from './fastify-receiver.ts';
import { registerSlackListeners } from './listeners.ts';
import { createSlackWebApi, slackClientOptions } from './slack-web-api.ts';
import {
  createSlackMessageWorker,
  createSlackReplyWorker,
  SLACK_MESSAGE_QUEUE,
  SLACK_REPLY_QUEUE,
} from './slack-workers.ts';

/**
 * Wires the Slack channel: Bolt with its listeners, on the service's HTTP server (`POST /slack/events`) or over
 * Socket Mode, the two queues and their workers. Socket Mode's connection is closed with the server.
 */
export async function startSlackChannel(
  app: App,
  server: FastifyInstance,
  settings: SlackSettings,
  role: ServiceRole,
): Promise<void> {
  const { config, queue, database, logger } = app;
  const clientOptions = slackClientOptions(settings, logger);
  const client = new webApi.WebClient(settings.botToken, clientOptions);
  const api = createSlackWebApi(client, { responseTimeoutMs: settings.apiTimeoutMs, countError: app.metrics.apiErrors('slack') });
  const probe = createProbeClient(settings.botToken, clientOptions);
  const outage = await checkBotTokenAtStart(probe);
  if (outage !== null) logger.error({ api: settings.apiUrl }, `Slack channel: ${outage}; events fail until it answers (see /readyz)`);
  // Slack rate-limits auth.test: however often `/readyz` is probed, Slack is asked at most every 30 s.
  app.readiness.add('slack', cachedCheck(() => probeBotToken(probe), NEIGHBOUR_PROBE_INTERVAL_MS));
  // The Web API client retries within a call, briefly (a 429 fails it at once); the job's retries outlast a longer outage.
  const policy = channelJobPolicy(config.CHANNEL_MAX_ATTEMPTS, config.CHANNEL_RETRY_DELAY_SECONDS, config.JOB_TIMEOUT_SECONDS);
  await queue.define(SLACK_MESSAGE_QUEUE, policy);
  await queue.define(SLACK_REPLY_QUEUE, policy);

  if (role.runWorkers) {
    const deps = {
      api,
      replies: createReplyRecords(database),
      conversations: createConversationRecords(database.db),
      channelModes: app.channelModes,
      handleMessage: app.handleMessage,
      handoffChannel: settings.handoffChannel,
      staffLanguage: config.STAFF_LANGUAGE,
      ephemeralReplies: settings.ephemeralReplies,
      claimLeaseSeconds: slackReplyClaimLeaseSeconds(settings),
      logger,
    } as const;
    await queue.work(SLACK_MESSAGE_QUEUE, createSlackMessageWorker(deps));
    await queue.work(SLACK_REPLY_QUEUE, createSlackReplyWorker(deps));
  }

  if (!role.acceptRequests) return;
  const { mode } = settings;
  const receiver =
    mode.kind === 'http'
      ? new FastifyReceiver({
          signingSecret: mode.signingSecret,
          logger,
          observeAcknowledgement: (seconds) => app.metrics.observeAcknowledgement('slack', seconds),
        })
      : undefined;
  const bolt = new BoltApp({
    authorize: createBotAuthorize(client, settings.botToken),
    ...(mode.kind === 'http' ? { receiver } : { socketMode: true, appToken: mode.appToken }),
    clientOptions,
    logger: createBoltLogger(logger),
  });
  bolt.error(async (error) => {
    // Rethrown so the receiver answers 500 and Slack delivers the event again.
    throw error;
  });
  registerSlackListeners(bolt, {
    api,
    supportChannels: settings.supportChannels,
    handoffChannel: settings.handoffChannel,
    defaultLanguage: config.DEFAULT_LANGUAGE,
    logger,
    async accept(inbound) {
      const created = await queue.accept(SLACK_MESSAGE_QUEUE, inbound, `slack:${inbound.key}`);
      if (created) queue.nudgeWorkers();
      return created;
    },
  });

  if (receiver) {
    receiver.register(server);
    logger.info({ api: settings.apiUrl }, `Slack channel on: POST ${SLACK_EVENTS_PATH}`);
    return;
  }
  try {
    await bolt.start();
  } catch (error) {
    throw socketModeStartError(error);
  }
  server.addHook('onClose', async () => {
    await bolt.stop();
  });
  logger.info({ api: settings.apiUrl }, 'Slack channel on: Socket Mode');
}

/**
 * The bot's identity for Bolt's context (`botUserId`, to ignore its own messages), read once with auth.test. Unlike
 * Bolt's built-in, a failed auth.test is not cached: the event fails (500), Slack retries, and auth.test is tried again.
 */
function createBotAuthorize(client: webApi.WebClient, botToken: string): Authorize<boolean> {
  let identity: Promise<{ botUserId?: string; botId?: string }> | undefined;
  return async () => {
    identity ??= client.auth.test().then((result) => ({
      ...(result.user_id ? { botUserId: result.user_id } : {}),
      ...(result.bot_id ? { botId: result.bot_id } : {}),
    }));
    try {
      return { botToken, ...(await identity) };
    } catch (error) {
      identity = undefined;
      throw error;
    }
  };
}

/** Slack refusing the app-level token is a configuration mistake; anything else, a failure to connect. */
function socketModeStartError(error: unknown): Error {
  if (error instanceof webApi.WebAPIPlatformError) {
    return new ConfigError([`SLACK_APP_TOKEN: Slack refused it for Socket Mode (${error.data.error})`]);
  }
  const reason = error instanceof webApi.WebAPIHTTPError ? `HTTP ${error.statusCode}` : error instanceof Error ? error.message : String(error);
  return new CredbotError('internal', `Slack Socket Mode: could not connect (${reason})`, { cause: error });
}
