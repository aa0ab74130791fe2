import { type AddressOutcome, type Decision, type HeldBackAddress, type HeldBackReason, type IssuerContact, isForPerson } from './decision.ts';
import type { Classification } from './intent/classify.ts';
import { maskEmail, maskEmailsIn } from './mask.ts';
import { type Messages, messagesIn } from './messages/format-message.ts';
import type { Language, LanguageChoice } from './messages/languages.ts';
import type { ComposedReply } from './ports.ts';
import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';

/**
 * Everything credbot says to a learner, in their language, and the note it leaves for support staff, in the staff's.
 * The words are in the catalogues (src/core/messages/); this module decides which to say.
 *
 * Learner replies are channel-neutral plain text: paragraphs separated by a blank line, no markdown or HTML.
 * Channels escape and format them. Contract: a learner reply never contains a credential URL, a course name
 * or an unmasked address, because whoever reads the channel may not own the address: credential details
 * only ever travel to the recipient's own inbox. A reply about an address the channel does not vouch for as the
 * requester's is the same whatever is on record (nor does it say whether an email went out), in each language:
 * what was found goes to staff in the agent note.
 */

export interface LearnerReplyOptions {
  now: Date;
  /** How many retrieve emails one address may receive per day. */
  retrieveLimitPerDay: number;
  supportEmail: string;
  /** The learner's language: the reply is written in it. */
  language: Language;
  /** The address credbot's emails come from (MAIL_FROM's), for a learner told to search their mailbox for it. */
  sender?: string | undefined;
}

export interface AgentNoteContext {
  /** The addresses credbot looked up, in full: agents may see them. */
  addresses: string[];
  /** STAFF_LANGUAGE: the note is written in it. */
  staffLanguage: Language;
  /** The language the learner is answered in, and where credbot learnt it: the note names it. */
  learnerLanguage: LanguageChoice;
  /** False when the emails were only proposed or withheld (band or mode suggest, shadow): the note says so. */
  emailsSent?: boolean;
}

export function composeLearnerReply(decision: Decision, options: LearnerReplyOptions): string {
  const text = messagesIn(options.language);
  switch (decision.kind) {
    case 'retrieve':
      return paragraphs(composeRetrieveReply(decision, options, text));
    case 'issuer_handoff':
      return paragraphs(composeIssuerHandoffReply(decision, options, text));
    case 'ask_for_email':
      return paragraphs([
        decision.triedAddress
          ? text.format('reply.askForEmail.notFoundForSender', { address: maskEmail(decision.triedAddress) })
          : text.format('reply.askForEmail.noAddress'),
        text.format('reply.askForEmail.question'),
      ]);
    case 'rate_limited':
      return paragraphs(composeRateLimitedReply(decision, options, text));
    case 'other_addresses':
      return paragraphs([
        ...(decision.own ? [composeLearnerReply(decision.own, options)] : []),
        ...composeUniformReply(decision, options, text),
        ...(decision.heldBack.length > 0 ? [text.format('reply.heldBack.some')] : []),
      ]);
    case 'over_budget':
      return paragraphs([text.format('reply.heldBack.all')]);
    case 'ignore':
      // Channels treat an empty reply as "say nothing".
      return '';
    case 'follow_up':
      return paragraphs(composeFollowUpReply(decision, options, text));
    case 'delivery_failed':
      return paragraphs([
        text.format('reply.deliveryFailed', {
          address: maskEmail(decision.address),
          permanent: decision.permanent ? 'yes' : 'no',
          supportEmail: options.supportEmail,
        }),
      ]);
    default:
      return assertNever(decision);
  }
}

export function composeAgentNote(decision: Decision, context: AgentNoteContext): string {
  const text = messagesIn(context.staffLanguage);
  const lookedUp =
    context.addresses.length > 0 ? text.format('note.lookedUp', { addresses: context.addresses.join(', ') }) : text.format('note.lookedUpNothing');
  const { language, source } = context.learnerLanguage;
  return [
    text.format('note.summary', { outcome: describeOutcome(decision, text) }),
    lookedUp,
    text.format('note.language', { language: text.languageName(language), source }),
    ...describeDetails(decision, 'detailed', text, context.emailsSent ?? true),
  ].join('\n');
}

/** The note for staff when an email of the conversation failed for good: no message, no lookup behind it. */
export function composeDeliveryFailureNote(decision: Extract<Decision, { kind: 'delivery_failed' }>, staffLanguage: Language): string {
  const text = messagesIn(staffLanguage);
  return [text.format('note.summary', { outcome: describeOutcome(decision, text) }), ...describeDetails(decision, 'detailed', text, true)].join('\n');
}

/**
 * The internal note for an answer only proposed to staff: the classifier was not sure of the message (band
 * `suggest`), or else the channel is set to suggest. Nothing went to the learner, and staff get the answer credbot
 * would have given, to send or not.
 */
export function composeSuggestionNote(reply: ComposedReply, classification: Classification, staffLanguage: Language): string {
  const text = messagesIn(staffLanguage);
  return [
    classification.band === 'suggest'
      ? text.format('note.suggestion.intro', { confidence: classification.confidence })
      : text.format('note.suggestion.channelMode'),
    '',
    text.format('note.suggestion.wouldHaveSaid'),
    ...reply.learnerReply.split('\n').map((line) => `> ${line}`),
    '',
    reply.agentNote,
  ]
    .join('\n')
    .trim();
}

/** `detailed`: the learner was told what was found; `uniform`: they were told nothing of it. */
type LearnerWasTold = 'detailed' | 'uniform';

function describeDetails(decision: Decision, told: LearnerWasTold, text: Messages, emailsSent: boolean): string[] {
  const lines: string[] = [];
  switch (decision.kind) {
    case 'retrieve':
      for (const delivery of decision.deliveries) {
        lines.push('', text.format('note.retrieveEmail', { address: delivery.to, count: delivery.credentials.length }));
        // Course and issuer only: URLs stay in the learner's inbox, so nobody pastes one into a shared thread.
        lines.push(...delivery.credentials.map((credential) => `- ${describeCredential(credential, text)}`));
      }
      if (decision.addressesWithoutCredentials.length > 0) {
        lines.push('', text.format('note.nothingFoundFor', { addresses: decision.addressesWithoutCredentials.join(', ') }));
      }
      lines.push(...describeNearMisses(decision.nearMisses, text));
      break;
    case 'issuer_handoff':
      if (decision.drafts.length > 0) {
        lines.push('', text.format('note.drafts'));
        lines.push(
          ...decision.drafts.map(
            (draft) => `- ${text.format('note.draftIssuedTo', { credential: describeCredential(draft, text), address: draft.recipientEmail })}`,
          ),
        );
      }
      lines.push(...describeNearMisses(decision.nearMisses, text));
      lines.push('', ...describeContactsForAgent(decision.contacts, told, text));
      lines.push(...describeIssuerEmails(decision, text, emailsSent));
      break;
    case 'ask_for_email':
      break;
    case 'rate_limited':
      lines.push(
        '',
        text.format('note.lastRetrieveEmail', { address: decision.address, sentAt: decision.lastSentAt }),
        text.format('note.nextAllowed', { at: decision.nextAllowedAt }),
      );
      break;
    case 'other_addresses':
      if (decision.own) {
        lines.push(
          '',
          text.format('note.ownAddress', { outcome: describeOutcome(decision.own, text) }),
          ...describeDetails(decision.own, 'detailed', text, emailsSent),
        );
      }
      if (decision.found) {
        lines.push(
          '',
          text.format('note.otherAddresses', { addresses: decision.addresses.join(', '), findings: describeFindings(decision.found, text, emailsSent) }),
          ...describeDetails(decision.found, 'uniform', text, emailsSent),
        );
      }
      lines.push(...describeHeldBack(decision.heldBack, text));
      break;
    case 'over_budget':
      lines.push(...describeHeldBack(decision.heldBack, text));
      break;
    case 'follow_up':
      lines.push(
        '',
        ...decision.emails.map((email) =>
          text.format('note.earlierEmail', { address: email.address, status: email.status, sentAt: email.sentAt ?? new Date(0), sends: email.timesSent }),
        ),
      );
      break;
    case 'delivery_failed':
      lines.push('', text.format('note.smtpReply', { reply: maskEmailsIn(decision.smtpReply) }));
      break;
    case 'ignore': {
      const { intent, confidence, reasons } = decision.classification;
      const signals = reasons.length > 0 ? reasons.join(', ') : text.format('note.noSignals');
      lines.push('', text.format('note.ignored', { intent, confidence, signals }));
      break;
    }
    default:
      return assertNever(decision);
  }
  return lines;
}

type DecisionOf<K extends Decision['kind']> = Extract<Decision, { kind: K }>;

function composeRetrieveReply(decision: DecisionOf<'retrieve'>, options: LearnerReplyOptions, text: Messages): string[] {
  const sentTo = maskAll(decision.deliveries.map((delivery) => delivery.to));
  const parts: string[] = [];
  if (sentTo.length > 0) {
    parts.push(text.format('reply.retrieve.emailed', { addresses: text.list(sentTo), addressCount: sentTo.length }), text.format('reply.deliveryTips'));
  }
  const empty = maskAll(decision.addressesWithoutCredentials);
  if (empty.length > 0) parts.push(text.format('reply.retrieve.nothingFor', { addresses: text.list(empty) }));
  if (decision.nearMisses.length > 0) parts.push(text.format('reply.nearMiss'));
  if (sentTo.length > 0) parts.push(text.format('reply.retrieve.notArrived', { supportEmail: options.supportEmail }));
  return parts;
}

/**
 * What became of the emails to the requester's own addresses, and whether a person takes it on. Of emails to
 * addresses that may be someone else's nothing is said: the learner hears that a person will look into it.
 */
function composeFollowUpReply(decision: DecisionOf<'follow_up'>, options: LearnerReplyOptions, text: Messages): string[] {
  const own = decision.emails.filter((email) => email.requesterOwn);
  const toPerson = isForPerson(decision) ? [text.format('reply.followUp.toPerson')] : [];
  switch (decision.reason) {
    case 'not_theirs':
      return toPerson;
    case 'failed':
      return [
        ...own
          .filter((email) => email.status === 'failed')
          .map((email) => text.format('reply.deliveryFailed', { address: maskEmail(email.address), permanent: 'no', supportEmail: options.supportEmail })),
        ...toPerson,
      ];
    case 'on_the_way':
      return own.filter((email) => email.status === 'queued').map((email) => text.format('reply.followUp.onTheWay', { address: maskEmail(email.address) }));
    case 'sent':
    case 'sent_twice':
    case 'asked_again':
      return [
        ...own
          .filter((email) => email.status === 'sent' && email.sentAt !== null)
          .map((email) => text.format('reply.followUp.sent', { address: maskEmail(email.address), sentAt: email.sentAt! })),
        text.format('reply.deliveryTips'),
        ...(options.sender ? [text.format('reply.followUp.searchSender', { sender: options.sender })] : []),
        ...toPerson,
      ];
  }
}

function composeIssuerHandoffReply(decision: DecisionOf<'issuer_handoff'>, options: LearnerReplyOptions, text: Messages): string[] {
  // A near-miss credential may belong to someone else, so its issuer is not named to the learner either:
  // the agent note carries it and a person decides.
  const contacts = decision.contacts.filter((contact) => contact.basis !== 'near_miss');
  const addresses = maskAll(decision.addresses);
  const where = { hasAddresses: addresses.length > 0 ? 'yes' : 'no', addresses: text.list(addresses) };
  const parts: string[] = [];

  if (decision.reason === 'only_drafts') {
    const names = uniqueIssuers(contacts).map((issuer) => issuer.name);
    parts.push(
      text.format('reply.handoff.onlyDrafts', { ...where, draftCount: decision.drafts.length, issuerCount: names.length, issuers: text.list(names) }),
    );
  } else {
    parts.push(text.format('reply.handoff.nothingFound', where), text.format('reply.handoff.notIssuedYet'));
  }

  if (decision.nearMisses.length > 0) parts.push(text.format('reply.nearMiss'));
  if (contacts.length > 0) {
    parts.push(describeContactsForLearner(contacts, options, text));
  } else {
    parts.push(text.format('reply.handoff.contactProvider', { supportEmail: options.supportEmail }));
  }
  return parts;
}

function composeRateLimitedReply(decision: DecisionOf<'rate_limited'>, options: LearnerReplyOptions, text: Messages): string[] {
  const canAskNow = decision.nextAllowedAt.getTime() <= options.now.getTime();
  return [
    text.format('reply.rateLimited.alreadySent', { address: maskEmail(decision.address), sentAt: decision.lastSentAt }),
    text.format('reply.deliveryTips'),
    text.format('reply.rateLimited.limit', {
      limit: options.retrieveLimitPerDay,
      canAskNow: canAskNow ? 'yes' : 'no',
      nextAllowedAt: decision.nextAllowedAt,
    }),
  ];
}

/** Words that depend only on what the requester wrote, never on what is on record for the addresses. */
function composeUniformReply(decision: DecisionOf<'other_addresses'>, options: LearnerReplyOptions, text: Messages): string[] {
  if (decision.addresses.length === 0) return [];
  const many = decision.addresses.length > 1;
  const key = many
    ? decision.own
      ? 'reply.otherAddresses.manyBesideOwn'
      : 'reply.otherAddresses.many'
    : decision.own
      ? 'reply.otherAddresses.oneBesideOwn'
      : 'reply.otherAddresses.one';
  return [text.format(key), text.format('reply.otherAddresses.privacy', { supportEmail: options.supportEmail })];
}

function describeContactsForLearner(contacts: IssuerContact[], options: LearnerReplyOptions, text: Messages): string {
  const issuers = uniqueIssuers(contacts);
  const described = issuers.map((issuer) => describeIssuerForLearner(issuer, text));
  const unreachable = issuers.some((issuer) => !hasContactDetails(issuer));
  const fallback = unreachable ? text.format('reply.handoff.ifUnreachable', { supportEmail: options.supportEmail }) : null;
  if (described.length === 1) {
    return [text.format('reply.handoff.contactIssuer', { issuer: described[0]! }), ...(fallback ? [fallback] : [])].join(' ');
  }
  const list = [text.format('reply.handoff.contactIssuers'), ...described.map((line) => `- ${line}`)].join('\n');
  return fallback ? `${list}\n\n${fallback}` : list;
}

function describeIssuerForLearner(issuer: Issuer, text: Messages): string {
  const ways: string[] = [];
  if (issuer.contactEmail) {
    ways.push(issuer.contactName ? text.format('reply.issuer.personAtAddress', { name: issuer.contactName, address: issuer.contactEmail }) : issuer.contactEmail);
  } else if (issuer.contactName) {
    ways.push(issuer.contactName);
  }
  if (issuer.supportUrl) ways.push(issuer.supportUrl);
  if (ways.length === 0) return issuer.name;
  const contact = ways.length === 2 ? text.format('reply.issuer.eitherWay', { first: ways[0]!, second: ways[1]! }) : ways[0]!;
  return text.format('reply.issuer.withContact', { issuer: issuer.name, contact });
}

function describeContactsForAgent(contacts: IssuerContact[], told: LearnerWasTold, text: Messages): string[] {
  if (contacts.length === 0) return [text.format(told === 'detailed' ? 'note.contact.noneLearnerTold' : 'note.contact.none')];
  return contacts.map(({ issuer, basis }) => {
    const details = [issuer.contactName, issuer.contactEmail ? `<${issuer.contactEmail}>` : null, issuer.supportUrl].filter(
      (part): part is string => part !== null && part !== '',
    );
    return text.format('note.contact', {
      issuer: issuer.name,
      details: details.length > 0 ? details.join(' ') : text.format('note.contact.noDetails'),
      basis,
      notNamed: basis === 'near_miss' && told === 'detailed' ? 'yes' : 'no',
    });
  });
}

function describeNearMisses(nearMisses: CredentialMatch[], text: Messages): string[] {
  if (nearMisses.length === 0) return [];
  return [
    '',
    text.format('note.nearMisses'),
    ...nearMisses.map(
      ({ credential, queriedAddress }) =>
        `- ${text.format('note.nearMiss', { address: credential.recipientEmail, queriedAddress, credential: describeCredential(credential, text) })}`,
    ),
  ];
}

function describeIssuerEmails(decision: DecisionOf<'issuer_handoff'>, text: Messages, emailsSent: boolean): string[] {
  const lines: string[] = [];
  if (decision.issuerEmails.length > 0) {
    lines.push(text.format('note.issuerEmailsSent', { issuers: decision.issuerEmails.map((issuer) => issuer.name).join(', '), sent: emailsSent ? 'yes' : 'no' }));
  }
  if (decision.issuerEmailsOverLimit.length > 0) {
    lines.push(text.format('note.issuerEmailsOverLimit', { issuers: decision.issuerEmailsOverLimit.map((issuer) => issuer.name).join(', ') }));
  }
  return lines;
}

/** How many held-back addresses a note lists by name; a ticket naming hundreds needs no list of hundreds. */
const HELD_BACK_LISTED = 20;

const HELD_BACK_REASONS: readonly HeldBackReason[] = ['message_cap', 'requester_daily_limit'];

function describeHeldBack(heldBack: HeldBackAddress[], text: Messages): string[] {
  const lines: string[] = [];
  for (const reason of HELD_BACK_REASONS) {
    const addresses = heldBack.filter((held) => held.reason === reason).map((held) => held.address);
    if (addresses.length === 0) continue;
    lines.push(
      '',
      text.format('note.heldBack', {
        reason,
        addresses: addresses.slice(0, HELD_BACK_LISTED).join(', '),
        more: Math.max(0, addresses.length - HELD_BACK_LISTED),
      }),
    );
  }
  return lines;
}

/** What was found for addresses that may not be the requester's, in the note only. */
function describeFindings(found: AddressOutcome, text: Messages, emailsSent: boolean): string {
  switch (found.kind) {
    case 'retrieve':
      return text.format('note.found.retrieve', { count: found.deliveries.length, sent: emailsSent ? 'yes' : 'no' });
    case 'issuer_handoff':
      return text.format(found.reason === 'only_drafts' ? 'note.found.onlyDrafts' : 'note.found.nothingFound');
    case 'rate_limited':
      return text.format('note.outcome.rateLimited');
  }
}

function describeOutcome(decision: Decision, text: Messages): string {
  switch (decision.kind) {
    case 'retrieve':
      return text.format('note.outcome.retrieve', { count: decision.deliveries.length });
    case 'issuer_handoff':
      return text.format(decision.reason === 'only_drafts' ? 'note.outcome.onlyDrafts' : 'note.outcome.nothingFound');
    case 'ask_for_email':
      return decision.triedAddress
        ? text.format('note.outcome.askedForAddress', { address: decision.triedAddress })
        : text.format('note.outcome.noAddress');
    case 'rate_limited':
      return text.format('note.outcome.rateLimited');
    case 'other_addresses':
      return text.format('note.outcome.otherAddresses');
    case 'over_budget':
      return text.format('note.outcome.overBudget');
    case 'ignore':
      return text.format('note.outcome.ignored');
    case 'follow_up':
      return text.format('note.outcome.followUp', { state: decision.reason, toPerson: isForPerson(decision) ? 'yes' : 'no' });
    case 'delivery_failed':
      return text.format('note.outcome.deliveryFailed', { address: decision.address, permanent: decision.permanent ? 'yes' : 'no' });
    default:
      return assertNever(decision);
  }
}

function describeCredential(credential: IssuedCredential, text: Messages): string {
  return text.format('note.credential', {
    course: credential.courseName,
    issuer: credential.issuer.name,
    issuedAt: credential.issuedAt,
    isDraft: credential.status === 'draft' ? 'yes' : 'no',
  });
}

function hasContactDetails(issuer: Issuer): boolean {
  return Boolean(issuer.contactEmail || issuer.supportUrl);
}

function uniqueIssuers(contacts: IssuerContact[]): Issuer[] {
  const byId = new Map<string, Issuer>();
  for (const { issuer } of contacts) if (!byId.has(issuer.id)) byId.set(issuer.id, issuer);
  return [...byId.values()];
}

/** Two addresses can mask alike (`alice@x`, `anna@x`); saying `a•••@x` twice would only confuse. */
function maskAll(addresses: string[]): string[] {
  return [...new Set(addresses.map(maskEmail))];
}

function paragraphs(parts: string[]): string {
  return parts.join('\n\n');
}

function assertNever(value: never): never {
  throw new Error(`Unhandled decision: ${JSON.stringify(value)}`);
}
