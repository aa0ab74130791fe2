import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFailures } from '../src/db/failure-records.ts';
import { supportRequests } from '../src/db/schema.ts';
import type { RunningService } from '../src/main.ts';
import { type FakeTicket, type FakeZendesk, plainBodyOf, startFakeZendesk, hasCredbotAnswer } from './fakes/fake-zendesk.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import { type ServiceUnderTest, startServiceUnderTest } from './helpers/service-under-test.ts';
import type { TestDatabase } from './helpers/test-database.ts';
import { deliverZendeskWebhook, triggerPayload, zendeskChannelEnv } from './helpers/zendesk-delivery.ts';

const secret = 'zendesk-webhook-secret-for-tests';

describe('Zendesk replies when Zendesk fails', () => {
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
      // Two attempts a second apart, so giving up takes seconds.
      CHANNEL_MAX_ATTEMPTS: '2',
      CHANNEL_RETRY_DELAY_SECONDS: '1',
      // A held request stays held for as long as the test holds it: the client does not give up first.
      ZENDESK_API_TIMEOUT_MS: '120000',
    }));
  });
  afterAll(async () => {
    await world?.close();
    await zendesk?.close();
  });

  const ticketPath = (ticket: FakeTicket) => `/api/v2/tickets/${ticket.id}.json`;
  const mailTo = (address: string) => sink.messages.filter((message) => JSON.stringify(message.to).includes(address));
  const requestOf = async (ticket: FakeTicket) => {
    const [row] = await testDb.database.db.select().from(supportRequests).where(eq(supportRequests.conversationId, String(ticket.id)));
    return row;
  };

  /** A learner with a published credential writes on a new ticket. */
  async function learnerAsks(ticket = zendesk.addTicket()) {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('zdfail');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const response = await deliverZendeskWebhook(service.url, triggerPayload({ id: ticket.id, comment: 'I never received my certificate.', requester: { email: address } }), { secret });
    expect(response.status).toBe(202);
    return { ticket, address };
  }

  it('records a reply whose every attempt failed as failed, and leaves the ticket to people', async () => {
    const ticket = zendesk.addTicket();
    // The first attempt's update fails on each of its four tries; the second attempt starts by reading the ticket
    // (the first might have landed unheard), and every read fails. The hand-over is one plain update: it lands.
    zendesk.failNext(4, { status: 500, method: 'PUT', path: ticketPath(ticket) });
    zendesk.failNext(1000, { status: 500, method: 'GET', path: ticketPath(ticket) });

    const { address } = await learnerAsks(ticket);

    await until(async () => (await requestOf(ticket))?.replyStatus === 'failed');
    const request = await requestOf(ticket);
    expect(request).toMatchObject({ replyAttempts: 2, replyError: expect.stringContaining('500') });
    const onTicket = zendesk.requests.filter((sent) => sent.path === ticketPath(ticket)).map((sent) => sent.method);
    expect(onTicket.slice(0, 5)).toEqual(['PUT', 'PUT', 'PUT', 'PUT', 'GET']);
    expect(onTicket.at(-1)).toBe('PUT');
    expect(request?.replyError).toMatch(/^Ticket left to people with an internal note; last error: .*500/);
    // No public reply; an internal note for the hand-off group says what credbot meant to say.
    expect(ticket.comments.filter((comment) => comment.public)).toEqual([]);
    const [note] = ticket.comments;
    expect(note?.public).toBe(false);
    expect(plainBodyOf(note!)).toContain('credbot could not answer this ticket');
    expect(plainBodyOf(note!)).toContain('We’ve emailed');
    expect(ticket.group_id).toBe(77);
    expect(ticket.tags).toEqual(expect.arrayContaining(['credbot_reply_failed', 'credbot_done']));
    // The email does not depend on the ticket: it went.
    await until(async () => mailTo(address).length === 1);

    const failures = await listFailures(testDb.database.db, 50);
    expect(failures.replies).toContainEqual(expect.objectContaining({ requestId: request!.id, channel: 'zendesk', conversationId: String(ticket.id), status: 'failed' }));
  });

  it('gives up at once when Zendesk refuses the update, and leaves the ticket to people', async () => {
    const ticket = zendesk.addTicket();
    zendesk.failNext(1, { status: 422, method: 'PUT', path: ticketPath(ticket), body: { error: 'RecordInvalid', description: 'Comment: is invalid' } });

    await learnerAsks(ticket);

    await until(async () => (await requestOf(ticket))?.replyStatus === 'failed');
    expect(await requestOf(ticket)).toMatchObject({ replyAttempts: 1, replyError: expect.stringContaining('RecordInvalid') });
    expect(ticket.tags).toEqual(expect.arrayContaining(['credbot_reply_failed', 'credbot_done']));
    expect(ticket.group_id).toBe(77);
    expect(ticket.comments.map((comment) => comment.public)).toEqual([false]);
  });

  it('answers the other tickets while one ticket’s update hangs, and that one once it is answered', async () => {
    const slow = zendesk.addTicket();
    const held = zendesk.holdNext(1, { method: 'PUT', path: ticketPath(slow) });
    await learnerAsks(slow);
    await until(async () => zendesk.requests.some((request) => request.method === 'PUT' && request.path === ticketPath(slow)));

    // More tickets than the reply worker has slots beside the hung one.
    const others = await Promise.all(Array.from({ length: 6 }, () => learnerAsks()));

    await until(async () => others.every(({ ticket }) => hasCredbotAnswer(ticket)));
    expect(hasCredbotAnswer(slow)).toBe(false);

    held.release();
    await until(async () => hasCredbotAnswer(slow));
    expect(slow.comments.filter((comment) => comment.public)).toHaveLength(1);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
