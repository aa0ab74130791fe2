import type { CredentialMatch, IssuedCredential, Issuer } from './model.ts';
import type { Classification } from './intent/classify.ts';

/** One retrieve email: every published credential issued to one address, sent to that address only. */
export interface RetrieveDelivery {
  /** The address the credentials were issued to (never the address the learner typed, if they differ). */
  to: string;
  credentials: IssuedCredential[];
}

/** An issuer the learner should contact, and why we think it is theirs. */
export interface IssuerContact {
  issuer: Issuer;
  basis: 'draft_credential' | 'near_miss' | 'mentioned_in_message';
}

/** Why an address named in a message was not acted on: the budgets against mail-bombing by proxy. */
export type HeldBackReason =
  /** The message named more addresses than one message may have acted on (MAX_ADDRESSES_PER_MESSAGE). */
  | 'message_cap'
  /** The requester already asked about that many other addresses in 24 h (REQUESTER_ADDRESS_LIMIT_PER_DAY). */
  | 'requester_daily_limit';

/** An address credbot did not look up or email for: a person decides. */
export interface HeldBackAddress {
  address: string;
  reason: HeldBackReason;
}

/** What a lookup of some addresses led to: the decision for the requester's own addresses, or the others' findings. */
export type AddressOutcome = Extract<Decision, { kind: 'retrieve' | 'issuer_handoff' | 'rate_limited' }>;

/**
 * What credbot decided for one message. Expected outcomes are data: each channel renders the kind it gets.
 * `retrieve`, `issuer_handoff`, `ask_for_email` and `rate_limited` are about the requester's own address (the
 * channel vouches for it) and are answered in detail; `other_addresses` and `over_budget` are about addresses that
 * may be someone else's, and are answered in words that do not depend on what is on record.
 */
export type Decision =
  | {
      kind: 'retrieve';
      deliveries: RetrieveDelivery[];
      /** Addresses the learner gave that had nothing, so a reply can say so. */
      addressesWithoutCredentials: string[];
      nearMisses: CredentialMatch[];
    }
  | {
      kind: 'issuer_handoff';
      /** `only_drafts`: the issuer has not published yet; `nothing_found`: no credential for the address. */
      reason: 'only_drafts' | 'nothing_found';
      addresses: string[];
      contacts: IssuerContact[];
      drafts: IssuedCredential[];
      nearMisses: CredentialMatch[];
      /** Issuers whose contact is emailed about it (with ISSUER_HANDOFF_EMAILS on). */
      issuerEmails: Issuer[];
      /** Issuers not emailed because their contact already got ISSUER_HANDOFF_EMAIL_LIMIT_PER_DAY hand-offs in 24 h. */
      issuerEmailsOverLimit: Issuer[];
    }
  | {
      kind: 'ask_for_email';
      /** The address the channel vouched for (e.g. the ticket's requester) that had nothing, if any. */
      triedAddress?: string;
    }
  | {
      kind: 'rate_limited';
      address: string;
      lastSentAt: Date;
      /** When the address may receive another retrieve email. */
      nextAllowedAt: Date;
    }
  | {
      kind: 'other_addresses';
      /** Addresses the message named that are not the requester's own, acted on within the budgets. */
      addresses: string[];
      /**
       * What was found for `addresses` and done about it (retrieve emails go to the addresses credentials were
       * issued to, as for anyone): told to staff only. Null when every such address was held back.
       */
      found: AddressOutcome | null;
      /** The requester's own address named in the same message, decided and answered as usual. */
      own: AddressOutcome | null;
      heldBack: HeldBackAddress[];
    }
  /** Every address the message named was over a budget, and none was the requester's own: nothing was done. */
  | { kind: 'over_budget'; heldBack: HeldBackAddress[] }
  | { kind: 'ignore'; classification: Classification }
  /**
   * A message in a conversation credbot already emailed from, naming no new address ("still haven't received it"):
   * answered with what became of the conversation's emails, and given to a person when they did not do the job.
   */
  | { kind: 'follow_up'; reason: FollowUpReason; emails: EarlierEmail[] }
  /**
   * Not a message's decision: an email credbot sent in the conversation failed for good (a permanent SMTP refusal,
   * or its last attempt). The learner is told to check the address; staff see the mail server's answer.
   */
  | {
      kind: 'delivery_failed';
      address: string;
      /** Whether the mail server refused it for good (5xx) rather than every attempt failing. */
      permanent: boolean;
      /** The mail server's answer, addresses masked. */
      smtpReply: string;
    };

export type DecisionKind = Decision['kind'];

/**
 * Every decision kind, for what stores the kind alone (the request's `outcome` column and its CHECK constraint).
 * decision.test.ts fails to compile when a kind of Decision is missing here.
 */
export const DECISION_KINDS = [
  'retrieve',
  'issuer_handoff',
  'ask_for_email',
  'rate_limited',
  'other_addresses',
  'over_budget',
  'ignore',
  'follow_up',
  'delivery_failed',
] as const satisfies readonly DecisionKind[];

export function isDecisionKind(value: string): value is DecisionKind {
  return (DECISION_KINDS as readonly string[]).includes(value);
}

/**
 * What a follow-up is answered with: `sent` (when, and where to look), `on_the_way` (still queued); and, handed to
 * a person: `failed` (an email could not be delivered), `sent_twice` (the address already had it twice, so
 * sending or saying it again will not help), `asked_again` (the learner followed up before), `not_theirs` (the
 * emails went to addresses the channel does not vouch for as the requester's, of which nothing may be said).
 */
export type FollowUpReason = 'sent' | 'on_the_way' | 'failed' | 'sent_twice' | 'asked_again' | 'not_theirs';

/** A retrieve email of the conversation, as it stands now. */
export interface EarlierEmail {
  address: string;
  status: 'queued' | 'sent' | 'failed';
  sentAt: Date | null;
  /** Retrieve emails ever sent to this address, in any conversation. */
  timesSent: number;
  /** Sent to the requester's own address (the one the channel vouched for): only then is its state told to them. */
  requesterOwn: boolean;
}

/**
 * Outcomes a person should look at: the channel puts the agent note where staff read it (a Zendesk internal note,
 * the Slack hand-off channel), since the learner's reply holds less than was found.
 */
export function isForStaff(kind: DecisionKind): boolean {
  return kind === 'issuer_handoff' || kind === 'other_addresses' || kind === 'over_budget' || kind === 'delivery_failed';
}

/**
 * What every stored decision keeps, even once the learner's data in it is erased (src/db/learner-data-erasure.ts):
 * its kind and, for a hand-off, its reason.
 */
export interface DecisionSummary {
  kind: DecisionKind;
  reason?: string | undefined;
}

const FOLLOW_UPS_FOR_A_PERSON = new Set<string>(['failed', 'sent_twice', 'asked_again', 'not_theirs']);

/**
 * Whether a person should take the conversation on: the outcomes for staff, and a follow-up credbot's answer did
 * not settle. Channels put the agent note where staff read it (a Zendesk internal note, the Slack hand-off channel).
 */
export function isForPerson(decision: DecisionSummary): boolean {
  if (decision.kind === 'follow_up') return FOLLOW_UPS_FOR_A_PERSON.has(decision.reason ?? '');
  return isForStaff(decision.kind);
}

/**
 * Whether credbot's answer leaves the conversation waiting for the learner, who is invited to write back and whose
 * next words credbot reads: asked for an address; told where the email went ("if it has not arrived, reply");
 * told nothing was found for an address ("if you used another one, reply with it"); told an email went recently.
 * Outcomes for staff end credbot's part, and people take the conversation on.
 */
export function awaitsLearnerReply(decision: DecisionSummary): boolean {
  switch (decision.kind) {
    case 'retrieve':
    case 'ask_for_email':
    case 'rate_limited':
      return true;
    case 'issuer_handoff':
      return decision.reason === 'nothing_found';
    case 'follow_up':
      return !isForPerson(decision);
    default:
      return false;
  }
}
