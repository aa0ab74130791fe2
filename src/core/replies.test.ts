import { describe, expect, it } from 'vitest';
import type { Decision, IssuerContact } from './decision.ts';
import { makeCredential, makeIssuer } from '../../test/helpers/domain-fixtures.ts';
import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';
import { composeAgentNote, composeLearnerReply, formatDateUtc, formatTimeUtc } from './replies.ts';

const options = { now: new Date('2026-11-26T15:00:00Z'), retrieveLimitPerDay: 3, supportEmail: 'help@credbot.test' };

function nearMiss(recipientEmail: string, queriedAddress: string): CredentialMatch {
  return {
    credential: makeCredential({ id: 'cred_nm', recipientEmail, courseName: 'Near Miss Course', url: 'https://credential.test/c/nm' }),
    match: 'near_miss',
    queriedAddress,
  };
}

function retrieve(overrides: Partial<Extract<Decision, { kind: 'retrieve' }>> = {}): Decision {
  return {
    kind: 'retrieve',
    deliveries: [{ to: 'alice@example.com', credentials: [makeCredential()] }],
    addressesWithoutCredentials: [],
    nearMisses: [],
    ...overrides,
  };
}

function handoff(overrides: Partial<Extract<Decision, { kind: 'issuer_handoff' }>> = {}): Decision {
  return {
    kind: 'issuer_handoff',
    reason: 'nothing_found',
    addresses: ['alice@example.com'],
    contacts: [],
    drafts: [],
    nearMisses: [],
    ...overrides,
  };
}

/** Every decision a learner could be shown, with credentials whose details must stay out of replies. */
function allReplyingDecisions(): Decision[] {
  const draft = makeCredential({ status: 'draft', courseName: 'Unpublished Course', url: 'https://credential.test/c/draft' });
  const contact: IssuerContact = { issuer: makeIssuer(), basis: 'draft_credential' };
  return [
    retrieve({ nearMisses: [nearMiss('alicee@example.com', 'alice@example.com')] }),
    handoff({ reason: 'only_drafts', drafts: [draft], contacts: [contact] }),
    handoff({ nearMisses: [nearMiss('alicee@example.com', 'alice@example.com')] }),
    { kind: 'ask_for_email' },
    {
      kind: 'rate_limited',
      address: 'alice@example.com',
      lastSentAt: new Date('2026-11-26T14:05:00Z'),
      nextAllowedAt: new Date('2026-11-27T09:00:00Z'),
    },
  ];
}

describe('composeLearnerReply', () => {
  it('tells a learner their credentials were emailed to the masked address, with spam and filter tips', () => {
    const reply = composeLearnerReply(retrieve(), options);
    expect(reply).toContain('emailed a list of your credentials to a•••@example.com');
    expect(reply).toContain('within a few minutes');
    expect(reply).toMatch(/spam or junk/);
    expect(reply).toMatch(/work or school address/);
    expect(reply).toMatch(/quarantine/);
    expect(reply).toContain('reply to this message');
  });

  it('names every address emailed and every address that had nothing, masked', () => {
    const reply = composeLearnerReply(
      retrieve({
        deliveries: [
          { to: 'alice@example.com', credentials: [makeCredential()] },
          { to: 'bob@work.test', credentials: [makeCredential({ recipientEmail: 'bob@work.test' })] },
        ],
        addressesWithoutCredentials: ['carol@school.test'],
      }),
      options,
    );
    expect(reply).toContain('a•••@example.com and b•••@work.test');
    expect(reply).toContain('didn’t find any credentials issued to c•••@school.test');
  });

  it('says a credential was found under a similar address without showing that address', () => {
    const reply = composeLearnerReply(
      retrieve({ nearMisses: [nearMiss('alicee@example.com', 'alice@example.com')] }),
      options,
    );
    expect(reply).toContain('similar to one you gave us');
    expect(reply).toContain('Our team will check');
    expect(reply).not.toContain('alicee');
  });

  it('tells a learner with only drafts that the named issuer has not published yet, with its contact', () => {
    const issuer = makeIssuer();
    const reply = composeLearnerReply(
      handoff({
        reason: 'only_drafts',
        drafts: [makeCredential({ status: 'draft' })],
        contacts: [{ issuer, basis: 'draft_credential' }],
      }),
      options,
    );
    expect(reply).toContain('Acme Academy hasn’t published it yet');
    expect(reply).toContain('only send what they have published');
    expect(reply).toContain('Dana Reyes at dana@acme.test');
    expect(reply).toContain('https://acme.test/help');
  });

  it('offers to put the learner in touch when the named issuer has no contact details on record', () => {
    const issuer = makeIssuer({ contactName: null, contactEmail: null, supportUrl: null });
    const reply = composeLearnerReply(
      handoff({ reason: 'only_drafts', drafts: [makeCredential({ status: 'draft', issuer })], contacts: [{ issuer, basis: 'draft_credential' }] }),
      options,
    );
    expect(reply).toContain('get in touch with Acme Academy about it');
    expect(reply).toContain('put you in touch');
  });

  it('asks a learner with nothing found to check their sign-up address and contact their course provider', () => {
    const reply = composeLearnerReply(handoff(), options);
    expect(reply).toContain('couldn’t find any credential issued to a•••@example.com');
    expect(reply).toContain('the address you signed up for your course with');
    expect(reply).toContain('contact your course provider');
    expect(reply).toContain('If you can’t reach them');
    expect(reply).toContain('help@credbot.test');
    expect(reply).toContain('put you in touch');
  });

  it('names the issuer the learner mentioned when nothing was found', () => {
    const reply = composeLearnerReply(
      handoff({ contacts: [{ issuer: makeIssuer(), basis: 'mentioned_in_message' }] }),
      options,
    );
    expect(reply).toContain('get in touch with Acme Academy (Dana Reyes at dana@acme.test, or https://acme.test/help)');
  });

  it('neither names a near-miss issuer nor shows the near-miss address to the learner', () => {
    const other = makeIssuer({ id: 'iss_2', name: 'Bobcat College', contactEmail: 'info@bobcat.test' });
    const reply = composeLearnerReply(
      handoff({
        contacts: [{ issuer: other, basis: 'near_miss' }],
        nearMisses: [nearMiss('alicee@example.com', 'alice@example.com')],
      }),
      options,
    );
    expect(reply).toContain('similar to one you gave us');
    expect(reply).not.toContain('Bobcat');
    expect(reply).not.toContain('bobcat.test');
    expect(reply).not.toContain('alicee');
  });

  it('asks which address the learner signed up with when the message had none', () => {
    const reply = composeLearnerReply({ kind: 'ask_for_email' }, options);
    expect(reply).toContain('couldn’t find an email address in your message');
    expect(reply).toContain('Which email address did you sign up for your course with?');
  });

  it('tells a rate-limited learner when the last email went, the daily limit and when to ask again', () => {
    const reply = composeLearnerReply(
      {
        kind: 'rate_limited',
        address: 'alice@example.com',
        lastSentAt: new Date('2026-11-26T14:05:00Z'),
        nextAllowedAt: new Date('2026-11-27T09:00:00Z'),
      },
      options,
    );
    expect(reply).toContain('already emailed your credentials to a•••@example.com at 14:05 UTC on 26 Nov 2026');
    expect(reply).toMatch(/spam or junk/);
    expect(reply).toContain('at most 3 of these emails a day');
    expect(reply).toContain('ask again after 09:00 UTC on 27 Nov 2026');
  });

  it('says a rate-limited learner may ask again now once the wait is over', () => {
    const reply = composeLearnerReply(
      {
        kind: 'rate_limited',
        address: 'alice@example.com',
        lastSentAt: new Date('2026-11-25T14:05:00Z'),
        nextAllowedAt: new Date('2026-11-26T14:05:00Z'),
      },
      { ...options, retrieveLimitPerDay: 1 },
    );
    expect(reply).toContain('at most one of these emails a day');
    expect(reply).toContain('You can ask again now.');
  });

  it('says nothing to an ignored message', () => {
    const reply = composeLearnerReply(
      { kind: 'ignore', classification: { intent: 'other', band: 'ignore', confidence: 0.1, reasons: [] } },
      options,
    );
    expect(reply).toBe('');
  });

  it('never shows a credential URL, a course name or a full address in any reply', () => {
    for (const decision of allReplyingDecisions()) {
      const reply = composeLearnerReply(decision, options);
      expect(reply, decision.kind).not.toMatch(/credential\.test/);
      expect(reply, decision.kind).not.toMatch(/Course|Rabbit Holes/);
      expect(reply, decision.kind).not.toContain('alice@');
      expect(reply, decision.kind).not.toMatch(/<|>|\*\*|\]\(/);
    }
  });
});

describe('composeAgentNote', () => {
  it('shows agents the full addresses looked up and what was emailed, without URLs', () => {
    const note = composeAgentNote(
      retrieve({ addressesWithoutCredentials: ['carol@school.test'] }),
      { addresses: ['alice@example.com', 'carol@school.test'] },
    );
    expect(note).toContain('Looked up: alice@example.com, carol@school.test');
    expect(note).toContain('Retrieve email to alice@example.com (1 credential)');
    expect(note).toContain('Advanced Rabbit Holes, Acme Academy, issued 1 May 2024');
    expect(note).toContain('Nothing found for: carol@school.test');
    expect(note).not.toContain('https://credential.test');
  });

  it('lists near-miss addresses with their issuer and warns not to share them unchecked', () => {
    const note = composeAgentNote(
      handoff({
        contacts: [{ issuer: makeIssuer(), basis: 'near_miss' }],
        nearMisses: [nearMiss('alicee@example.com', 'alice@example.com')],
      }),
      { addresses: ['alice@example.com'] },
    );
    expect(note).toContain('alicee@example.com (learner gave alice@example.com): Near Miss Course, Acme Academy');
    expect(note).toContain('check the learner owns the address');
    expect(note).toContain('not named to the learner');
  });

  it('lists drafts with course and issuer, and the issuer contact', () => {
    const note = composeAgentNote(
      handoff({
        reason: 'only_drafts',
        drafts: [makeCredential({ status: 'draft', courseName: 'Unpublished Course' })],
        contacts: [{ issuer: makeIssuer(), basis: 'draft_credential' }],
      }),
      { addresses: ['alice@example.com'] },
    );
    expect(note).toContain('only unpublished drafts found');
    expect(note).toContain('- Unpublished Course, Acme Academy, issued 1 May 2024 [draft], issued to alice@example.com');
    expect(note).toContain(
      'Issuer contact: Acme Academy: Dana Reyes <dana@acme.test> https://acme.test/help (found by draft credential)',
    );
  });

  it('says when no issuer contact is on record', () => {
    const note = composeAgentNote(handoff(), { addresses: ['alice@example.com'] });
    expect(note).toContain('Issuer contact: none on record');
  });

  it('records when a rate-limited address was last emailed', () => {
    const note = composeAgentNote(
      {
        kind: 'rate_limited',
        address: 'alice@example.com',
        lastSentAt: new Date('2026-11-26T14:05:00Z'),
        nextAllowedAt: new Date('2026-11-27T09:00:00Z'),
      },
      { addresses: ['alice@example.com'] },
    );
    expect(note).toContain('Last retrieve email to alice@example.com: 14:05 UTC on 26 Nov 2026');
    expect(note).toContain('Next allowed: 09:00 UTC on 27 Nov 2026');
  });

  it('explains why a message was ignored', () => {
    const note = composeAgentNote(
      { kind: 'ignore', classification: { intent: 'other', band: 'ignore', confidence: 0.42, reasons: ['no_credential_words'] } },
      { addresses: [] },
    );
    expect(note).toContain('Looked up: no address');
    expect(note).toContain('Classified as other (confidence 0.42; signals: no_credential_words)');
  });
});

describe('formatDateUtc and formatTimeUtc', () => {
  it('format in UTC whatever the local time zone', () => {
    // 23:30 UTC is already the next day east of Greenwich: the UTC date must win.
    const lateEvening = new Date('2024-04-30T23:30:00Z');
    expect(formatDateUtc(lateEvening)).toBe('30 Apr 2024');
    expect(formatTimeUtc(lateEvening)).toBe('23:30 UTC on 30 Apr 2024');
  });

  it('spell every month with three letters', () => {
    expect(formatDateUtc(new Date('2024-09-01T00:00:00Z'))).toBe('1 Sep 2024');
    expect(formatTimeUtc(new Date('2026-11-26T14:05:00Z'))).toBe('14:05 UTC on 26 Nov 2026');
  });
});
