import { ZENDESK_WEBHOOK_PATH } from './webhook-route.ts';
import type { TriggerDefinition, WebhookDefinition, ZendeskApi } from './zendesk-api.ts';

export const WEBHOOK_NAME = 'credbot';
export const TRIGGER_TITLE = 'credbot: answer missing-credential requests';

/**
 * The body the trigger sends. Zendesk renders each placeholder as a JSON string value; the README documents
 * the same template for setting it up by hand.
 */
export const TRIGGER_BODY_TEMPLATE = JSON.stringify(
  {
    ticket: {
      id: '{{ticket.id}}',
      subject: '{{ticket.title}}',
      description: '{{ticket.description}}',
      latest_comment: '{{ticket.latest_comment}}',
      tags: '{{ticket.tags}}',
      requester: {
        id: '{{ticket.requester.id}}',
        email: '{{ticket.requester.email}}',
        name: '{{ticket.requester.name}}',
        // The language on the requester's profile, by name ("Español"): credbot answers in it when it can.
        language: '{{ticket.requester.language}}',
      },
      // Who made the update (the trigger fires on end users'): credbot answers the requester's words only.
      updated_by: { id: '{{current_user.id}}' },
    },
  },
  null,
  2,
);

/**
 * Fires on a learner's words only: a ticket created or updated by an end user (so neither agents' nor our own
 * API updates), not solved, and not already finished by credbot.
 */
export function triggerDefinition(webhookId: string, active: boolean): TriggerDefinition {
  return {
    title: TRIGGER_TITLE,
    active,
    description: 'Sends new learner messages to credbot, which emails credentials or hands off to the issuer.',
    conditions: {
      all: [
        { field: 'role', operator: 'is', value: 'end_user' },
        { field: 'status', operator: 'less_than', value: 'solved' },
        { field: 'current_tags', operator: 'not_includes', value: 'credbot_done credbot_skipped' },
      ],
      any: [
        { field: 'update_type', operator: 'is', value: 'Create' },
        { field: 'update_type', operator: 'is', value: 'Change' },
      ],
    },
    actions: [{ field: 'notification_webhook', value: [webhookId, TRIGGER_BODY_TEMPLATE] }],
  };
}

export function webhookDefinition(publicUrl: string): WebhookDefinition {
  return {
    name: WEBHOOK_NAME,
    endpoint: `${publicUrl.replace(/\/+$/, '')}${ZENDESK_WEBHOOK_PATH}`,
    httpMethod: 'POST',
    requestFormat: 'json',
    status: 'active',
    subscriptions: ['conditional_ticket_events'],
    description: 'credbot: missing-credential requests',
  };
}

export interface SetupReport {
  webhook: { id: string; action: 'created' | 'updated' };
  trigger: { id: number; action: 'created' | 'updated'; active: boolean };
  signingSecret: string;
}

/**
 * Creates or updates credbot's webhook and trigger, found by name: running it twice changes nothing more.
 *
 * The trigger comes last and stays inactive until the service can check the webhook's signatures: an active
 * trigger before credbot knows the secret sends every ticket to a webhook that refuses it (and Zendesk does not
 * send it again). `serviceKnowsSecret` is asked with the secret; once it says yes the trigger is activated, and a
 * trigger already active is never turned off by running this again.
 */
export async function setUpZendesk(
  api: ZendeskApi,
  publicUrl: string,
  serviceKnowsSecret: (signingSecret: string) => boolean,
): Promise<SetupReport> {
  const webhookDef = webhookDefinition(publicUrl);
  const existingWebhook = (await api.listWebhooks()).find((webhook) => webhook.name === WEBHOOK_NAME);
  let webhook: SetupReport['webhook'];
  if (existingWebhook) {
    await api.updateWebhook(existingWebhook.id, webhookDef);
    webhook = { id: existingWebhook.id, action: 'updated' };
  } else {
    webhook = { id: (await api.createWebhook(webhookDef)).id, action: 'created' };
  }
  const signingSecret = await api.getWebhookSigningSecret(webhook.id);

  const existingTrigger = (await api.listTriggers()).find((trigger) => trigger.title === TRIGGER_TITLE);
  const active = (existingTrigger?.active ?? false) || serviceKnowsSecret(signingSecret);
  const triggerDef = triggerDefinition(webhook.id, active);
  const trigger: SetupReport['trigger'] = existingTrigger
    ? { id: (await api.updateTrigger(existingTrigger.id, triggerDef)).id, action: 'updated', active }
    : { id: (await api.createTrigger(triggerDef)).id, action: 'created', active };

  return { webhook, trigger, signingSecret };
}
