import type { ChannelDeps, ChannelWiring } from '../channel-wiring.ts';
import type { ZendeskSettings } from '../config.ts';
import { cachedCheck, NEIGHBOUR_PROBE_INTERVAL_MS, NEIGHBOUR_PROBE_TIMEOUT_MS } from '../http/readiness.ts';
import { registerZendeskWebhook } from './webhook-route.ts';
import { createZendeskApi } from './zendesk-api.ts';
import { probeZendeskApi } from './zendesk-readiness.ts';
import { createZendeskMessageWorker, createZendeskReplyWorker, ZENDESK_MESSAGE_QUEUE } from './zendesk-workers.ts';

/** The Zendesk channel: the webhook route, the worker of the messages it accepts, and answers as ticket updates. */
export function createZendeskChannel(settings: ZendeskSettings, deps: ChannelDeps): ChannelWiring {
  const { logger, metrics } = deps;
  const api = createZendeskApi({
    baseUrl: settings.apiUrl,
    auth: settings.auth,
    timeoutMs: settings.apiTimeoutMs,
    logger,
    countError: metrics.apiErrors('zendesk'),
  });
  // One try and a short wait, so `/readyz` answers in time.
  const probe = createZendeskApi({ baseUrl: settings.apiUrl, auth: settings.auth, timeoutMs: Math.min(settings.apiTimeoutMs, NEIGHBOUR_PROBE_TIMEOUT_MS), maxAttempts: 1 });
  const workerDeps = {
    api,
    replies: deps.replies,
    handleMessage: deps.handleMessage,
    conversations: deps.conversations,
    channelModes: deps.channelModes,
    plan: { retrieveStatus: settings.retrieveStatus, handoffGroupId: settings.handoffGroupId },
    logger,
  } as const;
  return {
    channel: 'zendesk',
    messages: { queue: ZENDESK_MESSAGE_QUEUE, handle: createZendeskMessageWorker(workerDeps) },
    answer: createZendeskReplyWorker(workerDeps),
    // The workers update tickets through the API; the webhook route only checks signatures.
    readiness: [{ name: 'zendesk', check: cachedCheck(() => probeZendeskApi(probe, settings.auth), NEIGHBOUR_PROBE_INTERVAL_MS), neededBy: 'workers' }],
    async takeRequests(server, accept) {
      registerZendeskWebhook(server, {
        secret: settings.webhookSecret,
        toleranceSeconds: settings.signatureToleranceSeconds,
        now: () => new Date(),
        acceptMessage: (message) => accept(message, message.dedupeKey),
        observeAcknowledgement: (seconds) => metrics.observeAcknowledgement('zendesk', seconds),
      });
      logger.info({ api: settings.apiUrl }, 'Zendesk channel on: POST /webhooks/zendesk');
      return undefined;
    },
  };
}
