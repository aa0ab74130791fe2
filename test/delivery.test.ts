import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.ts';
import { outboundEmails } from '../src/db/schema.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { type AppUnderTest, openAppUnderTest } from './helpers/app-under-test.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import type { TestDatabase } from './helpers/test-database.ts';

describe('email delivery', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let app: App;
  let world: AppUnderTest | undefined;

  beforeAll(async () => {
    ({ testDb, sink, app } = world = await openAppUnderTest({
      ISSUER_HANDOFF_EMAILS: 'true',
      EMAIL_RETRY_DELAY_SECONDS: '1',
      EMAIL_MAX_ATTEMPTS: '3',
    }));
  });
  afterAll(async () => {
    await world?.close();
  });

  /** `from`: the address the channel vouches for as the requester's own. */
  const ask = (text: string, from?: string) =>
    app.handleMessage({ channel: 'cli', externalId: randomUUID(), text, vouchedAddress: from, requester: `cli:${from ?? randomUUID()}` });
  const emailRow = async (id: string) => (await testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.id, id)))[0];
  const until = async (condition: () => Promise<boolean>, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('retries while the SMTP server refuses, and sends once when it is back', async () => {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('patient');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    sink.refuse(true);
    try {
      const handled = await ask(`I never received my certificate: ${address}`);
      if (handled.status !== 'decided') throw new Error('expected a decision');
      const emailId = handled.emails[0]!.id;
      await until(async () => (await emailRow(emailId))?.lastError != null);
      expect(await emailRow(emailId)).toMatchObject({ status: 'queued', attempts: 1 });

      sink.refuse(false);
      await until(async () => (await emailRow(emailId))?.status === 'sent');
      // On the sender's domain (MAIL_FROM's default), with replies going to the support address.
      const copies = sink.messages.filter((message) => message.messageId === `<${emailId}@credbot.invalid>`);
      expect(copies).toHaveLength(1);
      expect(copies[0]?.replyTo?.text).toBe('support@credbot.invalid');
      expect((await emailRow(emailId))?.attempts).toBe(2);
    } finally {
      sink.refuse(false);
    }
  });

  it('marks an email failed after its last attempt, with the error recorded', async () => {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('unlucky');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    sink.refuse(true);
    try {
      const handled = await ask(`where is my certificate?? ${address}`);
      if (handled.status !== 'decided') throw new Error('expected a decision');
      const emailId = handled.emails[0]!.id;
      await until(async () => (await emailRow(emailId))?.status === 'failed', 40_000);
      expect(await emailRow(emailId)).toMatchObject({ attempts: 3, lastError: expect.stringMatching(/421|not available/i) });
    } finally {
      sink.refuse(false);
    }
  }, 60_000);

  it('gives up at once on an address the mail server says does not exist, without retrying', async () => {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('nosuchbox');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    sink.rejectRecipient(address);
    const handled = await ask(`my certificate never came, ${address}`);
    if (handled.status !== 'decided') throw new Error('expected a decision');
    const emailId = handled.emails[0]!.id;
    await until(async () => (await emailRow(emailId))?.status === 'failed');
    expect(await emailRow(emailId)).toMatchObject({ attempts: 1, lastError: expect.stringContaining('550') });
  });

  it('emails the issuer contact on a hand-off when configured, quoting the learner, escaped', async () => {
    const issuer = await seedIssuer(testDb.database, { contactEmail: `contact.${randomUUID().slice(0, 6)}@issuer.example` });
    const address = learnerAddress('waiting');
    await seedCredential(testDb.database, issuer, { recipientEmail: address, status: 'draft', courseName: 'Harbour Pilotage' });

    const handled = await ask(`I never received my <b>certificate</b>, ${address}`, address);

    if (handled.status !== 'decided') throw new Error('expected a decision');
    expect(handled.decision.kind).toBe('issuer_handoff');
    expect(handled.emails.map((email) => [email.kind, email.to])).toEqual([['issuer_handoff', issuer.contactEmail]]);
    await until(async () => sink.messages.some((message) => JSON.stringify(message.to).includes(issuer.contactEmail!)));
    const mail = sink.messages.find((message) => JSON.stringify(message.to).includes(issuer.contactEmail!));
    expect(mail?.text).toContain(address);
    expect(mail?.text).toContain('Harbour Pilotage');
    expect(mail?.html).toContain('&lt;b&gt;certificate&lt;/b&gt;');
  });
});
