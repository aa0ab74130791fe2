import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../src/main.ts';
import { signZendeskWebhook, ZENDESK_TEST_SIGNING_SECRET } from '../src/zendesk/webhook-signature.ts';
import { type FakeZendesk, plainBodyOf, startFakeZendesk } from './fakes/fake-zendesk.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import type { TestDatabase } from './helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload } from './helpers/zendesk-delivery.ts';

const secret = 'zendesk-webhook-secret-for-tests';

describe('the Zendesk channel', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let zendesk: FakeZendesk;
  let service: RunningService;
  let world: ServiceUnderTest | undefined;

  beforeAll(async () => {
    zendesk = await startFakeZendesk();
    ({ testDb, sink, service } = world = await startServiceUnderTest({
      ZENDESK_API_URL: zendesk.url,
      ZENDESK_EMAIL: 'bot@support.example',
      ZENDESK_API_TOKEN: 'token-123',
      ZENDESK_WEBHOOK_SECRET: secret,
      ZENDESK_HANDOFF_GROUP_ID: '77',
    }));
  });
  afterAll(async () => {
    await world?.close();
    await zendesk?.close();
  });

  const deliver = (body: unknown, options: Partial<Parameters<typeof deliverZendeskWebhook>[2]> = {}) =>
    deliverZendeskWebhook(service.url, body, { secret, ...options });
  const putsTo = (ticketId: number) => zendesk.requests.filter((request) => request.method === 'PUT' && request.path === `/api/v2/tickets/${ticketId}.json`);
  const mailTo = (address: string) => sink.messages.filter((message) => JSON.stringify(message.to).includes(address));

  async function learnerWithCredential(status: 'published' | 'draft' = 'published') {
    const issuer = await seedIssuer(testDb.database, { name: `Tidewater Academy ${randomUUID().slice(0, 4)}`, contactEmail: 'registrar@tidewater.example' });
    const address = learnerAddress('zd');
    const credential = await seedCredential(testDb.database, issuer, { recipientEmail: address, status });
    return { issuer, address, credential };
  }

  it('sends the retrieve email and answers on the ticket, masking the address and adding tags', async () => {
    const { address, credential } = await learnerWithCredential();
    const user = zendesk.addUser({ email: address });
    const ticket = zendesk.addTicket({ requester_id: user.id, tags: ['vip', 'web_form'] });

    const response = await deliver(triggerPayload({ id: ticket.id, comment: 'I never received my certificate.', requester: { id: user.id, email: address } }));

    expect(response).toEqual({ status: 202, json: { status: 'accepted' } });
    await until(() => ticket.tags.includes('credbot_done'));
    expect(ticket.tags).toEqual(expect.arrayContaining(['vip', 'web_form', 'credbot', 'credbot_retrieve_sent', 'credbot_done']));
    expect(ticket.status).toBe('pending');
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]?.public).toBe(true);
    const reply = plainBodyOf(ticket.comments[0]!);
    expect(reply).toContain(`${address[0]}•••@`);
    expect(reply).not.toContain(address);
    expect(reply).not.toContain(credential.url);
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
  });

  it('hands off with an internal note for agents and a public reply naming the issuer', async () => {
    const { issuer, address } = await learnerWithCredential('draft');
    const ticket = zendesk.addTicket();

    await deliver(triggerPayload({ id: ticket.id, comment: `where is my certificate? I used ${address}` }));

    await until(() => ticket.tags.includes('credbot_done'));
    const [note, reply] = ticket.comments;
    expect(note).toMatchObject({ public: false });
    expect(plainBodyOf(note!)).toContain(address);
    expect(plainBodyOf(note!)).toContain('registrar@tidewater.example');
    expect(reply).toMatchObject({ public: true });
    expect(plainBodyOf(reply!)).toContain(issuer.name);
    expect(ticket.tags).toEqual(expect.arrayContaining(['credbot_issuer_handoff']));
    expect(ticket.group_id).toBe(77);
    expect(mailTo(address)).toHaveLength(0);
  });

  it('asks which address the learner used, ignores its own reply coming back, then answers the learner', async () => {
    const { address, credential } = await learnerWithCredential();
    const user = zendesk.addUser({ email: `someone.else.${randomUUID().slice(0, 6)}@work.example` });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    const subject = 'Certificate missing';

    await deliver(triggerPayload({ id: ticket.id, subject, comment: 'Hi, I never got my certificate.', requester: { id: user.id, email: user.email! } }));
    await until(() => ticket.tags.includes('credbot_asked_email'));
    expect(ticket.tags).not.toContain('credbot_done');
    const question = ticket.comments[0]!;
    expect(question.public).toBe(true);

    // The trigger fires again on our own update: its latest comment is our question.
    await deliver(triggerPayload({ id: ticket.id, subject, comment: plainBodyOf(question), tags: ticket.tags, requester: { id: user.id, email: user.email! } }));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ticket.comments).toHaveLength(1);

    await deliver(triggerPayload({ id: ticket.id, subject, comment: `Oh, I signed up with ${address}`, tags: ticket.tags, requester: { id: user.id, email: user.email! } }));
    await until(() => ticket.tags.includes('credbot_done'));
    expect(ticket.tags).toContain('credbot_retrieve_sent');
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    expect(mailTo(user.email!)).toHaveLength(0);
  });

  it('only tags a ticket that is not about a credential', async () => {
    const ticket = zendesk.addTicket();
    await deliver(triggerPayload({ id: ticket.id, comment: 'How do I renew the SSL certificate on our web server?', requester: { email: learnerAddress() } }));
    await until(() => ticket.tags.includes('credbot_skipped'));
    expect(ticket.tags).toEqual(['credbot_skipped']);
    expect(ticket.comments).toEqual([]);
  });

  it('sends one email and makes one update when the same delivery arrives five times at once', async () => {
    const { address } = await learnerWithCredential();
    const ticket = zendesk.addTicket();
    const body = triggerPayload({ id: ticket.id, comment: `resend my badge please ${address}` });

    const responses = await Promise.all(Array.from({ length: 5 }, () => deliver(body)));

    expect(responses.map((response) => response.json.status).sort()).toEqual(['accepted', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    await until(() => ticket.tags.includes('credbot_done'));
    await until(() => mailTo(address).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailTo(address)).toHaveLength(1);
    expect(putsTo(ticket.id)).toHaveLength(1);
  });

  it('handles an event-subscription webhook, fetching the requester address through the API', async () => {
    const { address } = await learnerWithCredential();
    const user = zendesk.addUser({ email: address });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    const event = {
      type: 'zen:event-type:ticket.created',
      account_id: 1,
      id: randomUUID(),
      time: new Date().toISOString(),
      zendesk_event_version: '2022-11-06',
      subject: `zen:ticket:${ticket.id}`,
      detail: { id: String(ticket.id), subject: 'no certificate', description: 'I have not received my certificate yet', requester_id: String(user.id), tags: [] },
      event: {},
    };

    expect((await deliver(event)).status).toBe(202);
    await until(() => mailTo(address).length === 1);
    expect(zendesk.requests.some((request) => request.method === 'GET' && request.path === `/api/v2/users/${user.id}.json`)).toBe(true);
    await until(() => ticket.tags.includes('credbot_done'));
  });

  it('waits out a 429 and retries a 500, then updates the ticket once', async () => {
    const { address } = await learnerWithCredential();
    const ticket = zendesk.addTicket();
    zendesk.failNext(1, { status: 429, retryAfterSeconds: 1, method: 'PUT' });
    zendesk.failNext(1, { status: 500, method: 'PUT' });

    await deliver(triggerPayload({ id: ticket.id, comment: `never received my diploma: ${address}` }));

    await until(() => ticket.tags.includes('credbot_done'), 30_000);
    expect(ticket.comments).toHaveLength(1);
  });

  it('ignores its own update when the ticket already carries credbot_done', async () => {
    const ticket = zendesk.addTicket({ tags: ['credbot', 'credbot_done'] });
    const before = zendesk.requests.length;
    expect((await deliver(triggerPayload({ id: ticket.id, tags: ticket.tags, comment: `I never received my certificate ${learnerAddress()}` }))).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(zendesk.requests.slice(before).filter((request) => request.path.includes(`/tickets/${ticket.id}`))).toEqual([]);
  });

  describe('refuses', () => {
    const body = triggerPayload({ id: 1, comment: 'I never received my certificate' });

    it('a forged signature with 401', async () => {
      expect(await deliver(body, { signature: signZendeskWebhook('guessed', '2026-01-01T00:00:00Z', 'x') })).toMatchObject({ status: 401, json: { error: 'bad_signature' } });
    });

    it('a missing signature with 401', async () => {
      const response = await fetch(`${service.url}/webhooks/zendesk`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(401);
    });

    it('a replayed (stale) delivery with 401', async () => {
      expect(await deliver(body, { timestamp: new Date(Date.now() - 10 * 60_000).toISOString() })).toMatchObject({ status: 401, json: { error: 'stale_timestamp' } });
    });

    it('a delivery signed for the future with 401', async () => {
      for (const aheadMs of [6 * 60_000, 24 * 3600_000, 10 * 365 * 24 * 3600_000]) {
        const timestamp = new Date(Date.now() + aheadMs).toISOString();
        expect(await deliver(body, { timestamp })).toMatchObject({ status: 401, json: { error: 'future_timestamp' } });
      }
    });

    it('a delivery whose timestamp has no zone with 401, whatever the server’s time zone', async () => {
      // Now, written in the server's local time without a zone: read as local time, it would fall in the window.
      const now = new Date();
      const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
      expect(await deliver(body, { timestamp: local })).toMatchObject({ status: 401, json: { error: 'malformed_timestamp' } });
    });

    it('malformed JSON with 400', async () => {
      expect(await deliver(undefined, { rawBody: '{"ticket": ' })).toMatchObject({ status: 400, json: { error: 'malformed_json' } });
    });

    it('JSON without a ticket id with 422 naming the field', async () => {
      expect(await deliver({ ticket: { subject: 'x' } })).toMatchObject({ status: 422, json: { error: 'invalid_payload', field: 'ticket.id' } });
    });

    it('a body over 256 KB with 413, and no stack trace', async () => {
      const response = await deliver(undefined, { rawBody: JSON.stringify({ ticket: { id: '1', description: 'x'.repeat(300 * 1024) } }) });
      expect(response.status).toBe(413);
      expect(JSON.stringify(response.json)).not.toMatch(/\s+at /);
    });
  });

  it('answers "Test webhook" deliveries, signed with the static test secret, without acting on them', async () => {
    const ticket = zendesk.addTicket();
    const response = await deliver(triggerPayload({ id: ticket.id, comment: 'I never received my certificate' }), { secret: ZENDESK_TEST_SIGNING_SECRET });
    expect(response).toEqual({ status: 200, json: { status: 'test_received' } });
  });
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
