import { describe, expect, it } from 'vitest';
import type { Classification } from './intent/classify.ts';
import { decide, type DecisionInput } from './decide.ts';
import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';

const now = new Date('2026-11-26T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const request: Classification = { intent: 'missing_credential', band: 'act', confidence: 0.9, reasons: ['noun:certificate'], language: 'en' };

const issuer = (id: string): Issuer => ({
  id,
  name: `Issuer ${id}`,
  contactName: null,
  contactEmail: `${id}@issuer.example`,
  supportUrl: null,
  aliases: [],
});

const credential = (id: string, recipientEmail: string, overrides: Partial<IssuedCredential> = {}): IssuedCredential => ({
  id,
  issuerId: 'north',
  recipientEmail,
  recipientName: null,
  courseName: `Course ${id}`,
  url: `https://credentials.example/c/${id}`,
  status: 'published',
  issuedAt: new Date('2026-01-01T00:00:00Z'),
  issuer: issuer('north'),
  ...overrides,
});

const match = (found: IssuedCredential, queriedAddress = found.recipientEmail, kind: CredentialMatch['match'] = 'exact'): CredentialMatch => ({
  credential: found,
  match: kind,
  queriedAddress,
});

const input = (overrides: Partial<DecisionInput>): DecisionInput => ({
  classification: request,
  addresses: ['ana@example.com'],
  addressesAreVouched: false,
  otherAddresses: [],
  heldBack: [],
  matches: [],
  nearMisses: [],
  issuersMentioned: [],
  recentRetrieveEmails: new Map(),
  retrieveLimitPerDay: 3,
  issuerEmails: { enabled: false, limitPerDay: 10, recent: new Map() },
  now,
  ...overrides,
});

describe('decide', () => {
  it('ignores a message that is not a credential request, whatever was found', () => {
    const other: Classification = { intent: 'other', band: 'ignore', confidence: 0.2, reasons: [], language: null };
    expect(decide(input({ classification: other, matches: [match(credential('a', 'ana@example.com'))] })).kind).toBe('ignore');
  });

  it('asks for an address when there is none', () => {
    expect(decide(input({ addresses: [] }))).toEqual({ kind: 'ask_for_email' });
  });

  it('retrieves every published credential, one delivery per address they were issued to, newest first', () => {
    const older = credential('a', 'ana@example.com', { issuedAt: new Date('2025-01-01T00:00:00Z') });
    const newer = credential('b', 'ana@example.com', { issuedAt: new Date('2026-03-01T00:00:00Z') });
    const viaDots = credential('c', 'a.na@gmail.com');
    const decision = decide(
      input({
        addresses: ['ana@example.com', 'ana@gmail.com', 'nobody@example.com'],
        matches: [match(older), match(newer), match(viaDots, 'ana@gmail.com', 'same_mailbox')],
      }),
    );
    expect(decision).toMatchObject({ kind: 'retrieve', addressesWithoutCredentials: ['nobody@example.com'] });
    if (decision.kind !== 'retrieve') return;
    expect(decision.deliveries.map((delivery) => [delivery.to, delivery.credentials.map((found) => found.id)])).toEqual([
      ['ana@example.com', ['b', 'a']],
      ['a.na@gmail.com', ['c']],
    ]);
  });

  it('never puts a draft in a retrieve email', () => {
    const decision = decide(input({ matches: [match(credential('p', 'ana@example.com')), match(credential('d', 'ana@example.com', { status: 'draft' }))] }));
    if (decision.kind !== 'retrieve') throw new Error(decision.kind);
    expect(decision.deliveries[0]?.credentials.map((found) => found.id)).toEqual(['p']);
  });

  it('hands off naming the issuer of a draft when nothing is published', () => {
    const decision = decide(input({ matches: [match(credential('d', 'ana@example.com', { status: 'draft' }))] }));
    expect(decision).toMatchObject({ kind: 'issuer_handoff', reason: 'only_drafts', contacts: [{ basis: 'draft_credential' }] });
  });

  it('names each issuer once, strongest evidence first', () => {
    const draft = credential('d', 'ana@example.com', { status: 'draft' });
    const nearMiss = credential('n', 'anna@example.com', { issuer: issuer('south'), issuerId: 'south' });
    const decision = decide(
      input({ matches: [match(draft)], nearMisses: [match(nearMiss, 'ana@example.com', 'near_miss')], issuersMentioned: [issuer('north'), issuer('west')] }),
    );
    if (decision.kind !== 'issuer_handoff') throw new Error(decision.kind);
    expect(decision.contacts.map((contact) => [contact.issuer.id, contact.basis])).toEqual([
      ['north', 'draft_credential'],
      ['south', 'near_miss'],
      ['west', 'mentioned_in_message'],
    ]);
  });

  it('hands off with no named issuer when nothing at all is found for an address the learner wrote', () => {
    expect(decide(input({}))).toMatchObject({ kind: 'issuer_handoff', reason: 'nothing_found', contacts: [] });
  });

  it('asks which address they signed up with when only the vouched address was tried and gave no lead', () => {
    expect(decide(input({ addressesAreVouched: true }))).toEqual({ kind: 'ask_for_email', triedAddress: 'ana@example.com' });
  });

  it('still hands off for a vouched address when an issuer is known', () => {
    const draft = credential('d', 'ana@example.com', { status: 'draft' });
    expect(decide(input({ addressesAreVouched: true, matches: [match(draft)] })).kind).toBe('issuer_handoff');
  });

  it('stops at the daily limit and says when the next email is allowed', () => {
    const sent = [hoursAgo(20), hoursAgo(5), hoursAgo(1)];
    const decision = decide(
      input({ matches: [match(credential('a', 'ana@example.com'))], recentRetrieveEmails: new Map([['ana@example.com', sent]]) }),
    );
    expect(decision).toEqual({
      kind: 'rate_limited',
      address: 'ana@example.com',
      lastSentAt: hoursAgo(1),
      nextAllowedAt: new Date(hoursAgo(20).getTime() + 24 * 3_600_000),
    });
  });

  it('does not count emails older than a day towards the limit', () => {
    const sent = [hoursAgo(30), hoursAgo(26), hoursAgo(1)];
    const decision = decide(
      input({ matches: [match(credential('a', 'ana@example.com'))], recentRetrieveEmails: new Map([['ana@example.com', sent]]) }),
    );
    expect(decision.kind).toBe('retrieve');
  });

  it('still retrieves for one address when another is at its limit', () => {
    const decision = decide(
      input({
        addresses: ['ana@example.com', 'bo@example.com'],
        matches: [match(credential('a', 'ana@example.com')), match(credential('b', 'bo@example.com'))],
        recentRetrieveEmails: new Map([['ana@example.com', [hoursAgo(3), hoursAgo(2), hoursAgo(1)]]]),
      }),
    );
    if (decision.kind !== 'retrieve') throw new Error(decision.kind);
    expect(decision.deliveries.map((delivery) => delivery.to)).toEqual(['bo@example.com']);
  });

  describe('with issuer hand-off emails on', () => {
    const draft = credential('d', 'ana@example.com', { status: 'draft' });
    const on = (recent: [string, Date[]][] = []) => ({ enabled: true, limitPerDay: 2, recent: new Map(recent) });

    it('emails the issuer of a draft about the requester’s own address', () => {
      const decision = decide(input({ matches: [match(draft)], issuerEmails: on() }));
      expect(decision).toMatchObject({ kind: 'issuer_handoff', issuerEmails: [{ id: 'north' }], issuerEmailsOverLimit: [] });
    });

    it('does not email an issuer whose contact already had the daily limit of hand-offs, and says so', () => {
      const decision = decide(input({ matches: [match(draft)], issuerEmails: on([['north@issuer.example', [hoursAgo(3), hoursAgo(1)]]]) }));
      expect(decision).toMatchObject({ kind: 'issuer_handoff', issuerEmails: [], issuerEmailsOverLimit: [{ id: 'north' }] });
    });

    it('counts only the hand-offs of the last day', () => {
      const decision = decide(input({ matches: [match(draft)], issuerEmails: on([['north@issuer.example', [hoursAgo(30), hoursAgo(1)]]]) }));
      expect(decision).toMatchObject({ issuerEmails: [{ id: 'north' }] });
    });

    it('never emails an issuer about an address that is not the requester’s', () => {
      const decision = decide(input({ addresses: [], otherAddresses: ['ana@example.com'], matches: [match(draft)], issuerEmails: on() }));
      if (decision.kind !== 'other_addresses') throw new Error(decision.kind);
      expect(decision.found).toMatchObject({ kind: 'issuer_handoff', reason: 'only_drafts', issuerEmails: [] });
    });
  });

  describe('for addresses that are not the requester’s own', () => {
    it('acts on what was found as for anyone, under its own kind, so the reply can be uniform', () => {
      const decision = decide(input({ addresses: [], otherAddresses: ['ana@example.com'], matches: [match(credential('a', 'ana@example.com'))] }));
      expect(decision).toMatchObject({
        kind: 'other_addresses',
        addresses: ['ana@example.com'],
        own: null,
        heldBack: [],
        found: { kind: 'retrieve', deliveries: [{ to: 'ana@example.com' }] },
      });
    });

    it('still respects the per-recipient limit for them', () => {
      const decision = decide(
        input({
          addresses: [],
          otherAddresses: ['ana@example.com'],
          matches: [match(credential('a', 'ana@example.com'))],
          recentRetrieveEmails: new Map([['ana@example.com', [hoursAgo(3), hoursAgo(2), hoursAgo(1)]]]),
        }),
      );
      expect(decision).toMatchObject({ kind: 'other_addresses', found: { kind: 'rate_limited', address: 'ana@example.com' } });
    });

    it('decides the requester’s own address named beside them as usual, apart from the others', () => {
      const decision = decide(
        input({
          addresses: ['me@example.com'],
          otherAddresses: ['ana@example.com'],
          matches: [match(credential('m', 'me@example.com')), match(credential('d', 'ana@example.com', { status: 'draft' }))],
        }),
      );
      if (decision.kind !== 'other_addresses') throw new Error(decision.kind);
      expect(decision.own).toMatchObject({ kind: 'retrieve', deliveries: [{ to: 'me@example.com' }] });
      expect(decision.found).toMatchObject({ kind: 'issuer_handoff', reason: 'only_drafts', addresses: ['ana@example.com'] });
    });

    it('keeps what the budgets held back, beside what was acted on', () => {
      const heldBack = [{ address: 'zed@example.com', reason: 'message_cap' as const }];
      const decision = decide(input({ addresses: [], otherAddresses: ['ana@example.com'], heldBack }));
      expect(decision).toMatchObject({ kind: 'other_addresses', heldBack, found: { kind: 'issuer_handoff', reason: 'nothing_found' } });
    });

    it('does nothing but hand over when every address named was over a budget', () => {
      const heldBack = [{ address: 'ana@example.com', reason: 'requester_daily_limit' as const }];
      expect(decide(input({ addresses: [], heldBack }))).toEqual({ kind: 'over_budget', heldBack });
    });
  });
});
