import type { AddressOutcome, Decision, HeldBackAddress, HeldBackReason, IssuerContact } from './decision.ts';
import type { Classification } from './intent/classify.ts';
import { maskEmail } from './mask.ts';
import type { ComposedReply } from './ports.ts';
import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';

/**
 * Everything credbot says to a learner, and the note it leaves for support staff.
 *
 * Learner replies are channel-neutral plain text: paragraphs separated by a blank line, no markdown or HTML.
 * Channels escape and format them. Contract: a learner reply never contains a credential URL, a course name
 * or an unmasked address, because whoever reads the channel may not own the address: credential details
 * only ever travel to the recipient's own inbox. A reply about an address the channel does not vouch for as the
 * requester's is the same whatever is on record (nor does it say whether an email went out): what was found goes
 * to staff in the agent note.
 */

export interface LearnerReplyOptions {
  now: Date;
  /** How many retrieve emails one address may receive per day. */
  retrieveLimitPerDay: number;
  supportEmail: string;
}

export interface AgentNoteContext {
  /** The addresses credbot looked up, in full: agents may see them. */
  addresses: string[];
}

export function composeLearnerReply(decision: Decision, options: LearnerReplyOptions): string {
  switch (decision.kind) {
    case 'retrieve':
      return paragraphs(composeRetrieveReply(decision, options));
    case 'issuer_handoff':
      return paragraphs(composeIssuerHandoffReply(decision, options));
    case 'ask_for_email':
      return paragraphs([
        decision.triedAddress
          ? `Thanks for getting in touch. We couldn’t find any credentials issued to ${maskEmail(decision.triedAddress)}, the address you wrote from.`
          : 'Thanks for getting in touch. We couldn’t find an email address in your message.',
        'Which email address did you sign up for your course with? Reply with it and we’ll look up your credentials.',
      ]);
    case 'rate_limited':
      return paragraphs(composeRateLimitedReply(decision, options));
    case 'other_addresses':
      return paragraphs([
        ...(decision.own ? [composeLearnerReply(decision.own, options)] : []),
        ...composeUniformReply(decision, options),
        ...(decision.heldBack.length > 0 ? [SOME_HELD_BACK_NOTICE] : []),
      ]);
    case 'over_budget':
      return paragraphs([ALL_HELD_BACK_NOTICE]);
    case 'ignore':
      // Channels treat an empty reply as "say nothing".
      return '';
    default:
      return assertNever(decision);
  }
}

export function composeAgentNote(decision: Decision, context: AgentNoteContext): string {
  const lookedUp =
    context.addresses.length > 0 ? `Looked up: ${context.addresses.join(', ')}` : 'Looked up: no address';
  return [`credbot: ${describeOutcome(decision)}`, lookedUp, ...describeDetails(decision, 'detailed')].join('\n');
}

/** `detailed`: the learner was told what was found; `uniform`: they were told nothing of it. */
type LearnerWasTold = 'detailed' | 'uniform';

function describeDetails(decision: Decision, told: LearnerWasTold): string[] {
  const lines: string[] = [];
  switch (decision.kind) {
    case 'retrieve':
      for (const delivery of decision.deliveries) {
        lines.push('', `Retrieve email to ${delivery.to} (${count(delivery.credentials.length, 'credential')}):`);
        // Course and issuer only: URLs stay in the learner's inbox, so nobody pastes one into a shared thread.
        lines.push(...delivery.credentials.map((credential) => `- ${describeCredential(credential)}`));
      }
      if (decision.addressesWithoutCredentials.length > 0) {
        lines.push('', `Nothing found for: ${decision.addressesWithoutCredentials.join(', ')}`);
      }
      lines.push(...describeNearMisses(decision.nearMisses));
      break;
    case 'issuer_handoff':
      if (decision.drafts.length > 0) {
        lines.push('', 'Unpublished drafts:');
        lines.push(
          ...decision.drafts.map((draft) => `- ${describeCredential(draft)}, issued to ${draft.recipientEmail}`),
        );
      }
      lines.push(...describeNearMisses(decision.nearMisses));
      lines.push('', ...describeContactsForAgent(decision.contacts, told));
      lines.push(...describeIssuerEmails(decision));
      break;
    case 'ask_for_email':
      break;
    case 'rate_limited':
      lines.push(
        '',
        `Last retrieve email to ${decision.address}: ${formatTimeUtc(decision.lastSentAt)}.`,
        `Next allowed: ${formatTimeUtc(decision.nextAllowedAt)}.`,
      );
      break;
    case 'other_addresses':
      if (decision.own) {
        lines.push(
          '',
          `The requester's own address: ${describeOutcome(decision.own)}`,
          ...describeDetails(decision.own, 'detailed'),
        );
      }
      if (decision.found) {
        lines.push(
          '',
          `Not the requester's own address (${decision.addresses.join(', ')}): ${describeFindings(decision.found)} The learner was not told what was found.`,
          ...describeDetails(decision.found, 'uniform'),
        );
      }
      lines.push(...describeHeldBack(decision.heldBack));
      break;
    case 'over_budget':
      lines.push(...describeHeldBack(decision.heldBack));
      break;
    case 'ignore': {
      const { intent, confidence, reasons } = decision.classification;
      lines.push(
        '',
        `Classified as ${intent} (confidence ${confidence.toFixed(2)}; signals: ${
          reasons.length > 0 ? reasons.join(', ') : 'none'
        }). No reply sent.`,
      );
      break;
    }
    default:
      return assertNever(decision);
  }
  return lines;
}

/** `1 May 2024`, always in UTC so a reply reads the same wherever credbot runs. */
/**
 * The internal note for a message the classifier was not sure of (band `suggest`): nothing went to the learner,
 * and staff get the answer credbot would have given, to send or not.
 */
export function composeSuggestionNote(reply: ComposedReply, classification: Classification): string {
  return [
    `credbot did not answer: it is not sure this is a missing-credential request (confidence ${classification.confidence.toFixed(2)}), so nothing was sent to the learner.`,
    '',
    'The answer it would have given:',
    ...reply.learnerReply.split('\n').map((line) => `> ${line}`),
    '',
    reply.agentNote,
  ]
    .join('\n')
    .trim();
}

export function formatDateUtc(date: Date): string {
  // A fixed month table rather than Intl: ICU versions disagree (`Sep` vs `Sept`), and replies should not
  // change when Node is upgraded.
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `14:05 UTC on 26 Nov 2026`. */
export function formatTimeUtc(date: Date): string {
  const hours = String(date.getUTCHours()).padStart(2, '0');
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  return `${hours}:${minutes} UTC on ${formatDateUtc(date)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

type DecisionOf<K extends Decision['kind']> = Extract<Decision, { kind: K }>;

function composeRetrieveReply(decision: DecisionOf<'retrieve'>, options: LearnerReplyOptions): string[] {
  const sentTo = maskAll(decision.deliveries.map((delivery) => delivery.to));
  const parts: string[] = [];
  if (sentTo.length > 0) {
    const perAddress = sentTo.length > 1 ? ' (one email per address)' : '';
    parts.push(
      `We’ve emailed a list of your credentials to ${joinWords(sentTo)}${perAddress}. It should arrive within a few minutes.`,
      DELIVERY_TIPS,
    );
  }
  const empty = maskAll(decision.addressesWithoutCredentials);
  if (empty.length > 0) {
    parts.push(
      `We didn’t find any credentials issued to ${joinWords(empty)}. If you signed up for a course with a different address, reply with it and we’ll check that too.`,
    );
  }
  if (decision.nearMisses.length > 0) parts.push(NEAR_MISS_NOTICE);
  if (sentTo.length > 0) {
    parts.push(`If the email hasn’t arrived in 15 minutes, ${replyHere(options)} and we’ll look into it.`);
  }
  return parts;
}

function composeIssuerHandoffReply(
  decision: DecisionOf<'issuer_handoff'>,
  options: LearnerReplyOptions,
): string[] {
  // A near-miss credential may belong to someone else, so its issuer is not named to the learner either:
  // the agent note carries it and a person decides.
  const contacts = decision.contacts.filter((contact) => contact.basis !== 'near_miss');
  const addresses = joinWords(maskAll(decision.addresses));
  const parts: string[] = [];

  if (decision.reason === 'only_drafts') {
    const names = uniqueIssuers(contacts).map((issuer) => issuer.name);
    const issuers = names.length > 0 ? joinWords(names) : 'your course provider';
    const hasNot = names.length > 1 ? 'haven’t' : 'hasn’t';
    const [credential, it] = decision.drafts.length > 1 ? ['credentials', 'them'] : ['credential', 'it'];
    parts.push(
      `We found your ${credential}${addresses ? ` for ${addresses}` : ''}, but ${issuers} ${hasNot} published ${it} yet. We host credentials on behalf of course providers and can only send what they have published.`,
    );
  } else {
    parts.push(
      `We couldn’t find any credential issued${addresses ? ` to ${addresses}` : ''}. Please check it’s the address you signed up for your course with. If you used another one, reply with it and we’ll look again.`,
      'If it is the right address, your course provider may not have issued your credential yet. We host credentials on their behalf and can only send what they have published.',
    );
  }

  if (decision.nearMisses.length > 0) parts.push(NEAR_MISS_NOTICE);
  if (contacts.length > 0) {
    parts.push(describeContactsForLearner(contacts, options));
  } else {
    parts.push(
      `Please contact your course provider about it. If you can’t reach them, ${replyHere(options)} and we’ll do our best to put you in touch using the contact details we have for them.`,
    );
  }
  return parts;
}

function composeRateLimitedReply(decision: DecisionOf<'rate_limited'>, options: LearnerReplyOptions): string[] {
  const limit = options.retrieveLimitPerDay;
  const perDay = limit === 1 ? 'one of these emails a day' : `${limit} of these emails a day`;
  const again =
    decision.nextAllowedAt.getTime() <= options.now.getTime()
      ? 'You can ask again now.'
      : `You can ask again after ${formatTimeUtc(decision.nextAllowedAt)}.`;
  return [
    `We already emailed your credentials to ${maskEmail(decision.address)} at ${formatTimeUtc(decision.lastSentAt)}.`,
    DELIVERY_TIPS,
    `To keep inboxes free of spam, we send at most ${perDay} to each address. ${again}`,
  ];
}

/** Words that depend only on what the requester wrote, never on what is on record for the addresses. */
function composeUniformReply(decision: DecisionOf<'other_addresses'>, options: LearnerReplyOptions): string[] {
  if (decision.addresses.length === 0) return [];
  const many = decision.addresses.length > 1;
  const other = decision.own ? ' other' : '';
  const which = many
    ? `any of the${other} addresses you gave`
    : decision.own
      ? 'the other address you gave'
      : 'that address';
  const there = many ? 'to each address they were issued to' : 'there';
  return [
    `${decision.own ? '' : 'Thanks for getting in touch. '}If credentials were issued to ${which}, we have emailed their links ${there} (or already did in the last day).`,
    `To protect everyone’s privacy, we only share what we hold about an address with that address’s own inbox. If the address is yours and nothing has arrived within 15 minutes, please check your spam or junk folder, then ${replyHere(options)} and our team will help.`,
  ];
}

function describeContactsForLearner(contacts: IssuerContact[], options: LearnerReplyOptions): string {
  const issuers = uniqueIssuers(contacts);
  const described = issuers.map((issuer) => describeIssuerForLearner(issuer));
  const unreachable = issuers.some((issuer) => !hasContactDetails(issuer));
  const fallback = unreachable
    ? ` If you can’t reach them, ${replyHere(options)} and we’ll do our best to put you in touch.`
    : '';
  if (described.length === 1) {
    return `Please get in touch with ${described[0]} about it.${fallback}`;
  }
  return `Please get in touch with your course provider about it:\n${described
    .map((line) => `- ${line}`)
    .join('\n')}${fallback ? `\n\n${fallback.trim()}` : ''}`;
}

function describeIssuerForLearner(issuer: Issuer): string {
  const ways: string[] = [];
  if (issuer.contactEmail) {
    ways.push(issuer.contactName ? `${issuer.contactName} at ${issuer.contactEmail}` : issuer.contactEmail);
  } else if (issuer.contactName) {
    ways.push(issuer.contactName);
  }
  if (issuer.supportUrl) ways.push(issuer.supportUrl);
  return ways.length > 0 ? `${issuer.name} (${ways.join(', or ')})` : issuer.name;
}

function describeContactsForAgent(contacts: IssuerContact[], told: LearnerWasTold): string[] {
  if (contacts.length === 0) {
    const toldLearner = told === 'detailed' ? ' The learner was told to contact their course provider.' : '';
    return [`Issuer contact: none on record.${toldLearner}`];
  }
  return contacts.map(({ issuer, basis }) => {
    const details = [
      issuer.contactName,
      issuer.contactEmail ? `<${issuer.contactEmail}>` : null,
      issuer.supportUrl,
    ].filter((part): part is string => part !== null && part !== '');
    const contact = details.length > 0 ? details.join(' ') : 'no contact details on record';
    const shownToLearner = basis === 'near_miss' && told === 'detailed' ? '; not named to the learner' : '';
    return `Issuer contact: ${issuer.name}: ${contact} (found by ${BASIS_LABELS[basis]}${shownToLearner})`;
  });
}

function describeNearMisses(nearMisses: CredentialMatch[]): string[] {
  if (nearMisses.length === 0) return [];
  return [
    '',
    'Near misses (not emailed; check the learner owns the address before sharing anything):',
    ...nearMisses.map(
      ({ credential, queriedAddress }) =>
        `- ${credential.recipientEmail} (learner gave ${queriedAddress}): ${describeCredential(credential)}`,
    ),
  ];
}

function describeIssuerEmails(decision: DecisionOf<'issuer_handoff'>): string[] {
  const lines: string[] = [];
  if (decision.issuerEmails.length > 0) {
    lines.push(`Hand-off email sent to: ${decision.issuerEmails.map((issuer) => issuer.name).join(', ')}`);
  }
  if (decision.issuerEmailsOverLimit.length > 0) {
    const names = decision.issuerEmailsOverLimit.map((issuer) => issuer.name).join(', ');
    lines.push(`Hand-off email NOT sent (the contact already had the daily limit of them): ${names}`);
  }
  return lines;
}

/** How many held-back addresses a note lists by name; a ticket naming hundreds needs no list of hundreds. */
const HELD_BACK_LISTED = 20;

function describeHeldBack(heldBack: HeldBackAddress[]): string[] {
  const lines: string[] = [];
  for (const [reason, label] of Object.entries(HELD_BACK_LABELS) as [HeldBackReason, string][]) {
    const addresses = heldBack.filter((held) => held.reason === reason).map((held) => held.address);
    if (addresses.length === 0) continue;
    const listed = addresses.slice(0, HELD_BACK_LISTED).join(', ');
    const more = addresses.length > HELD_BACK_LISTED ? ` and ${addresses.length - HELD_BACK_LISTED} more` : '';
    lines.push('', `Not looked up and nothing sent, ${label}: ${listed}${more}. Please follow up.`);
  }
  return lines;
}

const HELD_BACK_LABELS: Record<HeldBackReason, string> = {
  message_cap: 'over the cap of addresses per message',
  requester_daily_limit: 'over the requester’s daily limit of addresses',
};

/** What was found for addresses that may not be the requester's, in the note only. */
function describeFindings(found: AddressOutcome): string {
  switch (found.kind) {
    case 'retrieve':
      return `emailed credentials to ${count(found.deliveries.length, 'address', 'addresses')} they were issued to.`;
    case 'issuer_handoff':
      return found.reason === 'only_drafts' ? 'only unpublished drafts found; nothing sent.' : 'no credential found; nothing sent.';
    case 'rate_limited':
      return 'retrieve limit reached; no email sent.';
  }
}

function describeOutcome(decision: Decision): string {
  switch (decision.kind) {
    case 'retrieve':
      return `emailed credentials to ${count(decision.deliveries.length, 'address', 'addresses')}.`;
    case 'issuer_handoff':
      return decision.reason === 'only_drafts'
        ? 'only unpublished drafts found; learner pointed to the issuer.'
        : 'no credential found; learner pointed to the issuer.';
    case 'ask_for_email':
      return decision.triedAddress
        ? `nothing issued to the requester's address ${decision.triedAddress}; asked the learner which address they signed up with.`
        : 'no email address in the message; asked the learner for one.';
    case 'rate_limited':
      return 'retrieve limit reached; no email sent.';
    case 'other_addresses':
      return 'the message names an address that may not be the requester’s: the reply says the same whatever was found.';
    case 'over_budget':
      return 'over the budget of addresses credbot acts on; nothing looked up or sent.';
    case 'ignore':
      return 'not a missing-credential request; ignored.';
    default:
      return assertNever(decision);
  }
}

function describeCredential(credential: IssuedCredential): string {
  const draft = credential.status === 'draft' ? ' [draft]' : '';
  return `${credential.courseName}, ${credential.issuer.name}, issued ${formatDateUtc(credential.issuedAt)}${draft}`;
}

const BASIS_LABELS: Record<IssuerContact['basis'], string> = {
  draft_credential: 'draft credential',
  near_miss: 'near-miss address',
  mentioned_in_message: 'name in the message',
};

const DELIVERY_TIPS =
  'If you can’t see it, please check your spam or junk folder. With a work or school address, your organisation’s email filters may hold it back, so check any quarantine too, or ask your IT team.';

const ALL_HELD_BACK_NOTICE =
  'Thanks for getting in touch. You’ve asked about more email addresses than we look up automatically, so a member of our support team will look at your request and get back to you.';

const SOME_HELD_BACK_NOTICE =
  'You’ve asked about more email addresses than we look up automatically, so we haven’t checked all of them: a member of our support team will look at the rest and get back to you.';

const NEAR_MISS_NOTICE =
  'We also found a credential under an address similar to one you gave us. Our team will check it and get back to you.';

function replyHere(options: LearnerReplyOptions): string {
  return `reply to this message (or email ${options.supportEmail})`;
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

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

function paragraphs(parts: string[]): string {
  return parts.join('\n\n');
}

function assertNever(value: never): never {
  throw new Error(`Unhandled decision: ${JSON.stringify(value)}`);
}
