import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCredentials } from '../src/db/import-records.ts';
import { outboundEmails, supportRequests } from '../src/db/schema.ts';
import type { RunningService } from '../src/main.ts';
import { FINISHED_TAGS } from '../src/zendesk/ticket-reply-plan.ts';
import { signZendeskWebhook, ZENDESK_TEST_SIGNING_SECRET } from '../src/zendesk/webhook-signature.ts';
import { triggerDefinition } from '../src/zendesk/zendesk-setup.ts';
import { type FakeZendesk, plainBodyOf, startFakeZendesk, hasCredbotAnswer } from './fakes/fake-zendesk.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import type { TestDatabase } from './helpers/test-database.ts';
import { jobsForTicket, untilQueueIdle } from './helpers/queue-idle.ts';
import { deliverZendeskWebhook, triggerPayload, zendeskChannelEnv } from './helpers/zendesk-delivery.ts';

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
      ...zendeskChannelEnv(zendesk.url, secret),
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
  /** What was queued or sent: recorded with the decision, so complete once the ticket is answered. */
  const emailRowsTo = (addresses: string[]) =>
    testDb.database.db.select().from(outboundEmails).where(inArray(outboundEmails.toAddress, addresses.map((address) => address.toLowerCase())));

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
    await until(() => hasCredbotAnswer(ticket));
    expect(ticket.tags).toEqual(expect.arrayContaining(['vip', 'web_form', 'credbot', 'credbot_retrieve_sent']));
    // "If it has not arrived, reply": the trigger stays on for the learner's next comment.
    expect(ticket.tags).not.toContain('credbot_done');
    expect(ticket.status).toBe('pending');
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]?.public).toBe(true);
    const reply = plainBodyOf(ticket.comments[0]!);
    expect(reply).toContain(`${address[0]}•••@`);
    expect(reply).not.toContain(address);
    expect(reply).not.toContain(credential.url);
    // A first attempt cannot have posted before: one update, no read of the ticket first, no safe update.
    const onTicket = zendesk.requests.filter((request) => request.path === `/api/v2/tickets/${ticket.id}.json`);
    expect(onTicket.map((request) => request.method)).toEqual(['PUT']);
    expect(onTicket[0]?.body).not.toHaveProperty('ticket.safe_update');
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
  });

  it('reads the ticket’s subject with its text, and records the text as the learner wrote it', async () => {
    const { address, credential } = await learnerWithCredential();
    const ticket = zendesk.addTicket();
    const comment = 'It was for the spring course, thank you.';

    await deliver(triggerPayload({ id: ticket.id, subject: 'I never received my certificate', comment, requester: { email: address } }));

    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    const [recorded] = await testDb.database.db
      .select({ messageText: supportRequests.messageText, outcome: supportRequests.outcome })
      .from(supportRequests)
      .where(eq(supportRequests.conversationId, String(ticket.id)));
    expect(recorded).toEqual({ messageText: comment, outcome: 'retrieve' });
  });

  it('hands off with an internal note for agents and a public reply naming the issuer', async () => {
    const { issuer, address } = await learnerWithCredential('draft');
    const user = zendesk.addUser({ email: address });
    const ticket = zendesk.addTicket({ requester_id: user.id });

    await deliver(triggerPayload({ id: ticket.id, comment: `where is my certificate? I used ${address}`, requester: { id: user.id, email: address } }));

    await until(() => hasCredbotAnswer(ticket));
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

  it('asks which address the learner used, ignores its own reply coming back, then answers about the address given as anyone’s', async () => {
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
    await untilQueueIdle(testDb.database);
    expect(ticket.comments).toHaveLength(1);

    await deliver(triggerPayload({ id: ticket.id, subject, comment: `Oh, I signed up with ${address}`, tags: ticket.tags, requester: { id: user.id, email: user.email! } }));
    await until(() => ticket.tags.includes('credbot_done'));
    // Not the requester's address as far as Zendesk knows: emailed all the same, but the reply says nothing of it.
    expect(ticket.tags).toContain('credbot_other_addresses');
    expect(plainBodyOf(ticket.comments.at(-1)!)).toContain('If credentials were issued to that address');
    await until(() => mailTo(address).length === 1);
    expect(mailTo(address)[0]?.text).toContain(credential.url);
    expect(mailTo(user.email!)).toHaveLength(0);
  });

  it('keeps a ticket open to the learner after a hand-off that asks for another address, and looks that one up', async () => {
    const requesterAddress = learnerAddress('zd.nothing');
    const { address: otherAddress, credential } = await learnerWithCredential();
    const user = zendesk.addUser({ email: requesterAddress });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    const requester = { id: user.id, email: requesterAddress };

    await deliver(triggerPayload({ id: ticket.id, comment: `I never received my certificate, I used ${requesterAddress}`, requester }));
    await until(() => hasCredbotAnswer(ticket));
    expect(ticket.tags).toContain('credbot_issuer_handoff');
    expect(plainBodyOf(ticket.comments.at(-1)!)).toContain('If you used another one, reply with it');
    // What the trigger's condition reads: the ticket is not finished, so the learner's reply is sent to credbot.
    expect(ticket.tags).not.toContain('credbot_done');
    expect(triggerDefinition('any', true).conditions.all).toContainEqual({ field: 'current_tags', operator: 'not_includes', value: FINISHED_TAGS.join(' ') });

    const commentsBefore = ticket.comments.length;
    await deliver(triggerPayload({ id: ticket.id, comment: `Sorry, it was ${otherAddress}`, tags: ticket.tags, requester }));
    await until(() => mailTo(otherAddress).length === 1);
    expect(mailTo(otherAddress)[0]?.text).toContain(credential.url);
    await until(() => ticket.comments.length > commentsBefore && ticket.tags.includes('credbot_done'));
    expect(plainBodyOf(ticket.comments.at(-1)!)).toContain('If credentials were issued to that address');
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
    const body = triggerPayload({ id: ticket.id, comment: `resend my badge please ${address}`, requester: { email: address } });

    const responses = await Promise.all(Array.from({ length: 5 }, () => deliver(body)));

    expect(responses.map((response) => response.json.status).sort()).toEqual(['accepted', 'duplicate', 'duplicate', 'duplicate', 'duplicate']);
    await until(() => hasCredbotAnswer(ticket));
    await until(() => mailTo(address).length === 1);
    await untilQueueIdle(testDb.database);
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
    await until(() => hasCredbotAnswer(ticket));
  });

  it('answers a requester whose Zendesk language is Spanish in Spanish, on the ticket and in the email', async () => {
    const { address, credential } = await learnerWithCredential();
    const user = zendesk.addUser({ email: address, locale: 'es' });
    const ticket = zendesk.addTicket({ requester_id: user.id });

    await deliver(triggerPayload({ id: ticket.id, comment: 'Hola, no me llegó el certificado del curso.', requester: { id: user.id, email: address, language: 'Español' } }));

    await until(() => hasCredbotAnswer(ticket));
    const reply = plainBodyOf(ticket.comments[0]!);
    expect(reply).toContain(`Le hemos enviado por correo electrónico una lista de sus credenciales a ${address[0]}•••@`);
    expect(reply).toContain('revise su carpeta de spam');
    await until(() => mailTo(address).length === 1);
    const [email] = mailTo(address);
    expect(email?.subject).toBe('La credencial que solicitó');
    expect(email?.text).toContain(`Nos pidió la credencial emitida a ${address}`);
    expect(email?.text).toContain(credential.url);
    const [recorded] = await testDb.database.db.select({ language: supportRequests.language }).from(supportRequests).where(eq(supportRequests.conversationId, String(ticket.id)));
    expect(recorded?.language).toBe('es');
  });

  it('answers in the requester’s Zendesk language from the API, whatever the message’s, and notes it for agents in English', async () => {
    const { issuer, address } = await learnerWithCredential('draft');
    const user = zendesk.addUser({ email: address, locale: 'pt-BR' });
    const ticket = zendesk.addTicket({ requester_id: user.id });
    const event = {
      type: 'zen:event-type:ticket.created',
      detail: { id: String(ticket.id), subject: 'certificate', description: 'I have not received my certificate yet', requester_id: String(user.id), tags: [] },
      event: {},
    };

    expect((await deliver(event)).status).toBe(202);

    await until(() => hasCredbotAnswer(ticket));
    const [note, reply] = ticket.comments;
    expect(note).toMatchObject({ public: false });
    expect(plainBodyOf(note!)).toContain('credbot: only unpublished drafts found; learner pointed to the issuer.');
    expect(plainBodyOf(note!)).toContain('Learner’s language: Portuguese (from their profile).');
    expect(reply).toMatchObject({ public: true });
    expect(plainBodyOf(reply!)).toContain(`Encontramos sua credencial de ${address[0]}•••@`);
    expect(plainBodyOf(reply!)).toContain(`${issuer.name} ainda não a publicou`);
  });

  it('waits out a 429 and retries a 500, then updates the ticket once', async () => {
    const { address } = await learnerWithCredential();
    const ticket = zendesk.addTicket();
    zendesk.failNext(1, { status: 429, retryAfterSeconds: 1, method: 'PUT' });
    zendesk.failNext(1, { status: 500, method: 'PUT' });

    await deliver(triggerPayload({ id: ticket.id, comment: `never received my diploma: ${address}`, requester: { email: address } }));

    await until(() => hasCredbotAnswer(ticket), 30_000);
    expect(ticket.comments).toHaveLength(1);
  });

  it('ignores its own update when the ticket already carries credbot_done', async () => {
    const ticket = zendesk.addTicket({ tags: ['credbot', 'credbot_done'] });
    const before = zendesk.requests.length;
    expect((await deliver(triggerPayload({ id: ticket.id, tags: ticket.tags, comment: `I never received my certificate ${learnerAddress()}` }))).status).toBe(202);
    await untilQueueIdle(testDb.database);
    expect(zendesk.requests.slice(before).filter((request) => request.path.includes(`/tickets/${ticket.id}`))).toEqual([]);
  });

  describe('when the requester names an address that is not theirs', () => {
    /** Someone else's address, with what a test puts on record for it. */
    async function stranger(record: 'credential' | 'draft' | 'nothing' | 'near_miss') {
      const issuer = await seedIssuer(testDb.database, { name: `Stonebridge Institute ${randomUUID().slice(0, 4)}`, contactEmail: `admissions.${randomUUID().slice(0, 4)}@stonebridge.example` });
      const address = learnerAddress(`victim.${record.replace('_', '')}`);
      const issuedTo = record === 'near_miss' ? address.replace('victim', 'victin') : address;
      if (record !== 'nothing') await seedCredential(testDb.database, issuer, { recipientEmail: issuedTo, status: record === 'draft' ? 'draft' : 'published' });
      return { issuer, address, issuedTo };
    }

    async function askAbout(address: string, requester: { id: number; email: string }) {
      const ticket = zendesk.addTicket({ requester_id: requester.id });
      await deliver(triggerPayload({ id: ticket.id, comment: `I never received my certificate, my email is ${address}`, requester }));
      return ticket;
    }

    it('answers in the same words whatever is on record, gives agents the details, and emails only the issued address', async () => {
      const asker = zendesk.addUser({ email: learnerAddress('asker') });
      const requester = { id: asker.id, email: asker.email! };
      const cases = await Promise.all((['credential', 'draft', 'nothing', 'near_miss'] as const).map(stranger));

      const tickets = await Promise.all(cases.map((found) => askAbout(found.address, requester)));

      await until(() => tickets.every((ticket) => hasCredbotAnswer(ticket)));
      const publicReplies = tickets.map((ticket) => ticket.comments.filter((comment) => comment.public).map((comment) => plainBodyOf(comment)));
      expect(publicReplies.every((replies) => replies.length === 1)).toBe(true);
      expect(new Set(publicReplies.flat()).size).toBe(1);
      const reply = publicReplies[0]![0]!;
      expect(reply).toContain('If credentials were issued to that address, we have emailed their links there');
      expect(reply).not.toMatch(/Stonebridge|stonebridge|•••|victi|\d{4}|UTC/);

      const notes = tickets.map((ticket) => plainBodyOf(ticket.comments.find((comment) => !comment.public) ?? { body: '', public: false }));
      const [credential, draft, , nearMiss] = cases;
      expect(notes[0]).toContain(`Retrieve email to ${credential!.address}`);
      expect(notes[1]).toContain('Unpublished drafts');
      expect(notes[1]).toContain(draft!.issuer.contactEmail);
      expect(notes[2]).toContain(`no credential found; nothing sent.`);
      expect(notes[3]).toContain(`${nearMiss!.issuedTo} (learner gave ${nearMiss!.address})`);
      for (const ticket of tickets) {
        expect(ticket.tags).toContain('credbot_other_addresses');
        expect(ticket.group_id).toBe(77);
      }

      await until(() => mailTo(credential!.address).length === 1);
      const emails = await emailRowsTo([asker.email!, ...cases.flatMap((found) => [found.address, found.issuedTo, found.issuer.contactEmail!])]);
      expect(emails.map((email) => email.toAddress)).toEqual([credential!.address]);
    });

    it('acts on at most the requester’s daily budget of addresses over twelve tickets, and hands the rest to a person', async () => {
      const asker = zendesk.addUser({ email: learnerAddress('serial') });
      const requester = { id: asker.id, email: asker.email! };
      const strangers = await Promise.all(Array.from({ length: 12 }, () => stranger('credential')));

      const tickets = await Promise.all(strangers.map((found) => askAbout(found.address, requester)));

      await until(() => tickets.every((ticket) => hasCredbotAnswer(ticket)), 40_000);
      const emails = await emailRowsTo(strangers.map((found) => found.address));
      expect(emails).toHaveLength(5);
      const overBudget = tickets.filter((ticket) => ticket.tags.includes('credbot_over_budget'));
      expect(overBudget).toHaveLength(7);
      for (const ticket of overBudget) {
        expect(ticket.group_id).toBe(77);
        expect(plainBodyOf(ticket.comments.find((comment) => !comment.public) ?? { body: '', public: false })).toContain('over the requester’s daily limit of addresses');
        expect(plainBodyOf(ticket.comments.find((comment) => comment.public) ?? { body: '', public: false })).toContain('a member of our support team will look at your request');
      }
    });

    it('acts on at most the per-message cap of a ticket naming 300 addresses', async () => {
      const issuer = await seedIssuer(testDb.database);
      const addresses = Array.from({ length: 300 }, (_, index) => learnerAddress(`crowd${index}`));
      await importCredentials(
        testDb.database,
        addresses.map((address, index) => ({
          line: index + 1,
          value: { id: `crowd-${randomUUID()}`, issuerId: issuer.id, recipientEmail: address, recipientName: null, courseName: 'Crowd Course', url: `https://credentials.example/c/crowd${index}`, status: 'published' as const, issuedAt: new Date('2026-05-01T00:00:00Z') },
        })),
        { skipInvalid: false },
      );
      const asker = zendesk.addUser({ email: learnerAddress('bulk') });
      const ticket = zendesk.addTicket({ requester_id: asker.id });

      await deliver(triggerPayload({ id: ticket.id, comment: `I never received my certificate. Addresses: ${addresses.join(', ')}`, requester: { id: asker.id, email: asker.email! } }));

      await until(() => hasCredbotAnswer(ticket));
      const emails = await emailRowsTo(addresses);
      expect(emails.map((email) => email.toAddress).sort()).toEqual(addresses.slice(0, 3).sort());
      const note = plainBodyOf(ticket.comments.find((comment) => !comment.public) ?? { body: '', public: false });
      expect(note).toContain('over the cap of addresses per message');
      expect(note).toContain('and 277 more');
      expect(plainBodyOf(ticket.comments.find((comment) => comment.public) ?? { body: '', public: false })).toContain('we haven’t checked all of them');
    });
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

    it('a ticket id Zendesk’s API would refuse (0, or past 2^53) with 422 naming the field, storing nothing', async () => {
      const { address } = await learnerWithCredential();
      for (const id of ['0', '99999999999999999999']) {
        const { ticket } = triggerPayload({ id: 1, comment: `I never received my certificate ${address}`, requester: { email: address } });
        const response = await deliver({ ticket: { ...ticket, id } });
        expect(response).toEqual({
          status: 422,
          json: { error: 'invalid_payload', field: 'ticket.id', message: 'ticket.id: must be a Zendesk id: a whole number from 1 to 9007199254740991' },
        });
        // Nothing was accepted, so no job will ever email anyone or touch a ticket.
        expect(await jobsForTicket(testDb.database, id)).toBe(0);
      }
      expect(await emailRowsTo([address])).toEqual([]);
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
    // A message is stored as its job before it is acknowledged: had this one been taken, its job would be there now.
    expect(await jobsForTicket(testDb.database, String(ticket.id))).toBe(0);
    // And nothing came of it once every job has run: no request recorded, the ticket untouched.
    await untilQueueIdle(testDb.database);
    const requests = await testDb.database.sql.executeSql("select count(*)::int as recorded from support_requests where channel = 'zendesk' and external_id like $1", [`${ticket.id}:%`]);
    expect(requests.rows[0]).toEqual({ recorded: 0 });
    expect(ticket.comments).toEqual([]);
    expect(ticket.tags).not.toContain('credbot_done');
  });
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the Zendesk channel with issuer hand-off emails on', () => {
  let world: ServiceUnderTest | undefined;
  let zendesk: FakeZendesk;

  beforeAll(async () => {
    zendesk = await startFakeZendesk();
    world = await startServiceUnderTest({
      ...zendeskChannelEnv(zendesk.url, secret),
      ISSUER_HANDOFF_EMAILS: 'true',
      ISSUER_HANDOFF_EMAIL_LIMIT_PER_DAY: '2',
    });
  });
  afterAll(async () => {
    await world?.close();
    await zendesk?.close();
  });

  const emailRowsTo = (addresses: string[]) =>
    world!.testDb.database.db.select().from(outboundEmails).where(inArray(outboundEmails.toAddress, addresses));

  it('emails each issuer’s contact at most its daily limit of hand-offs, however many tickets mention it', async () => {
    const issuers = await Promise.all(
      ['Ashgrove', 'Brightwater', 'Copperfield'].map((name) =>
        seedIssuer(world!.testDb.database, { name: `${name} Academy ${randomUUID().slice(0, 4)}`, contactEmail: `${name.toLowerCase()}.${randomUUID().slice(0, 4)}@issuers.example` }),
      ),
    );
    const asker = zendesk.addUser({ email: learnerAddress('spammer') });
    const tickets = Array.from({ length: 5 }, () => zendesk.addTicket({ requester_id: asker.id }));
    const text = `I never received my certificate from ${issuers.map((issuer) => issuer.name).join(' or ')}. Buy cheap watches!`;

    await Promise.all(tickets.map((ticket) => deliverZendeskWebhook(world!.service.url, triggerPayload({ id: ticket.id, comment: text, requester: { id: asker.id, email: asker.email! } }), { secret })));

    await until(() => tickets.every((ticket) => hasCredbotAnswer(ticket)));
    const emails = await emailRowsTo(issuers.map((issuer) => issuer.contactEmail!));
    for (const issuer of issuers) expect(emails.filter((email) => email.toAddress === issuer.contactEmail)).toHaveLength(2);
    const notes = tickets.map((ticket) => plainBodyOf(ticket.comments.find((comment) => !comment.public) ?? { body: '', public: false }));
    expect(notes.filter((note) => note.includes('Hand-off email NOT sent'))).toHaveLength(3);
  });

  it('emails no issuer about an address that is not the requester’s', async () => {
    const issuer = await seedIssuer(world!.testDb.database, { contactEmail: `registrar.${randomUUID().slice(0, 4)}@issuers.example` });
    const stranger = learnerAddress('stranger');
    await seedCredential(world!.testDb.database, issuer, { recipientEmail: stranger, status: 'draft' });
    const asker = zendesk.addUser({ email: learnerAddress('asker') });
    const ticket = zendesk.addTicket({ requester_id: asker.id });

    await deliverZendeskWebhook(world!.service.url, triggerPayload({ id: ticket.id, comment: `I never received my certificate: ${stranger}`, requester: { id: asker.id, email: asker.email! } }), { secret });

    await until(() => hasCredbotAnswer(ticket));
    expect(plainBodyOf(ticket.comments.find((comment) => !comment.public) ?? { body: '', public: false })).toContain(issuer.contactEmail);
    expect(await emailRowsTo([issuer.contactEmail!, stranger])).toEqual([]);
  });
});
