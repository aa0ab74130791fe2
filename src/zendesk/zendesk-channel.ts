import type { FastifyInstance } from 'fastify';
import type { App } from '../app.ts';
import type { ServiceRole, ZendeskSettings } from '../config.ts';
import { createConversationRecords } from '../db/conversation-records.ts';
import { createReplyRecords } from '../db/reply-records.ts';
import { channelJobPolicy } from '../jobs/job-queue.ts';
import { cachedCheck, NEIGHBOUR_PROBE_INTERVAL_MS, NEIGHBOUR_PROBE_TIMEOUT_MS } from '../http/readiness.ts';
import { registerZendeskWebhook } from './webhook-route.ts';
import { createZendeskApi } from './zendesk-api.ts';
import { probeZendeskApi } from './zendesk-readiness.ts';
import {
  createZendeskMessageWorker,
  createZendeskReplyWorker,
  ZENDESK_MESSAGE_QUEUE,
  ZENDESK_REPLY_QUEUE,
} from './zendesk-workers.ts';

/** Wires the Zendesk channel: the webhook route on the server, its two queues and their workers, as the role has it. */
export async function startZendeskChannel(
  app: App,
  server: FastifyInstance,
  settings: ZendeskSettings,
  role: ServiceRole,
): Promise<void> {
  const { config, queue, database, logger } = app;
  const api = createZendeskApi({
    baseUrl: settings.apiUrl,
    auth: settings.auth,
    timeoutMs: config.ZENDESK_API_TIMEOUT_MS,
    logger,
    countError: app.metrics.apiErrors('zendesk'),
  });
  // The API client retries within a call; the job's retries, doubling from the delay, outlast an outage of hours.
  const policy = channelJobPolicy(config.CHANNEL_MAX_ATTEMPTS, config.CHANNEL_RETRY_DELAY_SECONDS, config.JOB_TIMEOUT_SECONDS);
  await queue.define(ZENDESK_MESSAGE_QUEUE, policy);
  await queue.define(ZENDESK_REPLY_QUEUE, policy);

  if (role.runWorkers) {
    // The workers update tickets through the API; one try and a short wait, so `/readyz` answers in time.
    const probe = createZendeskApi({ baseUrl: settings.apiUrl, auth: settings.auth, timeoutMs: Math.min(config.ZENDESK_API_TIMEOUT_MS, NEIGHBOUR_PROBE_TIMEOUT_MS), maxAttempts: 1 });
    app.readiness.add('zendesk', cachedCheck(() => probeZendeskApi(probe, settings.auth), NEIGHBOUR_PROBE_INTERVAL_MS));
    const deps = {
      api,
      replies: createReplyRecords(database),
      handleMessage: app.handleMessage,
      conversations: createConversationRecords(database.db),
      channelModes: app.channelModes,
      plan: { retrieveStatus: config.ZENDESK_RETRIEVE_STATUS, handoffGroupId: config.ZENDESK_HANDOFF_GROUP_ID },
      logger,
    } as const;
    await queue.work(ZENDESK_MESSAGE_QUEUE, createZendeskMessageWorker(deps));
    await queue.work(ZENDESK_REPLY_QUEUE, createZendeskReplyWorker(deps));
  }

  if (!role.acceptRequests) return;
  registerZendeskWebhook(server, {
    secret: settings.webhookSecret,
    toleranceSeconds: config.ZENDESK_SIGNATURE_TOLERANCE_SECONDS,
    now: () => new Date(),
    async acceptMessage(message) {
      const created = await queue.accept(ZENDESK_MESSAGE_QUEUE, message, `zendesk:${message.dedupeKey}`);
      if (created) queue.nudgeWorkers();
      return created;
    },
    observeAcknowledgement: (seconds) => app.metrics.observeAcknowledgement('zendesk', seconds),
  });
  logger.info({ api: settings.apiUrl }, 'Zendesk channel on: POST /webhooks/zendesk');
}
