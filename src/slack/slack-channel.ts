import { App as BoltApp, type Authorize, webApi } from '@slack/bolt';
import type { ChannelDeps, ChannelWiring } from '../channel-wiring.ts';
import { ConfigError, type SlackSettings } from '../config.ts';
import { CredbotError } from '../core/errors.ts';
import { cachedCheck, NEIGHBOUR_PROBE_INTERVAL_MS } from '../http/readiness.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { checkBotTokenAtStart, createProbeClient, probeBotToken } from './slack-bot-token.ts';
import { FastifyReceiver, SLACK_EVENTS_PATH } from './fastify-receiver.ts';
import { registerSlackListeners } from './listeners.ts';
import { createSlackWebApi, slackClientOptions } from './slack-web-api.ts';
import { createSlackMessageWorker, createSlackReplyWorker, SLACK_MESSAGE_QUEUE } from './slack-workers.ts';

export interface SlackChannelOptions {
  /** How long a reply attempt holds the reply it posts (src/jobs/claim-leases.ts). */
  replyClaimLeaseSeconds: number;
}

/**
 * The Slack channel: Bolt with its listeners, on the service's HTTP server (`POST /slack/events`) or over Socket
 * Mode, the worker of the messages they accept, and answers in threads. Checks the bot token once at start.
 */
export async function createSlackChannel(settings: SlackSettings, options: SlackChannelOptions, deps: ChannelDeps): Promise<ChannelWiring> {
  const { languages, logger, metrics } = deps;
  const clientOptions = slackClientOptions(settings, logger);
  const client = new webApi.WebClient(settings.botToken, clientOptions);
  const api = createSlackWebApi(client, { responseTimeoutMs: settings.apiTimeoutMs, countError: metrics.apiErrors('slack') });
  const probe = createProbeClient(settings.botToken, clientOptions);
  const outage = await checkBotTokenAtStart(probe);
  if (outage !== null) logger.error({ api: settings.apiUrl }, `Slack channel: ${outage}; events fail until it answers (see /readyz)`);
  const workerDeps = {
    api,
    replies: deps.replies,
    conversations: deps.conversations,
    channelModes: deps.channelModes,
    handleMessage: deps.handleMessage,
    handoffChannel: settings.handoffChannel,
    staffLanguage: languages.staff,
    ephemeralReplies: settings.ephemeralReplies,
    claimLeaseSeconds: options.replyClaimLeaseSeconds,
    logger,
  } as const;

  return {
    channel: 'slack',
    messages: { queue: SLACK_MESSAGE_QUEUE, handle: createSlackMessageWorker(workerDeps) },
    answer: createSlackReplyWorker(workerDeps),
    // Listeners and workers both call the Web API. Slack rate-limits auth.test: however often `/readyz` is probed,
    // Slack is asked at most every 30 s.
    readiness: [{ name: 'slack', check: cachedCheck(() => probeBotToken(probe), NEIGHBOUR_PROBE_INTERVAL_MS), neededBy: 'every role' }],
    async takeRequests(server, accept) {
      const { mode } = settings;
      const receiver =
        mode.kind === 'http'
          ? new FastifyReceiver({
              signingSecret: mode.signingSecret,
              logger,
              observeAcknowledgement: (seconds) => metrics.observeAcknowledgement('slack', seconds),
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
        defaultLanguage: languages.default,
        logger,
        accept: (inbound) => accept(inbound, inbound.key),
      });

      if (receiver) {
        receiver.register(server);
        logger.info({ api: settings.apiUrl }, `Slack channel on: POST ${SLACK_EVENTS_PATH}`);
        return undefined;
      }
      try {
        await bolt.start();
      } catch (error) {
        throw socketModeStartError(error);
      }
      logger.info({ api: settings.apiUrl }, 'Slack channel on: Socket Mode');
      return {
        async close() {
          await bolt.stop();
        },
      };
    },
  };
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
