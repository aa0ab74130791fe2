import { describe, expect, it } from 'vitest';
import type { Decision, IssuerContact } from './decision.ts';
import { makeCredential, makeIssuer } from '../../test/helpers/domain-fixtures.ts';
import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';
import type { Language } from './messages/languages.ts';
import { composeAgentNote, composeLearnerReply, composeSuggestionNote } from './replies.ts';

const options = { now: new Date('2026-11-26T15:00:00Z'), retrieveLimitPerDay: 3, supportEmail: 'help@credbot.test', language: 'en' as Language };
/** Staff read English, and the learner wrote English. */
const staff = { staffLanguage: 'en' as Language, learnerLanguage: { language: 'en' as Language, source: 'message' as const } };

function nearMiss(recipientEmail: string, queriedAddress: string): CredentialMatch {
  return {
    credential: makeCredential({ id: 'cred_nm', recipientEmail, courseName: 'Near Miss Course', url: 'https://credential.test/c/nm' }),
    match: 'near_miss',
    queriedAddress,
  };
}

function retrieve(overrides: Partial<Extract<Decision, { kind: 'retrieve' }>> = {}): Extract<Decision, { kind: 'retrieve' }> {
  return {
    kind: 'retrieve',
    deliveries: [{ to: 'alice@example.com', credentials: [makeCredential()] }],
    addressesWithoutCredentials: [],
    nearMisses: [],
    ...overrides,
  };
}

function handoff(overrides: Partial<Extract<Decision, { kind: 'issuer_handoff' }>> = {}): Extract<Decision, { kind: 'issuer_handoff' }> {
  return {
    kind: 'issuer_handoff',
    reason: 'nothing_found',
    addresses: ['alice@example.com'],
    contacts: [],
    drafts: [],
    nearMisses: [],
    issuerEmails: [],
    issuerEmailsOverLimit: [],
    ...overrides,
  };
}

type OutcomeFound = Extract<Decision, { kind: 'other_addresses' }>['found'];

/** The requester named someone else's address (bob@school.test); `found` is what is on record for it. */
function otherAddress(found: OutcomeFound, overrides: Partial<Extract<Decision, { kind: 'other_addresses' }>> = {}): Decision {
  return { kind: 'other_addresses', addresses: ['bob@school.test'], found, own: null, heldBack: [], ...overrides };
}

/** Everything that may be on record for someone else's address, each with details that must not reach the requester. */
function everythingOnRecordForBob(): OutcomeFound[] {
  const issuer = makeIssuer({ name: 'Bobcat College', contactEmail: 'info@bobcat.test' });
  const bobs = makeCredential({ recipientEmail: 'bob@school.test', issuer });
  return [
    { kind: 'retrieve', deliveries: [{ to: 'bob@school.test', credentials: [bobs] }], addressesWithoutCredentials: [], nearMisses: [] },
    handoff({ reason: 'only_drafts', addresses: ['bob@school.test'], drafts: [{ ...bobs, status: 'draft' }], contacts: [{ issuer, basis: 'draft_credential' }] }),
    handoff({ addresses: ['bob@school.test'], ...staff }),
    handoff({ addresses: ['bob@school.test'], nearMisses: [nearMiss('bobb@school.test', 'bob@school.test')], contacts: [{ issuer, basis: 'near_miss' }] }),
    { kind: 'rate_limited', address: 'bob@school.test', lastSentAt: new Date('2026-11-26T14:05:00Z'), nextAllowedAt: new Date('2026-11-27T09:00:00Z') },
  ];
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
    ...everythingOnRecordForBob().map((found) => otherAddress(found, { own: retrieve(), heldBack: [{ address: 'zed@school.test', reason: 'message_cap' }] })),
    { kind: 'over_budget', heldBack: [{ address: 'zed@school.test', reason: 'message_cap' }] },
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
      { kind: 'ignore', classification: { intent: 'other', band: 'ignore', confidence: 0.1, reasons: [], language: null } },
      options,
    );
    expect(reply).toBe('');
  });

  it('answers about someone else’s address in the same words whatever is on record for it', () => {
    const replies = everythingOnRecordForBob().map((found) => composeLearnerReply(otherAddress(found), options));
    expect(new Set(replies).size).toBe(1);
    const [reply] = replies;
    expect(reply).toContain('If credentials were issued to that address, we have emailed their links there');
    expect(reply).not.toMatch(/Bobcat|bobcat|Acme|Dana/);
    expect(reply).not.toMatch(/\d{1,2}:\d{2}|Nov|2026|2024/);
    expect(reply).not.toContain('•••');
    expect(reply).not.toContain('bob');
  });

  it('answers the requester’s own address in detail and the other addresses uniformly, in one reply', () => {
    const reply = composeLearnerReply(
      otherAddress(everythingOnRecordForBob()[1]!, { own: retrieve(), addresses: ['bob@school.test', 'carol@school.test'] }),
      options,
    );
    expect(reply).toContain('We’ve emailed a list of your credentials to a•••@example.com');
    expect(reply).toContain('If credentials were issued to any of the other addresses you gave, we have emailed their links to each address they were issued to');
    expect(reply).not.toContain('Bobcat');
  });

  it('tells a requester whose addresses were all over a budget that a person will follow up, and nothing else', () => {
    const reply = composeLearnerReply({ kind: 'over_budget', heldBack: [{ address: 'bob@school.test', reason: 'requester_daily_limit' }] }, options);
    expect(reply).toBe(
      'Thanks for getting in touch. You’ve asked about more email addresses than we look up automatically, so a member of our support team will look at your request and get back to you.',
    );
  });

  it('says some addresses were left to a person when the budgets held back part of a message', () => {
    const reply = composeLearnerReply(otherAddress(everythingOnRecordForBob()[0]!, { heldBack: [{ address: 'zed@school.test', reason: 'message_cap' }] }), options);
    expect(reply).toContain('If credentials were issued to that address');
    expect(reply).toContain('we haven’t checked all of them');
    expect(reply).not.toContain('zed');
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
      { addresses: ['alice@example.com', 'carol@school.test'], ...staff },
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
      { addresses: ['alice@example.com'], ...staff },
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
      { addresses: ['alice@example.com'], ...staff },
    );
    expect(note).toContain('only unpublished drafts found');
    expect(note).toContain('- Unpublished Course, Acme Academy, issued 1 May 2024 [draft], issued to alice@example.com');
    expect(note).toContain(
      'Issuer contact: Acme Academy: Dana Reyes <dana@acme.test> https://acme.test/help (found by draft credential)',
    );
  });

  it('says when no issuer contact is on record', () => {
    const note = composeAgentNote(handoff(), { addresses: ['alice@example.com'], ...staff });
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
      { addresses: ['alice@example.com'], ...staff },
    );
    expect(note).toContain('Last retrieve email to alice@example.com: 14:05 UTC on 26 Nov 2026');
    expect(note).toContain('Next allowed: 09:00 UTC on 27 Nov 2026');
  });

  it('gives staff what was found for someone else’s address, and says the learner was not told', () => {
    const note = composeAgentNote(otherAddress(everythingOnRecordForBob()[1]!), { addresses: ['bob@school.test'], ...staff });
    expect(note).toContain('may not be the requester’s');
    expect(note).toContain('Not the requester\'s own address (bob@school.test): only unpublished drafts found; nothing sent. The learner was not told what was found.');
    expect(note).toContain('Advanced Rabbit Holes, Bobcat College, issued 1 May 2024 [draft], issued to bob@school.test');
    expect(note).toContain('Issuer contact: Bobcat College: Dana Reyes <info@bobcat.test>');
    expect(note).not.toContain('learner was told to contact');
  });

  it('gives staff the retrieve history and near misses of someone else’s address', () => {
    const [, , , nearMissFound, limitedFound] = everythingOnRecordForBob();
    expect(composeAgentNote(otherAddress(limitedFound!), { addresses: ['bob@school.test'], ...staff })).toContain(
      'Last retrieve email to bob@school.test: 14:05 UTC on 26 Nov 2026',
    );
    expect(composeAgentNote(otherAddress(nearMissFound!), { addresses: ['bob@school.test'], ...staff })).toContain('bobb@school.test (learner gave bob@school.test)');
  });

  it('lists what the budgets held back, by reason, and asks staff to follow up', () => {
    const many = Array.from({ length: 25 }, (_, index) => ({ address: `p${index}@school.test`, reason: 'message_cap' as const }));
    const note = composeAgentNote(
      { kind: 'over_budget', heldBack: [{ address: 'bob@school.test', reason: 'requester_daily_limit' }, ...many] },
      { addresses: [], ...staff },
    );
    expect(note).toContain('credbot: over the budget of addresses credbot acts on; nothing looked up or sent.');
    expect(note).toContain('Not looked up and nothing sent, over the requester’s daily limit of addresses: bob@school.test. Please follow up.');
    expect(note).toContain('over the cap of addresses per message: p0@school.test, p1@school.test');
    expect(note).toContain('p19@school.test and 5 more.');
    expect(note).not.toContain('p20@');
  });

  it('says which issuers were emailed about a hand-off and which were not, being over their daily limit', () => {
    const other = makeIssuer({ id: 'iss_2', name: 'Bobcat College' });
    const note = composeAgentNote(handoff({ issuerEmails: [makeIssuer()], issuerEmailsOverLimit: [other] }), { addresses: ['alice@example.com'], ...staff });
    expect(note).toContain('Hand-off email sent to: Acme Academy');
    expect(note).toContain('Hand-off email NOT sent (the contact already had the daily limit of them): Bobcat College');
  });

  it('says the emails were withheld, not sent, when they were only proposed or watched', () => {
    const withheld = composeAgentNote(handoff({ issuerEmails: [makeIssuer()] }), { addresses: ['alice@example.com'], ...staff, emailsSent: false });
    expect(withheld).toContain('Hand-off email withheld (nothing was sent), for: Acme Academy');
    expect(withheld).not.toContain('Hand-off email sent to');
    const sent = composeAgentNote(handoff({ issuerEmails: [makeIssuer()] }), { addresses: ['alice@example.com'], ...staff, emailsSent: true });
    expect(sent).toContain('Hand-off email sent to: Acme Academy');
    const german = composeAgentNote(handoff({ issuerEmails: [makeIssuer()] }), { addresses: ['alice@example.com'], ...staff, staffLanguage: 'de', emailsSent: false });
    expect(german).toContain('Übergabe-E-Mail zurückgehalten (nichts wurde gesendet), für: Acme Academy');
  });

  it('explains why a message was ignored', () => {
    const note = composeAgentNote(
      { kind: 'ignore', classification: { intent: 'other', band: 'ignore', confidence: 0.42, reasons: ['no_credential_words'], language: null } },
      { addresses: [], ...staff },
    );
    expect(note).toContain('Looked up: no address');
    expect(note).toContain('Classified as other (confidence 0.42; signals: no_credential_words)');
  });
});

describe('replies in the learner’s language', () => {
  const others = ['es', 'pt', 'fr', 'de'] as const;
  const inLanguage = (language: Language) => ({ ...options, language });

  it('answers every outcome in the language asked for, never in English', () => {
    for (const language of others) {
      for (const decision of allReplyingDecisions()) {
        const reply = composeLearnerReply(decision, inLanguage(language));
        const english = composeLearnerReply(decision, options);
        expect(reply, `${language} ${decision.kind}`).not.toBe(english);
        expect(reply, `${language} ${decision.kind}`).not.toMatch(/Thanks for getting in touch|We’ve emailed|your credentials|If you can’t/);
      }
    }
  });

  it('writes each outcome as a native support writer would, masked addresses and dates in the language’s form', () => {
    const limited: Decision = { kind: 'rate_limited', address: 'alice@example.com', lastSentAt: new Date('2026-11-26T14:05:00Z'), nextAllowedAt: new Date('2026-11-27T09:00:00Z') };
    expect(composeLearnerReply(retrieve(), inLanguage('es'))).toContain('Le hemos enviado por correo electrónico una lista de sus credenciales a a•••@example.com.');
    expect(composeLearnerReply(limited, inLanguage('pt'))).toContain('Já enviamos suas credenciais para a•••@example.com em 26 de nov. de 2026, às 14:05 (UTC).');
    expect(composeLearnerReply(limited, inLanguage('de'))).toContain('Sie können ab dem 27. Nov. 2026 um 09:00 Uhr (UTC) erneut anfragen.');
    expect(composeLearnerReply({ kind: 'ask_for_email' }, inLanguage('fr'))).toContain('Avec quelle adresse e-mail vous êtes-vous inscrit(e) à votre formation ?');
    const handedOff = handoff({ reason: 'only_drafts', drafts: [makeCredential({ status: 'draft' }), makeCredential({ id: 'c2', status: 'draft' })], contacts: [{ issuer: makeIssuer(), basis: 'draft_credential' }] });
    expect(composeLearnerReply(handedOff, inLanguage('de'))).toContain('Wir haben Ihre Zertifikate für a•••@example.com gefunden, aber Acme Academy hat sie noch nicht veröffentlicht.');
    expect(composeLearnerReply(handedOff, inLanguage('de'))).toContain('Bitte wenden Sie sich dazu an Acme Academy (Dana Reyes unter dana@acme.test oder https://acme.test/help).');
  });

  it('answers about someone else’s address in the same words whatever is on record, in each language', () => {
    for (const language of others) {
      const replies = everythingOnRecordForBob().map((found) => composeLearnerReply(otherAddress(found), inLanguage(language)));
      expect(new Set(replies).size, language).toBe(1);
      expect(replies[0], language).not.toMatch(/Bobcat|bobcat|Acme|Dana|\d{1,2}:\d{2}|2026|2024|•••|bob/);
    }
  });

  it('never shows a credential URL, a course name or a full address, in any language', () => {
    for (const language of others) {
      for (const decision of allReplyingDecisions()) {
        const reply = composeLearnerReply(decision, inLanguage(language));
        expect(reply, `${language} ${decision.kind}`).not.toMatch(/credential\.test|Course|Rabbit Holes|alice@|<|>|\*\*|\]\(/);
      }
    }
  });
});

describe('notes for staff', () => {
  it('are written in the staff’s language and name the learner’s, with where it came from', () => {
    const spanishLearner = { language: 'es' as Language, source: 'channel' as const };
    const english = composeAgentNote(retrieve(), { addresses: ['alice@example.com'], staffLanguage: 'en', learnerLanguage: spanishLearner });
    expect(english).toContain('credbot: emailed credentials to 1 address.');
    expect(english).toContain('Learner’s language: Spanish (from their profile).');

    const german = composeAgentNote(retrieve(), { addresses: ['alice@example.com'], staffLanguage: 'de', learnerLanguage: spanishLearner });
    expect(german).toContain('Sprache der Person: Spanisch (laut Profil).');
    expect(german).toContain('Abruf-E-Mail an alice@example.com (1 Zertifikat):');
    expect(german).toContain('Advanced Rabbit Holes, Acme Academy, ausgestellt am 1. Mai 2024');
  });

  it('say when the learner’s language is only the default', () => {
    const note = composeAgentNote({ kind: 'ask_for_email' }, { addresses: [], staffLanguage: 'en', learnerLanguage: { language: 'en', source: 'default' } });
    expect(note).toContain('Learner’s language: English (the default: neither their profile nor their message tells).');
  });

  it('propose, for a message credbot was not sure of, the learner’s answer under the staff’s words', () => {
    const classification = { intent: 'missing_credential' as const, band: 'suggest' as const, confidence: 0.61, reasons: [], language: 'fr' };
    const reply = { learnerReply: composeLearnerReply(retrieve(), { ...options, language: 'fr' }), agentNote: 'note', language: 'fr' as Language };
    const note = composeSuggestionNote(reply, classification, 'en');
    expect(note).toContain('credbot did not answer: it is not sure this is a missing-credential request (confidence 0.61)');
    expect(note).toContain('> Nous avons envoyé la liste de vos certificats par e-mail à a•••@example.com.');
  });
});
