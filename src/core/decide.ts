import { emailKey } from './addresses.ts';
import type { Classification } from './intent/classify.ts';
import type { AddressOutcome, Decision, HeldBackAddress, IssuerContact, RetrieveDelivery } from './decision.ts';
import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Issuer contacts emailed about one message at most, whatever the daily budget. */
const MAX_HANDOFF_EMAILS_PER_MESSAGE = 3;

/** Everything the decision depends on, gathered by the use case; deciding itself does no I/O. */
export interface DecisionInput {
  classification: Classification;
  /**
   * The requester's own addresses, answered in detail: those the message named that the channel vouches for, or
   * the vouched address alone when the message names none.
   */
  addresses: string[];
  /** True when `addresses` is the channel's vouched address, the message itself naming none. */
  addressesAreVouched: boolean;
  /** Addresses the message named that are not the requester's own, within the budgets: answered uniformly. */
  otherAddresses: string[];
  /** Addresses the message named that the budgets held back: not looked up, nothing sent. */
  heldBack: HeldBackAddress[];
  /** Credentials whose recipient is one of the addresses (exact or the same mailbox), published or not. */
  matches: CredentialMatch[];
  /** Credentials issued to a similar address: for hand-off notes only, never emailed. */
  nearMisses: CredentialMatch[];
  issuersMentioned: Issuer[];
  /** For each delivery address, when retrieve emails went to it in the last 24 hours. */
  recentRetrieveEmails: ReadonlyMap<string, Date[]>;
  retrieveLimitPerDay: number;
  issuerEmails: IssuerEmailPolicy;
  now: Date;
}

export interface IssuerEmailPolicy {
  /** ISSUER_HANDOFF_EMAILS: also email the issuer's contact on a hand-off about the requester's own address. */
  enabled: boolean;
  limitPerDay: number;
  /** For each contact address (see handoffEmailCandidates), when hand-off emails went to it in the last 24 hours. */
  recent: ReadonlyMap<string, Date[]>;
}

/** What was found for some addresses: the slice of the input that concerns them. */
export interface Findings {
  matches: CredentialMatch[];
  nearMisses: CredentialMatch[];
  issuersMentioned: Issuer[];
}

export function decide(input: DecisionInput): Decision {
  if (input.classification.intent !== 'missing_credential') {
    return { kind: 'ignore', classification: input.classification };
  }
  if (input.otherAddresses.length === 0 && input.heldBack.length === 0) return decideForOwnAddresses(input);

  const own =
    input.addresses.length > 0
      ? decideForAddresses(input, input.addresses, input.issuerEmails)
      : null;
  // Nobody's issuer is emailed on the word of someone who may not be the learner: staff read the note instead.
  const found =
    input.otherAddresses.length > 0
      ? decideForAddresses(input, input.otherAddresses, { ...input.issuerEmails, enabled: false })
      : null;
  if (own === null && found === null) return { kind: 'over_budget', heldBack: input.heldBack };
  return { kind: 'other_addresses', addresses: input.otherAddresses, found, own, heldBack: input.heldBack };
}

function decideForOwnAddresses(input: DecisionInput): Decision {
  if (input.addresses.length === 0) return { kind: 'ask_for_email' };
  const outcome = decideForAddresses(input, input.addresses, input.issuerEmails);
  // The address a learner writes from is often not the one they enrolled with: with no lead at all, ask.
  const noLead = outcome.kind === 'issuer_handoff' && outcome.drafts.length === 0 && outcome.contacts.length === 0;
  if (input.addressesAreVouched && noLead) {
    return { kind: 'ask_for_email', ...(input.addresses[0] ? { triedAddress: input.addresses[0] } : {}) };
  }
  return outcome;
}

/** The retrieve emails, the limit reached or the hand-off for these addresses, from what was found for them. */
function decideForAddresses(input: DecisionInput, addresses: string[], issuerEmails: IssuerEmailPolicy): AddressOutcome {
  const findings = findingsFor(input, addresses);
  const published = findings.matches.filter((match) => match.credential.status === 'published');
  const deliveries = groupByRecipient(published.map((match) => match.credential));
  const allowed = deliveries.filter((delivery) => !isOverLimit(input, delivery.to));

  if (allowed.length > 0) {
    const found = new Set(findings.matches.map((match) => match.queriedAddress));
    return {
      kind: 'retrieve',
      deliveries: allowed,
      addressesWithoutCredentials: addresses.filter((address) => !found.has(address)),
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

  const drafts = draftsIn(findings);
  const contacts = collectContacts(findings);
  const emails = issuerEmails.enabled ? splitByIssuerEmailLimit(handoffEmailCandidates(findings), issuerEmails, input.now) : null;
  return {
    kind: 'issuer_handoff',
    reason: drafts.length > 0 ? 'only_drafts' : 'nothing_found',
    addresses,
    contacts,
    drafts,
    nearMisses: findings.nearMisses,
    issuerEmails: emails?.within ?? [],
    issuerEmailsOverLimit: emails?.over ?? [],
  };
}

/** What was found for these addresses among everything the use case looked up. */
export function findingsFor(input: Findings, addresses: string[]): Findings {
  const asked = new Set(addresses);
  return {
    matches: input.matches.filter((match) => asked.has(match.queriedAddress)),
    nearMisses: input.nearMisses.filter((match) => asked.has(match.queriedAddress)),
    issuersMentioned: input.issuersMentioned,
  };
}

/**
 * The issuer contacts a hand-off about these findings would email, strongest evidence first, each address once
 * and at most a few per message. The use case locks their hand-off history before deciding.
 */
export function handoffEmailCandidates(findings: Findings): { issuer: Issuer; address: string }[] {
  const candidates = new Map<string, Issuer>();
  for (const { issuer } of collectContacts(findings)) {
    const address = issuerContactAddress(issuer);
    if (address !== null && !candidates.has(address)) candidates.set(address, issuer);
  }
  return [...candidates].slice(0, MAX_HANDOFF_EMAILS_PER_MESSAGE).map(([address, issuer]) => ({ issuer, address }));
}

/** Where a hand-off email to the issuer goes, written one way, so that its daily count finds every one. */
export function issuerContactAddress(issuer: Issuer): string | null {
  return issuer.contactEmail ? emailKey(issuer.contactEmail) : null;
}

function splitByIssuerEmailLimit(candidates: { issuer: Issuer; address: string }[], policy: IssuerEmailPolicy, now: Date) {
  const since = now.getTime() - DAY_MS;
  const within: Issuer[] = [];
  const over: Issuer[] = [];
  for (const { issuer, address } of candidates) {
    const sent = (policy.recent.get(address) ?? []).filter((sentAt) => sentAt.getTime() > since);
    (sent.length < policy.limitPerDay ? within : over).push(issuer);
  }
  return { within, over };
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

function draftsIn(findings: Findings): IssuedCredential[] {
  return findings.matches.filter((match) => match.credential.status === 'draft').map((match) => match.credential);
}

/** The issuers worth naming, strongest evidence first, each once. */
function collectContacts(findings: Findings): IssuerContact[] {
  const contacts = new Map<string, IssuerContact>();
  const add = (issuer: Issuer, basis: IssuerContact['basis']) => {
    if (!contacts.has(issuer.id)) contacts.set(issuer.id, { issuer, basis });
  };
  for (const draft of draftsIn(findings)) add(draft.issuer, 'draft_credential');
  for (const nearMiss of findings.nearMisses) add(nearMiss.credential.issuer, 'near_miss');
  for (const issuer of findings.issuersMentioned) add(issuer, 'mentioned_in_message');
  return [...contacts.values()];
}
