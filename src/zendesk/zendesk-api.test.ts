import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeZendesk, startFakeZendesk } from '../../test/fakes/fake-zendesk.ts';
import { createLogger } from '../logger.ts';
import {
  createZendeskApi,
  isZendeskApiError,
  type ZendeskApiConfig,
  zendeskApiUrlForSubdomain,
  type ZendeskApiError,
} from './zendesk-api.ts';

const EMAIL = 'agent@credbot.test';
const API_TOKEN = 'zd-token-7f3a9c2e51b04d8e';
const OAUTH_TOKEN = 'zd-oauth-4b1e8d6f0a2c9e73';
const BASIC = `Basic ${Buffer.from(`${EMAIL}/token:${API_TOKEN}`).toString('base64')}`;

let fake: FakeZendesk;

beforeEach(async () => {
  fake = await startFakeZendesk();
});

afterEach(async () => {
  await fake.close();
});

function apiFor(overrides: Partial<ZendeskApiConfig> = {}) {
  return createZendeskApi({
    baseUrl: fake.url,
    auth: { email: EMAIL, apiToken: API_TOKEN },
    timeoutMs: 1_000,
    retryBaseDelayMs: 10,
    ...overrides,
  });
}

async function failureOf(promise: Promise<unknown>): Promise<ZendeskApiError> {
  try {
    await promise;
  } catch (error) {
    if (isZendeskApiError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: performance.now() - started };
}

describe('reading tickets and users', () => {
  it('reads a ticket with its tags, requester and the stamp a safe update needs', async () => {
    const seeded = fake.addTicket({ id: 7, status: 'open', tags: ['certificate'], requester_id: 42, subject: 'Lost badge' });

    const ticket = await apiFor().getTicket(7);

    expect(ticket).toEqual({
      id: 7,
      status: 'open',
      tags: ['certificate'],
      requesterId: 42,
      updatedStamp: seeded.updated_at,
      subject: 'Lost badge',
      description: seeded.description,
    });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/api/v2/tickets/7.json' });
  });

  it('reads a user with their locale, and a user without an email address', async () => {
    fake.addUser({ id: 42, email: 'maria.lopez@example.com', name: 'Maria Lopez', locale: 'es-419' });
    fake.addUser({ id: 43, email: null, name: 'Phone Caller' });

    const api = apiFor();

    expect(await api.getUser(42)).toEqual({ id: 42, email: 'maria.lopez@example.com', name: 'Maria Lopez', locale: 'es-419' });
    expect(await api.getUser(43)).toEqual({ id: 43, email: null, name: 'Phone Caller', locale: 'en-US' });
  });

  it('authenticates with an API token as Basic email/token:TOKEN', async () => {
    fake.addTicket({ id: 1 });

    await apiFor().getTicket(1);

    expect(fake.requests[0]?.headers.authorization).toBe(BASIC);
  });

  it('authenticates with an OAuth token as Bearer', async () => {
    fake.addTicket({ id: 1 });

    await apiFor({ auth: { oauthToken: OAUTH_TOKEN } }).getTicket(1);

    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${OAUTH_TOKEN}`);
  });
});

describe('updating a ticket', () => {
  it('adds tags without replacing the existing ones, adds the comment and sets status and group', async () => {
    fake.addTicket({ id: 5, status: 'new', tags: ['certificate', 'vip'] });

    const updated = await apiFor().updateTicket(5, {
      comment: { body: 'We have emailed you your credentials.', public: true },
      additionalTags: ['credbot_replied', 'vip'],
      status: 'solved',
      groupId: 360001,
    });

    expect(fake.requests[0]).toMatchObject({
      method: 'PUT',
      path: '/api/v2/tickets/5.json',
      body: {
        ticket: {
          comment: { body: 'We have emailed you your credentials.', public: true },
          additional_tags: ['credbot_replied', 'vip'],
          status: 'solved',
          group_id: 360001,
        },
      },
    });
    expect(updated.tags).toEqual(['certificate', 'vip', 'credbot_replied']);
    expect(updated.status).toBe('solved');
    expect(fake.tickets.get(5)).toMatchObject({
      tags: ['certificate', 'vip', 'credbot_replied'],
      group_id: 360001,
      comments: [{ body: 'We have emailed you your credentials.', public: true }],
    });
  });

  it('sends an HTML comment as html_body, private', async () => {
    fake.addTicket({ id: 5 });

    await apiFor().updateTicket(5, { comment: { htmlBody: '<p>Internal note</p>', public: false } });

    expect(fake.requests[0]?.body).toEqual({ ticket: { comment: { html_body: '<p>Internal note</p>', public: false } } });
    expect(fake.tickets.get(5)?.comments).toEqual([{ html_body: '<p>Internal note</p>', public: false }]);
  });

  it('applies a safe update made with the stamp just read, and returns the new stamp', async () => {
    fake.addTicket({ id: 9 });
    const api = apiFor();
    const read = await api.getTicket(9);

    const updated = await api.updateTicket(9, { additionalTags: ['credbot_seen'], safeUpdate: { updatedStamp: read.updatedStamp } });

    expect(fake.requests[1]?.body).toEqual({
      ticket: { additional_tags: ['credbot_seen'], safe_update: true, updated_stamp: read.updatedStamp },
    });
    expect(updated.updatedStamp).not.toBe(read.updatedStamp);
  });

  it('surfaces a safe update that lost a race as a conflict, without retrying it', async () => {
    fake.addTicket({ id: 9 });
    const api = apiFor();
    const read = await api.getTicket(9);
    fake.touchTicket(9);

    const error = await failureOf(
      api.updateTicket(9, { comment: { body: 'Hello', public: true }, safeUpdate: { updatedStamp: read.updatedStamp } }),
    );

    expect(error).toMatchObject({ kind: 'conflict', status: 409, retryable: true, attempts: 1 });
    expect(error.message).toContain('UpdateConflict');
    expect(fake.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
    expect(fake.tickets.get(9)?.comments).toEqual([]);
  });
});

describe('retries', () => {
  it.each([429, 503])('waits for the Retry-After of a %i, then succeeds', async (status) => {
    fake.addTicket({ id: 3 });
    fake.failNext(1, { status, retryAfterSeconds: 1 });

    const { result, ms } = await timed(() => apiFor().getTicket(3));

    expect(result.id).toBe(3);
    expect(fake.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(950);
    expect(ms).toBeLessThan(3_000);
  });

  it('fails at once, as retryable, when Retry-After is longer than it is willing to wait', async () => {
    fake.addTicket({ id: 3 });
    fake.failNext(1, { status: 429, retryAfterSeconds: 120 });

    const { result: error, ms } = await timed(() => failureOf(apiFor({ maxRetryAfterMs: 60_000 }).getTicket(3)));

    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryable: true, retryAfterMs: 120_000, attempts: 1 });
    expect(fake.requests).toHaveLength(1);
    expect(ms).toBeLessThan(1_000);
  });

  it.each([500, 502, 503, 504])('retries a %i with back-off, then succeeds', async (status) => {
    fake.addTicket({ id: 3 });
    fake.failNext(2, { status });

    const { result, ms } = await timed(() => apiFor({ retryBaseDelayMs: 50 }).getTicket(3));

    expect(result.id).toBe(3);
    expect(fake.requests).toHaveLength(3);
    // 50 ms, then 100 ms.
    expect(ms).toBeGreaterThanOrEqual(145);
  });

  it('gives up after maxAttempts, failing as retryable with the last status', async () => {
    fake.addTicket({ id: 3 });
    fake.failNext(10, { status: 502 });

    const error = await failureOf(apiFor({ maxAttempts: 3 }).getTicket(3));

    expect(error).toMatchObject({ kind: 'server', status: 502, retryable: true, attempts: 3 });
    expect(error.message).toContain('gave up after 3 attempts');
    expect(fake.requests).toHaveLength(3);
  });

  it('times out a request that gets no answer, then succeeds on the retry', async () => {
    fake.addTicket({ id: 3 });
    fake.hangNext(1);

    const { result, ms } = await timed(() => apiFor({ timeoutMs: 200 }).getTicket(3));

    expect(result.id).toBe(3);
    expect(fake.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(195);
  });

  it('fails as a retryable timeout when every attempt times out', async () => {
    fake.addTicket({ id: 3 });
    fake.hangNext(5);

    const error = await failureOf(apiFor({ timeoutMs: 100, maxAttempts: 2 }).getTicket(3));

    expect(error).toMatchObject({ kind: 'timeout', retryable: true, attempts: 2 });
    expect(fake.requests).toHaveLength(2);
  });

  it('retries network errors and fails as retryable when Zendesk stays unreachable', async () => {
    const unreachable = fake.url;
    await fake.close();

    const error = await failureOf(apiFor({ baseUrl: unreachable, maxAttempts: 2 }).getTicket(3));

    expect(error).toMatchObject({ kind: 'network', retryable: true, attempts: 2 });
    expect(error.message).toContain('ECONNREFUSED');
    fake = await startFakeZendesk();
  });

  it('only retries the requests that failed: faults can target one path', async () => {
    fake.addTicket({ id: 3 });
    fake.addUser({ id: 4 });
    fake.failNext(1, { status: 500, method: 'GET', path: '/api/v2/users/4.json' });
    const api = apiFor();

    await api.getTicket(3);
    await api.getUser(4);

    expect(fake.requests.map((request) => request.path)).toEqual([
      '/api/v2/tickets/3.json',
      '/api/v2/users/4.json',
      '/api/v2/users/4.json',
    ]);
  });
});

describe('failures that are not retried', () => {
  it.each([400, 401, 403, 404, 422])('fails a %i at once, as not retryable', async (status) => {
    fake.addTicket({ id: 3 });
    fake.failNext(1, { status });

    const error = await failureOf(apiFor().getTicket(3));

    expect(error).toMatchObject({ kind: 'client', status, retryable: false, attempts: 1 });
    expect(fake.requests).toHaveLength(1);
  });

  it('reports an unknown ticket as a 404 with the method, the path and Zendesk’s error', async () => {
    const error = await failureOf(apiFor().getTicket(404404));

    expect(error).toMatchObject({ kind: 'client', status: 404, method: 'GET', path: '/tickets/404404.json' });
    expect(error.message).toBe('Zendesk GET /tickets/404404.json: 404 Not Found: RecordNotFound: Not found');
  });

  it('reports an invalid update as a 422 with Zendesk’s description', async () => {
    fake.addTicket({ id: 3 });
    fake.failNext(1, { status: 422, body: { error: 'RecordInvalid', description: 'Record validation errors' } });

    const error = await failureOf(apiFor().updateTicket(3, { status: 'solved' }));

    expect(error).toMatchObject({ kind: 'client', status: 422, retryable: false });
    expect(error.message).toContain('RecordInvalid: Record validation errors');
    expect(fake.requests).toHaveLength(1);
  });

  it('treats a 2xx whose body is not a ticket as an unexpected answer', async () => {
    fake.failNext(1, { status: 200, body: { ticket: { id: 'three' } } });

    const error = await failureOf(apiFor().getTicket(3));

    expect(error).toMatchObject({ kind: 'unexpected_response', retryable: false });
  });
});

describe('secrets and addresses stay out of errors and logs', () => {
  it('never puts the API token, nor the Authorization header, in an error message', async () => {
    fake.failNext(1, {
      status: 401,
      body: { error: 'Unauthorized', description: `Bad credentials ${API_TOKEN} in ${BASIC}` },
    });

    const error = await failureOf(apiFor().getTicket(3));

    expect(error.message).not.toContain(API_TOKEN);
    expect(error.message).not.toContain(BASIC.slice('Basic '.length));
    expect(error.message).toContain('[redacted]');
  });

  it('never puts the OAuth token in an error message', async () => {
    fake.failNext(1, { status: 403, body: `forbidden for Bearer ${OAUTH_TOKEN}` });

    const error = await failureOf(apiFor({ auth: { oauthToken: OAUTH_TOKEN } }).getTicket(3));

    expect(error.message).not.toContain(OAUTH_TOKEN);
    expect(error.message).toContain('403');
  });

  it('masks email addresses that Zendesk quotes in an error', async () => {
    fake.failNext(1, { status: 422, body: { error: 'RecordInvalid', description: 'Email maria.lopez@example.com is taken' } });

    const error = await failureOf(apiFor().getTicket(3));

    expect(error.message).toContain('m•••@example.com');
    expect(error.message).not.toContain('maria.lopez@');
  });

  it('logs retries with the path, without the token or the credentials', async () => {
    const lines: string[] = [];
    const logger = createLogger(
      'debug',
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    );
    fake.addTicket({ id: 3 });
    fake.failNext(1, { status: 500 });

    await apiFor({ logger }).getTicket(3);

    const retry = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.msg === 'Zendesk call failed, retrying');
    expect(retry).toMatchObject({ method: 'GET', path: '/tickets/3.json', status: 500, attempt: 1 });
    const everything = lines.join('\n');
    expect(everything).not.toContain(API_TOKEN);
    expect(everything).not.toContain(BASIC.slice('Basic '.length));
    expect(everything).not.toContain(EMAIL);
  });
});

describe('webhooks for the setup command', () => {
  const definition = {
    name: 'credbot',
    endpoint: 'https://credbot.example.org/zendesk/webhook',
    httpMethod: 'POST',
    requestFormat: 'json',
    status: 'active',
    subscriptions: ['conditional_ticket_events'],
    authentication: { type: 'bearer_token', token: 'webhook-bearer-secret' },
  } as const;

  it('creates a webhook with Zendesk’s field names', async () => {
    const webhook = await apiFor().createWebhook({ ...definition, subscriptions: [...definition.subscriptions] });

    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v2/webhooks',
      body: {
        webhook: {
          name: 'credbot',
          endpoint: 'https://credbot.example.org/zendesk/webhook',
          http_method: 'POST',
          request_format: 'json',
          status: 'active',
          subscriptions: ['conditional_ticket_events'],
          authentication: { type: 'bearer_token', add_position: 'header', data: { token: 'webhook-bearer-secret' } },
        },
      },
    });
    expect(webhook).toEqual({
      id: fake.webhooks[0]?.id,
      name: 'credbot',
      endpoint: 'https://credbot.example.org/zendesk/webhook',
      httpMethod: 'POST',
      requestFormat: 'json',
      status: 'active',
      subscriptions: ['conditional_ticket_events'],
    });
  });

  it('updates a webhook (Zendesk answers 204) and reads its signing secret', async () => {
    const api = apiFor();
    const created = await api.createWebhook({ ...definition, subscriptions: [...definition.subscriptions] });

    await api.updateWebhook(created.id, { ...definition, subscriptions: [...definition.subscriptions], endpoint: 'https://new.example.org/hook' });
    const secret = await api.getWebhookSigningSecret(created.id);

    expect(fake.webhooks[0]?.endpoint).toBe('https://new.example.org/hook');
    expect(fake.requests[1]).toMatchObject({ method: 'PUT', path: `/api/v2/webhooks/${created.id}` });
    expect(secret).toBe(fake.webhooks[0]?.signing_secret);
    expect(fake.requests[2]).toMatchObject({ method: 'GET', path: `/api/v2/webhooks/${created.id}/signing_secret` });
  });

  it('lists every webhook across pages', async () => {
    await fake.close();
    fake = await startFakeZendesk({ maxPageSize: 2 });
    const api = apiFor();
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      await api.createWebhook({ ...definition, subscriptions: [...definition.subscriptions], name });
    }

    const webhooks = await api.listWebhooks();

    expect(webhooks.map((webhook) => webhook.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const lists = fake.requests.filter((request) => request.method === 'GET');
    expect(lists).toHaveLength(3);
    expect(lists[0]?.query).toEqual({ 'page[size]': '100' });
    expect(lists[1]?.query['page[after]']).toBeTruthy();
  });
});

describe('triggers for the setup command', () => {
  const definition = {
    title: 'credbot: certificate requests',
    conditions: {
      all: [
        { field: 'update_type', operator: 'is', value: 'Create' },
        { field: 'current_tags', operator: 'not_includes', value: 'credbot_seen' },
      ],
      any: [],
    },
    actions: [{ field: 'notification_webhook', value: ['01FAKEWEBHOOK0001', '{"ticket_id":"{{ticket.id}}"}'] }],
  };

  it('creates a trigger that notifies a webhook', async () => {
    const trigger = await apiFor().createTrigger(definition);

    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/v2/triggers.json',
      body: { trigger: definition },
    });
    expect(trigger).toMatchObject({ id: 1, title: definition.title, active: true, categoryId: null, actions: definition.actions });
    expect(trigger.conditions).toEqual(definition.conditions);
  });

  it('updates a trigger', async () => {
    const api = apiFor();
    const created = await api.createTrigger(definition);

    const updated = await api.updateTrigger(created.id, { ...definition, active: false, categoryId: '360000123' });

    expect(fake.requests[1]).toMatchObject({ method: 'PUT', path: `/api/v2/triggers/${created.id}.json` });
    expect(updated).toMatchObject({ id: created.id, active: false, categoryId: '360000123' });
  });

  it('lists every trigger across pages', async () => {
    await fake.close();
    fake = await startFakeZendesk({ maxPageSize: 2 });
    const api = apiFor();
    for (const title of ['one', 'two', 'three']) await api.createTrigger({ ...definition, title });

    const triggers = await api.listTriggers();

    expect(triggers.map((trigger) => trigger.title)).toEqual(['one', 'two', 'three']);
    expect(fake.requests.filter((request) => request.method === 'GET')).toHaveLength(2);
  });
});

describe('configuration', () => {
  it('derives the API URL from a subdomain', () => {
    expect(zendeskApiUrlForSubdomain('Acme-Learning')).toBe('https://acme-learning.zendesk.com/api/v2');
    expect(() => zendeskApiUrlForSubdomain('acme.evil.com/')).toThrow(/subdomain/);
  });

  it('refuses a base URL that carries credentials, without repeating them', () => {
    expect(() => apiFor({ baseUrl: 'https://agent:hunter2@acme.zendesk.com/api/v2' })).toThrow(/must not carry credentials/);
    try {
      apiFor({ baseUrl: 'https://agent:hunter2@acme.zendesk.com/api/v2' });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
  });

  it('accepts a base URL with a trailing slash', async () => {
    fake.addTicket({ id: 1 });

    await apiFor({ baseUrl: `${fake.url}/` }).getTicket(1);

    expect(fake.requests[0]?.path).toBe('/api/v2/tickets/1.json');
  });
});
