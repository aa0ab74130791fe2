import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app.ts';
import type { HandledMessage } from '../src/core/handle-message.ts';
import { outboundEmails, supportRequests } from '../src/db/schema.ts';
import type { SmtpSink } from './fakes/smtp-sink.ts';
import { type AppUnderTest, openAppUnderTest } from './helpers/app-under-test.ts';
import { untilQueueIdle } from './helpers/queue-idle.ts';
import { learnerAddress, seedCredential, seedIssuer } from './helpers/seed.ts';
import type { TestDatabase } from './helpers/test-database.ts';

describe('the pipeline, from a message to the email in a real SMTP server', () => {
  let testDb: TestDatabase;
  let sink: SmtpSink;
  let app: App;
  let world: AppUnderTest | undefined;

  beforeAll(async () => {
    ({ testDb, sink, app } = world = await openAppUnderTest({ RETRIEVE_LIMIT_PER_DAY: '2' }));
  });
  afterAll(async () => {
    await world?.close();
  });

  /** A message as a channel passes it on: `from` is the address the channel vouches for as the requester's own. */
  const ask = (text: string, extra: { from?: string; requester?: string; externalId?: string } = {}) =>
    app.handleMessage({
      channel: 'cli',
      externalId: extra.externalId ?? randomUUID(),
      text,
      vouchedAddress: extra.from,
      requester: extra.requester ?? `cli:${extra.from ?? randomUUID()}`,
    });

  const decided = (handled: HandledMessage) => {
    if (handled.status !== 'decided') throw new Error(`expected a decision, got ${handled.status}`);
    return handled;
  };

  const messagesTo = (address: string) => sink.messages.filter((message) => message.to && JSON.stringify(message.to).includes(address));

  it('emails every published credential of the address, with its URL, and no draft', async () => {
    const issuer = await seedIssuer(testDb.database, { name: 'Lighthouse College' });
    const address = learnerAddress('robin');
    const first = await seedCredential(testDb.database, issuer, { recipientEmail: address, courseName: 'Intro to Sailing' });
    const second = await seedCredential(testDb.database, issuer, { recipientEmail: address, courseName: 'Knots & <Splices>' });
    const draft = await seedCredential(testDb.database, issuer, { recipientEmail: address, status: 'draft' });

    const handled = decided(await ask(`Hi, I never received my certificate. My email is ${address.toUpperCase()}`, { from: address }));

    expect(handled.decision.kind).toBe('retrieve');
    const [mail] = await waitFor(() => messagesTo(address), 1);
    expect(mail?.subject).toBeTruthy();
    expect(mail?.text).toContain(first.url);
    expect(mail?.text).toContain(second.url);
    expect(mail?.text).not.toContain(draft.url);
    expect(mail?.html).toContain('Knots &amp; &lt;Splices&gt;');
    const hrefs = [...String(mail?.html).matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(expect.arrayContaining([first.url, second.url]));
    // The SMTP server has the message a moment before the worker records that it went.
    const [record] = await waitFor(async () => {
      const rows = await testDb.database.db.select().from(outboundEmails).where(eq(outboundEmails.id, handled.emails[0]!.id));
      return rows.filter((row) => row.status === 'sent');
    }, 1);
    expect(record).toMatchObject({ status: 'sent', attempts: 1, toAddress: address });
  });

  it('sends to the address the credential was issued to when the learner writes the same mailbox differently', async () => {
    const issuer = await seedIssuer(testDb.database);
    const local = `sam.okafor.${randomUUID().slice(0, 6)}`;
    const issuedTo = `${local}@gmail.com`;
    await seedCredential(testDb.database, issuer, { recipientEmail: issuedTo });

    const handled = decided(await ask(`where is my badge?? I used ${local.replaceAll('.', '')}+courses@gmail.com`, { from: issuedTo }));

    expect(handled.decision.kind).toBe('retrieve');
    expect(handled.emails.map((email) => email.to)).toEqual([issuedTo]);
    await waitFor(() => messagesTo(issuedTo), 1);
  });

  it('hands off to the issuer, by name and contact, when only a draft exists', async () => {
    const issuer = await seedIssuer(testDb.database, { name: 'Quarry Arts Guild', contactEmail: 'team@quarry.example' });
    const address = learnerAddress('ada');
    await seedCredential(testDb.database, issuer, { recipientEmail: address, status: 'draft' });

    const handled = decided(await ask(`I still haven't got my certificate, email ${address}`, { from: address }));

    expect(handled.decision).toMatchObject({ kind: 'issuer_handoff', reason: 'only_drafts' });
    if (handled.decision.kind !== 'issuer_handoff') return;
    expect(handled.decision.contacts.map((contact) => contact.issuer.id)).toEqual([issuer.id]);
    expect(handled.emails).toEqual([]);
  });

  it('names an issuer the message mentions when nothing is found for the address', async () => {
    const issuer = await seedIssuer(testDb.database, { name: 'Meridian Flight Academy', aliases: ['MFA Online'] });
    const address = learnerAddress();
    const handled = decided(await ask(`I finished my course with MFA Online but never received the certificate. ${address}`, { from: address }));

    expect(handled.decision).toMatchObject({ kind: 'issuer_handoff', reason: 'nothing_found' });
    if (handled.decision.kind !== 'issuer_handoff') return;
    expect(handled.decision.contacts).toEqual([expect.objectContaining({ basis: 'mentioned_in_message', issuer: expect.objectContaining({ id: issuer.id }) })]);
  });

  it('finds a credential issued to a typo of the address, and emails nobody', async () => {
    const issuer = await seedIssuer(testDb.database);
    const local = `chris.${randomUUID().slice(0, 6)}`;
    await seedCredential(testDb.database, issuer, { recipientEmail: `${local}@gmial.com` });

    const handled = decided(await ask(`I can't find my certificate anywhere, my email is ${local}@gmail.com`, { from: `${local}@gmail.com` }));

    expect(handled.decision.kind).toBe('issuer_handoff');
    if (handled.decision.kind !== 'issuer_handoff') return;
    expect(handled.decision.nearMisses.map((nearMiss) => nearMiss.credential.recipientEmail)).toEqual([`${local}@gmial.com`]);
    expect(handled.emails).toEqual([]);
  });

  it('finds a credential issued one letter away at the same domain', async () => {
    const issuer = await seedIssuer(testDb.database);
    const tag = randomUUID().slice(0, 6);
    await seedCredential(testDb.database, issuer, { recipientEmail: `jonathan.${tag}@school.example` });

    const handled = decided(await ask(`never got my diploma - jonathon.${tag}@school.example`, { from: `jonathon.${tag}@school.example` }));

    expect(handled.decision.kind).toBe('issuer_handoff');
    if (handled.decision.kind !== 'issuer_handoff') return;
    expect(handled.decision.nearMisses).toHaveLength(1);
    expect(handled.decision.contacts[0]).toMatchObject({ basis: 'near_miss' });
  });

  it('asks for the address when there is none', async () => {
    expect(decided(await ask('I never received my certificate, can you help?')).decision.kind).toBe('ask_for_email');
  });

  it('falls back to the address the channel vouches for', async () => {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('vouched');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const handled = decided(await ask('I never received my certificate, can you help?', { from: address }));
    expect(handled.decision.kind).toBe('retrieve');
  });

  it('ignores a message that is not a credential request', async () => {
    const handled = decided(await ask(`My SSL certificate expired on our web server, how do I renew it? ${learnerAddress()}`));
    expect(handled.decision.kind).toBe('ignore');
    expect(handled.emails).toEqual([]);
  });

  it('stops at the daily limit of retrieve emails for one address', async () => {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('eager');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const text = `please resend my certificate to ${address}`;

    const kinds = [];
    for (let i = 0; i < 3; i++) kinds.push(decided(await ask(text, { from: address })).decision.kind);

    expect(kinds).toEqual(['retrieve', 'retrieve', 'rate_limited']);
  });

  it('holds the daily limit when several messages for one address are handled at once', async () => {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('impatient');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const text = `where is my certificate? ${address}`;

    const results = await Promise.all(Array.from({ length: 4 }, () => ask(text, { from: address })));

    expect(results.map((result) => decided(result).decision.kind).sort()).toEqual(['rate_limited', 'rate_limited', 'retrieve', 'retrieve']);
  });

  it('tells someone asking about another’s address the same whether it got its email or is at its daily limit', async () => {
    const issuer = await seedIssuer(testDb.database);
    const [fresh, limited] = [learnerAddress('fresh'), learnerAddress('limited')];
    await seedCredential(testDb.database, issuer, { recipientEmail: fresh });
    await seedCredential(testDb.database, issuer, { recipientEmail: limited });
    for (let i = 0; i < 2; i++) await ask(`please resend my certificate`, { from: limited });
    const asker = learnerAddress('asker');

    const toFresh = decided(await ask(`I never received my certificate, my email is ${fresh}`, { from: asker }));
    const toLimited = decided(await ask(`I never received my certificate, my email is ${limited}`, { from: asker }));

    expect(toFresh.decision).toMatchObject({ kind: 'other_addresses', found: { kind: 'retrieve' } });
    expect(toLimited.decision).toMatchObject({ kind: 'other_addresses', found: { kind: 'rate_limited' } });
    expect(toLimited.reply.learnerReply).toBe(toFresh.reply.learnerReply);
    expect(toLimited.reply.agentNote).toContain(`Last retrieve email to ${limited}`);
    expect(toLimited.emails).toEqual([]);
  });

  it('holds one requester to their daily budget of other people’s addresses when their messages are handled at once', async () => {
    const issuer = await seedIssuer(testDb.database);
    const strangers = Array.from({ length: 8 }, (_, index) => learnerAddress(`stranger${index}`));
    for (const stranger of strangers) await seedCredential(testDb.database, issuer, { recipientEmail: stranger });
    const requester = `cli:${randomUUID()}`;

    const results = await Promise.all(strangers.map((stranger) => ask(`I never received my certificate, ${stranger}`, { requester })));

    const decisions = results.map((result) => decided(result).decision);
    expect(decisions.filter((decision) => decision.kind === 'other_addresses')).toHaveLength(5);
    expect(decisions.filter((decision) => decision.kind === 'over_budget')).toHaveLength(3);
    expect(results.flatMap((result) => decided(result).emails)).toHaveLength(5);
    // Asking again about an address already counted today costs nothing more.
    const counted = strangers.find((_, index) => decisions[index]?.kind === 'other_addresses')!;
    expect(decided(await ask(`I still haven’t received my certificate, ${counted}`, { requester })).decision.kind).toBe('other_addresses');
  });

  it('sends one email when the same message is delivered twice at once', async () => {
    const issuer = await seedIssuer(testDb.database);
    const address = learnerAddress('twice');
    await seedCredential(testDb.database, issuer, { recipientEmail: address });
    const externalId = randomUUID();
    const text = `I didn't receive my badge: ${address}`;

    const results = await Promise.all([ask(text, { externalId, from: address }), ask(text, { externalId, from: address }), ask(text, { externalId, from: address })]);

    expect(results.map((result) => result.status).sort()).toEqual(['decided', 'duplicate', 'duplicate']);
    await waitFor(() => messagesTo(address), 1);
    await untilQueueIdle(testDb.database);
    expect(messagesTo(address)).toHaveLength(1);
    const requests = await testDb.database.db.select().from(supportRequests).where(eq(supportRequests.externalId, externalId));
    expect(requests).toHaveLength(1);
    expect(requests[0]?.outcome).toBe('retrieve');
  });
});

async function waitFor<T>(read: () => T[] | Promise<T[]>, count: number, timeoutMs = 15_000): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const items = await read();
    if (items.length >= count) return items;
    if (Date.now() > deadline) throw new Error(`waited for ${count} item(s), have ${items.length}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
