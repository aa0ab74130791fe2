import type { Classification } from './intent/classify.ts';
import type { Decision, IssuerContact, RetrieveDelivery } from './decision.ts';
import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Everything the decision depends on, gathered by the use case; deciding itself does no I/O. */
export interface DecisionInput {
  classification: Classification;
  /** The addresses to look up: from the message, else the one the channel vouches for. */
  addresses: string[];
  /** True when `addresses` is the channel's vouched address, the message itself naming none. */
  addressesAreVouched: boolean;
  /** Credentials whose recipient is one of `addresses` (exact or the same mailbox), published or not. */
  matches: CredentialMatch[];
  /** Credentials issued to a similar address: for hand-off notes only, never emailed. */
  nearMisses: CredentialMatch[];
  issuersMentioned: Issuer[];
  /** For each delivery address, when retrieve emails went to it in the last 24 hours. */
  recentRetrieveEmails: ReadonlyMap<string, Date[]>;
  retrieveLimitPerDay: number;
  now: Date;
}

export function decide(input: DecisionInput): Decision {
  if (input.classification.intent !== 'missing_credential') {
    return { kind: 'ignore', classification: input.classification };
  }
  if (input.addresses.length === 0) return { kind: 'ask_for_email' };

  const published = input.matches.filter((match) => match.credential.status === 'published');
  const deliveries = groupByRecipient(published.map((match) => match.credential));
  const allowed = deliveries.filter((delivery) => !isOverLimit(input, delivery.to));

  if (allowed.length > 0) {
    const found = new Set(input.matches.map((match) => match.queriedAddress));
    return {
      kind: 'retrieve',
      deliveries: allowed,
      addressesWithoutCredentials: input.addresses.filter((address) => !found.has(address)),
      nearMisses: [],
    };
  }

  const limited = deliveries[0];
  if (limited !== undefined) {
    const sent = sentTimes(input, limited.to);
    const lastSentAt = sent[sent.length - 1] ?? input.now;
    const oldestCounted = sent[sent.length - input.retrieveLimitPerDay] ?? lastSentAt;
    return {
      kind: 'rate_limited',
      address: limited.to,
      lastSentAt,
      nextAllowedAt: new Date(oldestCounted.getTime() + DAY_MS),
    };
  }

  const drafts = input.matches.filter((match) => match.credential.status === 'draft').map((match) => match.credential);
  const contacts = collectContacts(drafts, input.nearMisses, input.issuersMentioned);
  // The address a learner writes from is often not the one they enrolled with: with no lead at all, ask.
  if (input.addressesAreVouched && drafts.length === 0 && contacts.length === 0) {
    return { kind: 'ask_for_email', ...(input.addresses[0] ? { triedAddress: input.addresses[0] } : {}) };
  }
  return {
    kind: 'issuer_handoff',
    reason: drafts.length > 0 ? 'only_drafts' : 'nothing_found',
    addresses: input.addresses,
    contacts,
    drafts,
    nearMisses: input.nearMisses,
  };
}

/** One delivery per address the credentials were issued to: that address, and no other, receives them. */
function groupByRecipient(credentials: IssuedCredential[]): RetrieveDelivery[] {
  const byRecipient = new Map<string, IssuedCredential[]>();
  const seen = new Set<string>();
  for (const credential of credentials) {
    if (seen.has(credential.id)) continue;
    seen.add(credential.id);
    const to = credential.recipientEmail.toLowerCase();
    byRecipient.set(to, [...(byRecipient.get(to) ?? []), credential]);
  }
  return [...byRecipient].map(([to, list]) => ({
    to,
    credentials: list.sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime()),
  }));
}

function sentTimes(input: DecisionInput, address: string): Date[] {
  const since = input.now.getTime() - DAY_MS;
  return (input.recentRetrieveEmails.get(address) ?? [])
    .filter((sentAt) => sentAt.getTime() > since)
    .sort((a, b) => a.getTime() - b.getTime());
}

function isOverLimit(input: DecisionInput, address: string): boolean {
  return sentTimes(input, address).length >= input.retrieveLimitPerDay;
}

/** The issuers worth naming, strongest evidence first, each once. */
function collectContacts(drafts: IssuedCredential[], nearMisses: CredentialMatch[], mentioned: Issuer[]): IssuerContact[] {
  const contacts = new Map<string, IssuerContact>();
  const add = (issuer: Issuer, basis: IssuerContact['basis']) => {
    if (!contacts.has(issuer.id)) contacts.set(issuer.id, { issuer, basis });
  };
  for (const draft of drafts) add(draft.issuer, 'draft_credential');
  for (const nearMiss of nearMisses) add(nearMiss.credential.issuer, 'near_miss');
  for (const issuer of mentioned) add(issuer, 'mentioned_in_message');
  return [...contacts.values()];
}
