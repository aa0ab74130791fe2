import type { ChannelMode } from './channel-mode.ts';
import type { Classification } from './intent/classify.ts';
import type { Decision, DecisionKind, EarlierEmail, RetrieveDelivery } from './decision.ts';
import type { Language } from './messages/languages.ts';
import type { Channel, CredentialMatch, IssuedCredential, Issuer } from './model.ts';

/** Finds what was issued to an address. Implemented over the database; faked nowhere in integration tests. */
export interface CredentialDirectory {
  /** Credentials issued to these addresses or to the same mailboxes written differently. One indexed query. */
  findByAddresses(addresses: string[]): Promise<CredentialMatch[]>;
  /** Credentials issued to similar addresses (domain typo, one edit away): hand-off notes only. */
  findNearMisses(addresses: string[]): Promise<CredentialMatch[]>;
  /** Issuers whose name or alias the message mentions. */
  findIssuersMentioned(text: string): Promise<Issuer[]>;
}

/** A request a channel knows from a gesture rather than from words. */
export type ExplicitRequest = 'send_my_credentials';

export interface InboundMessage {
  channel: Channel;
  /** The channel's id for this message (ticket + comment, event id...): the idempotency key with `channel`. */
  externalId: string;
  /** What the learner wrote, as they wrote it: this is what is stored. */
  text: string;
  /** The message's subject line, when the channel has one (a Zendesk ticket's): read with the text, not part of it. */
  subject?: string | undefined;
  /**
   * The learner's earlier words that this message continues, when it answers credbot's question for an address:
   * the request that opened the conversation, its addresses taken out ("Oh, I signed up with ann@…" alone says
   * little). Read before the text, not part of it: the text alone is stored as this message.
   */
  earlierTurn?: string | undefined;
  /**
   * What the learner asked for by a gesture the channel understands (a button, a slash command), so no words need
   * to say it: `send_my_credentials` is a missing-credential request whatever the text reads as.
   */
  requested?: ExplicitRequest | undefined;
  /**
   * An address the channel itself vouches for as the requester's own (a Zendesk requester's email, the Slack
   * profile address the learner confirmed, `ask --from`). Only its mailbox gets detailed answers.
   */
  vouchedAddress?: string | undefined;
  /**
   * The requester's language as the channel knows it, when it does (a Zendesk requester's language, a Slack user's
   * locale): `es-419`, `pt-BR`, `Español`. A hint: the core answers in it when it is one of its languages.
   */
  locale?: string | undefined;
  /**
   * Who is asking, as the channel knows them (`zendesk:user:<id>`, `slack:<user id>`, `cli:<address>`): the daily
   * budget of other people's addresses is counted per requester.
   */
  requester: string;
  /** The thread this message belongs to (a ticket, a Slack thread), so a conversation can be followed. */
  conversationId?: string | undefined;
  /**
   * True when the channel knows the message starts its conversation with credbot (a top-level Slack message, a
   * slash command, a Zendesk ticket credbot has not answered on): there is nothing earlier to read, so no follow-up
   * to look for.
   */
  opensConversation?: boolean | undefined;
  /** What the channel needs to answer later (a ticket id, a Slack channel and thread): stored, not read by the core. */
  context?: Record<string, unknown> | undefined;
  /**
   * The channel's mode as the worker read it when the message's job started; absent: `act` (the CLI, a tool for
   * staff). `off` never reaches the core: the worker drops the message.
   */
  mode?: Exclude<ChannelMode, 'off'> | undefined;
}

/** What credbot will say: to the learner (empty for nothing) and, for channels with agents, to support staff. */
export interface ComposedReply {
  learnerReply: string;
  /** Written in STAFF_LANGUAGE. */
  agentNote: string;
  /** The learner's language: `learnerReply` is written in it. */
  language: Language;
}

/** An email the decision calls for, before rendering. */
export type EmailRequest =
  | { kind: 'retrieve'; delivery: RetrieveDelivery; language: Language }
  | {
      kind: 'issuer_handoff';
      issuer: Issuer;
      to: string;
      learnerAddress: string;
      learnerMessage: string;
      drafts: IssuedCredential[];
      /** The learner's: the issuer taught them in it, and the email quotes their words. */
      language: Language;
    };

export interface OutgoingEmail {
  kind: EmailRequest['kind'];
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface QueuedEmail extends OutgoingEmail {
  id: string;
}

/** What is recorded for one inbound message, and what a duplicate delivery of it finds. */
export interface RequestRecord {
  requestId: string;
  outcome: Decision['kind'];
}

/** The request log and the email outbox, inside one transaction. */
export interface SupportLedger {
  /**
   * Claims the message for processing and returns the request's id, the same for every claim of one channel +
   * external id (so work redone after a lost commit finds what it already did). Returns null when the message was
   * claimed before (a redelivery); concurrent claims of one message wait for each other, so only one proceeds.
   */
  claimMessage(message: InboundMessage, classification: Classification, addresses: string[]): Promise<string | null>;
  findRequest(channel: Channel, externalId: string): Promise<RequestRecord | null>;
  /**
   * Locks these addresses' history of emails of this kind until the transaction ends (decisions about one
   * address are serialised across processes), then says when such emails were queued or sent to each address
   * since `since` (failed ones do not count).
   */
  lockEmailHistory(kind: EmailRequest['kind'], addresses: string[], since: Date): Promise<Map<string, Date[]>>;
  /**
   * Locks the requester's budget until the transaction ends, then says which mailboxes (mailboxKey) of other
   * people they had credbot act on since `since`.
   */
  lockRequesterHistory(requester: string, since: Date): Promise<Set<string>>;
  /** Counts these mailboxes against the requester's budget, with the rest of the transaction. */
  recordRequesterMailboxes(requestId: string, requester: string, mailboxes: string[]): Promise<void>;
  /**
   * Records the email and schedules its delivery, atomically with the rest of the transaction. A request emails an
   * address at most once per kind; the email's id is derived from the request, the kind and the address.
   */
  queueEmail(requestId: string, email: OutgoingEmail): Promise<QueuedEmail>;
  /**
   * Records the email as `withheld` (a shadow or suggest mode's): kept to be read, never scheduled or sent, and
   * counted by no limit. Same id as queueEmail would give it.
   */
  withholdEmail(requestId: string, email: OutgoingEmail): Promise<QueuedEmail>;
  /**
   * Records the decision and the reply, and schedules the answer on `answerOn` (a ticket update, a Slack reply) in
   * this transaction; null (nothing to post: shadow mode), or a channel without a later answer, gets none.
   */
  recordDecision(requestId: string, decision: Decision, reply: ComposedReply, answerOn: Channel | null): Promise<void>;
}

/** Runs work in one transaction: all of it is recorded, or none. */
export type UnitOfWork = <T>(work: (ports: { ledger: SupportLedger; directory: CredentialDirectory }) => Promise<T>) => Promise<T>;

export type EmailRenderer = (request: EmailRequest) => OutgoingEmail;

/** What credbot already did in a conversation (a ticket, a Slack thread), for reading a new message in it. */
export interface ConversationHistory {
  /** The kinds of credbot's earlier decisions in it. */
  outcomes: DecisionKind[];
  /** Every address looked up in it, and every address the channel vouched for as the requester's. */
  knownAddresses: string[];
  /** The addresses the channel vouched for as the requester's own. */
  vouchedAddresses: string[];
  /** Its retrieve emails, the latest per address, as they stand now. */
  emails: Omit<EarlierEmail, 'requesterOwn'>[];
}

/** Reads a conversation's earlier decisions and the state of its emails. Implemented over the database. */
export interface ConversationHistoryReader {
  readHistory(channel: Channel, conversationId: string): Promise<ConversationHistory>;
}
