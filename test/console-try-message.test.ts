import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../src/app.ts';
import { CREDENTIAL_LINK_PLACEHOLDER, createMessageTrial, type TrialResult } from '../src/console/try-message/message-trial.ts';
import { submitTryMessageForm } from '../src/console/try-message/try-message-page.ts';
import { maskEmail } from '../src/core/mask.ts';
import { JOB_SCHEMA } from '../src/jobs/job-tables.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { type AppUnderTest, openAppUnderTest } from './helpers/app-under-test.ts';
import { untilQueueIdle } from './helpers/queue-idle.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import type { TestDatabase } from './helpers/test-database.ts';

/**
 * "Try a message" runs the real core on the service's own deps, in a transaction it rolls back: these tests look
 * at what it says, and then at every place a real message leaves a trace (the requests, the emails, the job queue,
 * the mail server), which must hold what they held before.
 */
describe('trying a message in the console', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let app: App;
  let world: AppUnderTest | undefined;
  let trial: ReturnType<typeof createMessageTrial>;

  beforeAll(async () => {
    ({ testDb, sink, app } = world = await openAppUnderTest({ ISSUER_HANDOFF_EMAILS: 'true', RETRIEVE_LIMIT_PER_DAY: '1' }));
    trial = createMessageTrial(app);
  });
  afterAll(async () => {
    await world?.close();
  });

  /** Rows in every table a handled message writes to, and the mail the SMTP server has taken. */
  async function traces() {
    const { rows } = await testDb.database.sql.executeSql(
      `select (select count(*) from support_requests)::int as requests,
              (select count(*) from outbound_emails)::int as emails,
              (select count(*) from requester_mailboxes)::int as mailboxes,
              (select count(*) from ${JOB_SCHEMA}.job)::int as jobs`,
      [],
    );
    return { ...(rows[0] as Record<string, number>), mails: sink.messages.length };
  }

  let before: Awaited<ReturnType<typeof traces>>;
  beforeEach(async () => {
    await untilQueueIdle(testDb.database);
    before = await traces();
  });
  async function expectNoTrace() {
    await untilQueueIdle(testDb.database);
    expect(await traces()).toEqual(before);
  }

  it('shows the credentials email it would send to a learner with published credentials, and sends and records nothing', async () => {
    const issuer = await seedIssuer(testDb.database, { name: 'Harbour Polytechnic' });
    const address = learnerAddress('noor');
    const credential = await seedCredential(testDb.database, issuer, { recipientEmail: address, courseName: 'Coastal Navigation' });
    before = await traces();

    const result = await trial({ text: 'Hello, I never received my certificate for the course.', vouchedAddress: address });

    expect(result.classification).toMatchObject({ intent: 'missing_credential', band: 'act' });
    expect(result.decision).toBe('retrieve');
    expect(result.language).toEqual({ language: 'en', source: 'message' });
    expect(result.learnerReply).not.toBe('');
    expect(result.learnerReply).not.toContain(address);
    expect(result.agentNote).toContain(maskEmail(address));
    expect(result.agentNote).not.toContain(address);
    expect(result.emails).toHaveLength(1);
    const [email] = result.emails;
    expect(email).toMatchObject({ kind: 'retrieve', to: maskEmail(address) });
    expect(email?.subject).toBe('The credential you asked for');
    expect(email?.text).toContain('Coastal Navigation');
    expect(email?.text).toContain(CREDENTIAL_LINK_PLACEHOLDER);
    expect(email?.text).not.toContain(credential.url);
    await expectNoTrace();
  });

  it('shows the issuer hand-off, with the email to the issuer, when only a draft exists', async () => {
    const issuer = await seedIssuer(testDb.database, { name: 'Juniper Academy', contactEmail: 'registrar@juniper.example' });
    const address = learnerAddress('ines');
    const draft = await seedCredential(testDb.database, issuer, { recipientEmail: address, status: 'draft', courseName: 'Pottery Basics' });
    before = await traces();

    const result = await trial({ text: `No he recibido mi certificado del curso. Mi correo es ${address}`, vouchedAddress: address });

    expect(result.decision).toBe('issuer_handoff');
    expect(result.language).toEqual({ language: 'es', source: 'message' });
    expect(result.emails.map((email) => [email.kind, email.to])).toEqual([['issuer_handoff', maskEmail('registrar@juniper.example')]]);
    expect(result.emails[0]?.text).toContain('Pottery Basics');
    expect(result.emails[0]?.text).not.toContain(draft.url);
    expect(result.emails[0]?.text).not.toContain(address);
    await expectNoTrace();
  });

  it('answers in the language given for the requester', async () => {
    const result = await trial({ text: 'I never received my certificate', locale: 'pt' });

    expect(result.decision).toBe('ask_for_email');
    expect(result.language).toEqual({ language: 'pt', source: 'channel' });
    expect(result.emails).toEqual([]);
    await expectNoTrace();
  });

  it('reads limits as they stand: an address already emailed today is rate-limited', async () => {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('kai');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const handled = await app.handleMessage({ channel: 'cli', externalId: randomUUID(), text: 'I never received my certificate', vouchedAddress: address, requester: `cli:${address}` });
    expect(handled.status === 'decided' && handled.decision.kind).toBe('retrieve');
    await sink.waitForMessages(before.mails + 1);
    before = await traces();

    const result = await trial({ text: 'I never received my certificate', vouchedAddress: address });

    expect(result.decision).toBe('rate_limited');
    expect(result.emails).toEqual([]);
    await expectNoTrace();
  });

  it('tries the same message twice with the same answer: a try is never taken for a duplicate', async () => {
    const message = { text: 'where is my badge? I finished the course last week' };
    const first = await trial(message);
    const second = await trial(message);

    expect(second.decision).toBe(first.decision);
    expect(second).toEqual<TrialResult>(first);
    await expectNoTrace();
  });

  it('leaves a message that is not a request to people', async () => {
    const result = await trial({ text: 'Our SSL certificate on the web server expired, can you renew it?' });

    expect(result.classification).toMatchObject({ intent: 'other', band: 'ignore' });
    expect(result.decision).toBe('ignore');
    expect(result.learnerReply).toBe('');
    await expectNoTrace();
  });

  it('turns down a bad form before trying anything', async () => {
    const page = await submitTryMessageForm(trial, { text: 'I never got my certificate', address: 'not-an-address', language: '' });

    expect(page).toMatchObject({ status: 400, error: { field: 'address' }, form: { address: 'not-an-address' } });
    await expectNoTrace();
  });

  it('tries a well-formed form', async () => {
    const page = await submitTryMessageForm(trial, { text: '  Je n’ai pas reçu mon certificat  ', address: '', language: 'fr', _csrf: 'token' });

    expect(page.status).toBe(200);
    expect(page.status === 200 && page.result?.language).toEqual({ language: 'fr', source: 'channel' });
    await expectNoTrace();
  });
});
