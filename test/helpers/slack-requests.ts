import { createHmac, randomUUID } from 'node:crypto';

/** Slack's v0 signature: HMAC-SHA256 of `v0:timestamp:body` with the signing secret, hex, prefixed `v0=`. */
export function signSlackRequest(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackDelivery {
  secret: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
}

export interface SlackResponse {
  status: number;
  json: any;
  /** Milliseconds from sending to the answer. */
  elapsedMs: number;
}

/** Posts to the running service's /slack/events as Slack does: signed over the exact bytes sent. */
export async function postToSlackEndpoint(serviceUrl: string, body: string, contentType: string, delivery: SlackDelivery): Promise<SlackResponse> {
  const timestamp = delivery.timestamp ?? Math.floor(Date.now() / 1000);
  const started = Date.now();
  const response = await fetch(`${serviceUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': delivery.signature ?? signSlackRequest(delivery.secret, timestamp, body),
      ...delivery.headers,
    },
    body,
  });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = text === '' ? '' : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, json, elapsedMs: Date.now() - started };
}

export function postEvent(serviceUrl: string, envelope: object, delivery: SlackDelivery): Promise<SlackResponse> {
  return postToSlackEndpoint(serviceUrl, JSON.stringify(envelope), 'application/json', delivery);
}

/** Slash commands arrive as a form. */
export function postCommand(serviceUrl: string, fields: Record<string, string>, delivery: SlackDelivery): Promise<SlackResponse> {
  return postToSlackEndpoint(serviceUrl, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', delivery);
}

/** Interactions (buttons, modal submissions) arrive as a form with one `payload` field holding JSON. */
export function postInteraction(serviceUrl: string, payload: object, delivery: SlackDelivery): Promise<SlackResponse> {
  return postToSlackEndpoint(serviceUrl, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', delivery);
}

let tsCounter = 0;

/** A message timestamp, unique within the test run. */
export function nextTs(): string {
  tsCounter++;
  return `${Math.floor(Date.now() / 1000)}.${String(100000 + tsCounter).padStart(6, '0')}`;
}

/** The Events API envelope around one event. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`) {
  return {
    token: 'verification-token-unused',
    team_id: 'T0TEST',
    api_app_id: 'A0TEST',
    event: { event_ts: event.ts, ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: 'T0TEST', user_id: 'UCREDBOT', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export function channelMessage(fields: { channel: string; user: string; text: string; ts?: string; thread_ts?: string; channel_type?: string } & Record<string, unknown>) {
  return { type: 'message', channel_type: 'channel', ts: nextTs(), ...fields };
}

export function slashCommand(fields: { user_id: string; channel_id: string; text: string; response_url: string; trigger_id?: string }) {
  return {
    token: 'verification-token-unused',
    team_id: 'T0TEST',
    team_domain: 'test',
    channel_name: 'help',
    user_name: 'robin',
    command: '/credentials',
    api_app_id: 'A0TEST',
    trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
    ...fields,
  };
}

/** `blockId`: the id of the actions block the button is in, as credbot posted it. */
export function buttonClick(fields: { actionId: string; value: string; userId: string; channelId: string; responseUrl: string; messageTs?: string; threadTs?: string; blockId?: string }) {
  return {
    type: 'block_actions',
    team: { id: 'T0TEST', domain: 'test' },
    user: { id: fields.userId, username: 'robin', name: 'robin', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'verification-token-unused',
    container: { type: 'message', message_ts: fields.messageTs ?? nextTs(), channel_id: fields.channelId, is_ephemeral: true, thread_ts: fields.threadTs },
    trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
    channel: { id: fields.channelId, name: 'help' },
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: fields.blockId ?? 'credbot_address_choice.en',
        text: { type: 'plain_text', text: 'button' },
        value: fields.value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export function modalSubmission(fields: { viewId: string; userId: string; privateMetadata: string; address: string }) {
  return {
    type: 'view_submission',
    team: { id: 'T0TEST', domain: 'test' },
    user: { id: fields.userId, username: 'robin', name: 'robin', team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'verification-token-unused',
    trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
    view: {
      id: fields.viewId,
      team_id: 'T0TEST',
      type: 'modal',
      callback_id: 'credbot_address_modal',
      private_metadata: fields.privateMetadata,
      state: { values: { address: { address: { type: 'email_text_input', value: fields.address } } } },
      hash: '1.abc',
      app_id: 'A0TEST',
      bot_id: 'BCREDBOT',
    },
  };
}
