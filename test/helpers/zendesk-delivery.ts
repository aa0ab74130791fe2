import { signZendeskWebhook } from '../../src/zendesk/webhook-signature.ts';

/** Posts a webhook body to the running service as Zendesk would: signed over the exact bytes sent. */
export async function deliverZendeskWebhook(
  serviceUrl: string,
  body: unknown,
  options: { secret: string; timestamp?: string; signature?: string; rawBody?: string },
): Promise<{ status: number; json: any }> {
  const raw = options.rawBody ?? JSON.stringify(body);
  const timestamp = options.timestamp ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const response = await fetch(`${serviceUrl}/webhooks/zendesk`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-zendesk-webhook-signature-timestamp': timestamp,
      'x-zendesk-webhook-signature': options.signature ?? signZendeskWebhook(options.secret, timestamp, raw),
    },
    body: raw,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

/** The body the documented trigger template renders: every value a string. */
export function triggerPayload(ticket: {
  id: number;
  subject?: string;
  comment: string;
  tags?: string[];
  /** `language`: what `{{ticket.requester.language}}` renders, the language's name ("Español"). */
  requester?: { id?: number; email?: string; name?: string; language?: string };
  /** Who made the update (`{{current_user.id}}`): by default the requester, whose comment fires the trigger. */
  updatedBy?: number;
}) {
  return {
    ticket: {
      id: String(ticket.id),
      subject: ticket.subject ?? 'Help',
      description: ticket.comment,
      latest_comment: ticket.comment,
      tags: (ticket.tags ?? []).join(' '),
      requester: {
        id: ticket.requester?.id === undefined ? '' : String(ticket.requester.id),
        email: ticket.requester?.email ?? '',
        name: ticket.requester?.name ?? '',
        language: ticket.requester?.language ?? '',
      },
      updated_by: { id: String(ticket.updatedBy ?? ticket.requester?.id ?? '') },
    },
  };
}

/** The settings that turn the Zendesk channel on against a fake Zendesk, signing with `secret`. */
export function zendeskChannelEnv(zendeskUrl: string, secret: string): Record<string, string> {
  return { ZENDESK_API_URL: zendeskUrl, ZENDESK_EMAIL: 'bot@support.example', ZENDESK_API_TOKEN: 'token-123', ZENDESK_WEBHOOK_SECRET: secret };
}
