import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Classification } from '../src/core/intent/classify.ts';
import type { InboundMessage, OutgoingEmail, UnitOfWork } from '../src/core/ports.ts';
import { createUnitOfWork } from '../src/db/unit-of-work.ts';
import { sendEmailPolicy } from '../src/jobs/deliver-email.ts';
import { SEND_EMAIL_QUEUE } from '../src/jobs/delivery-queues.ts';
import { type JobQueue, startJobQueue } from '../src/jobs/job-queue.ts';
import { createLogger } from '../src/logger.ts';
import { learnerAddress, uniqueId } from './helpers/seed.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

/**
 * A message's transaction commits asynchronously and may be lost with the server after its reply or email went
 * out; the message is then handled again. Here the lost commit is a transaction rolled back at its end.
 */
describe('the support ledger, for a message handled again after its transaction was lost', () => {
  let testDb: TestDatabase;
  let queue: JobQueue;
  let unitOfWork: UnitOfWork;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    queue = await startJobQueue(testDb.database, createLogger('silent'), { pollingIntervalSeconds: 60, concurrency: 5, maintenanceIntervalSeconds: 60 });
    await queue.define(SEND_EMAIL_QUEUE, sendEmailPolicy(3, 1, 60));
    unitOfWork = createUnitOfWork(testDb.database, {
      scheduleEmailDelivery: async (scope, emailId) => {
        await queue.schedule(scope, SEND_EMAIL_QUEUE, { emailId }, emailId);
      },
      scheduleReplyDelivery: () => null,
    });
  });
  afterAll(async () => {
    await queue?.stop(1000);
    await testDb?.drop();
  });

  const classification: Classification = { intent: 'missing_credential', band: 'act', confidence: 0.97, reasons: [], language: 'en' };
  const message = (externalId: string, address: string): InboundMessage => ({
    channel: 'zendesk',
    externalId,
    text: `I never received my certificate: ${address}`,
    requester: `zendesk:email:${address}`,
  });
  const email = (to: string, kind: OutgoingEmail['kind'] = 'retrieve'): OutgoingEmail => ({ kind, to, subject: 'Your credentials', text: 'links', html: '<p>links</p>' });

  /** Claims the message and queues its emails, as the use case does; `lose` rolls it all back at the end. */
  const handle = async (inbound: InboundMessage, emails: OutgoingEmail[], lose = false) => {
    const lost = new Error('the server lost this commit');
    let done: { requestId: string | null; emailIds: string[] } | undefined;
    await unitOfWork(async ({ ledger }) => {
      const requestId = await ledger.claimMessage(inbound, classification, []);
      const queued = requestId === null ? [] : await Promise.all(emails.map((outgoing) => ledger.queueEmail(requestId, outgoing)));
      done = { requestId, emailIds: queued.map((queuedEmail) => queuedEmail.id) };
      if (lose) throw lost;
    }).catch((error: unknown) => {
      if (error !== lost) throw error;
    });
    if (!done) throw new Error('the work did not run');
    return done;
  };

  it('gives the request and its emails the ids they had, so the redone work meets what the lost one did', async () => {
    const address = learnerAddress();
    const contact = learnerAddress('contact');
    const inbound = message(uniqueId('ticket'), address);
    const emails = [email(address), email(contact, 'issuer_handoff')];

    const lostAttempt = await handle(inbound, emails, true);
    const redone = await handle(inbound, emails);

    expect(redone.requestId).not.toBeNull();
    expect(redone).toEqual(lostAttempt);
  });

  it('gives another message, and another email of one message, ids of their own', async () => {
    const address = learnerAddress();
    const first = await handle(message(uniqueId('ticket'), address), [email(address), email(address, 'issuer_handoff')]);
    const second = await handle(message(uniqueId('ticket'), address), [email(address)]);

    const ids = [first.requestId, second.requestId, ...first.emailIds, ...second.emailIds];
    expect(new Set(ids).size).toBe(ids.length);
  });
});
