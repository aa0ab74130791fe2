import { and, eq, sql } from 'drizzle-orm';
import type { Decision } from '../core/decision.ts';
import type { Channel } from '../core/model.ts';
import type { OutgoingEmail, SupportLedger } from '../core/ports.ts';
import type { TransactionScope } from './database.ts';
import { builtOnce } from './built-once.ts';
import { outboundEmails, requesterMailboxes, supportRequests } from './schema.ts';
import { decidedOutcome, UNDECIDED } from './request-outcome.ts';
import { outboundEmailIdFor, supportRequestIdFor } from './stable-ids.ts';

/** How the ledger hands work to the queue, inside the caller's transaction. */
export interface LedgerScheduling {
  scheduleEmailDelivery(scope: TransactionScope, emailId: string): Promise<void>;
  /** Null, and nothing scheduled, when the channel has no reply to deliver later. */
  scheduleReplyDelivery(scope: TransactionScope, requestId: string, channel: Channel): Promise<void> | null;
}

const value = sql.placeholder;

/**
 * A transaction-scoped advisory lock per key, taken in the order given. A transaction takes its requester's lock,
 * then its retrieve addresses', then its issuer contacts' (each set sorted): one order, so no two deadlock.
 */
const LOCK_KEYS_SQL = 'select count(pg_advisory_xact_lock(hashtextextended(key, 0))) from unnest($1::text[]) as key';
const EMAILS_SINCE_SQL = `
  select to_address, created_at from outbound_emails
  where to_address = any($1::text[]) and kind = $2 and status in ('queued', 'sent') and created_at > $3::timestamptz`;
const REQUESTER_MAILBOXES_SINCE_SQL = `
  select distinct mailbox_key from requester_mailboxes where requester = $1 and created_at > $2::timestamptz`;

// Every message runs these: built once (src/db/built-once.ts).
const claimMessageStatement = builtOnce<{ id: string }>((db) =>
  db
    .insert(supportRequests)
    .values({
      id: value('id'),
      channel: value('channel'),
      externalId: value('externalId'),
      messageText: value('messageText'),
      vouchedAddress: value('vouchedAddress'),
      conversationId: value('conversationId'),
      channelContext: value('channelContext'),
      intent: value('intent'),
      confidence: value('confidence'),
      band: value('band'),
      reasons: value('reasons'),
      addresses: value('addresses'),
      mode: value('mode'),
      outcome: UNDECIDED,
      decision: {},
    })
    // No arbiter named: the id derives from (channel, external id), so a second delivery of a message collides on
    // both unique indexes, and with two deliveries in flight at once the primary key's is the one it meets first.
    .onConflictDoNothing()
    .returning({ id: supportRequests.id }),
);
const insertEmailStatement = builtOnce((db) =>
  db.insert(outboundEmails).values({
    id: value('id'),
    supportRequestId: value('requestId'),
    kind: value('kind'),
    toAddress: value('to'),
    subject: value('subject'),
    textBody: value('text'),
    htmlBody: value('html'),
    status: value('status'),
  }),
);
/** Two shapes: with the reply scheduled, the request's reply becomes pending. */
const recordDecisionStatement = (replyScheduled: boolean) =>
  builtOnce((db) =>
    db
      .update(supportRequests)
      .set({
        outcome: sql`${value('outcome')}`,
        decision: sql`${value('decision')}::jsonb`,
        learnerReply: sql`${value('learnerReply')}`,
        agentNote: sql`${value('agentNote')}`,
        language: sql`${value('language')}`,
        ...(replyScheduled ? { replyStatus: 'pending' as const } : {}),
      })
      .where(eq(supportRequests.id, value('requestId'))),
  );
const recordDecisionStatements = { scheduled: recordDecisionStatement(true), unscheduled: recordDecisionStatement(false) };

export function createSupportLedger(scope: TransactionScope, scheduling: LedgerScheduling): SupportLedger {
  const { db } = scope;
  return {
    async claimMessage(message, classification, addresses) {
      const inserted = await claimMessageStatement(db, {
        // Derived, not random: handled again after a lost commit, the message meets what it already did outside.
        id: supportRequestIdFor(message.channel, message.externalId),
        channel: message.channel,
        externalId: message.externalId,
        messageText: message.text,
        vouchedAddress: message.vouchedAddress ?? null,
        conversationId: message.conversationId ?? null,
        channelContext: message.context ?? {},
        intent: classification.intent,
        confidence: Math.round(classification.confidence * 100),
        band: classification.band,
        reasons: classification.reasons,
        addresses,
        mode: message.mode ?? 'act',
      });
      return inserted[0]?.id ?? null;
    },

    async findRequest(channel, externalId) {
      const rows = await db
        .select({ requestId: supportRequests.id, outcome: supportRequests.outcome })
        .from(supportRequests)
        .where(and(eq(supportRequests.channel, channel), eq(supportRequests.externalId, externalId)));
      const row = rows[0];
      return row ? { requestId: row.requestId, outcome: decidedOutcome(row.requestId, row.outcome) } : null;
    },

    async lockEmailHistory(kind, addresses, since) {
      const sent = new Map<string, Date[]>();
      if (addresses.length === 0) return sent;
      // Started in this order on the transaction's connection, without waiting in between (one round trip on a
      // server): the read runs once the locks are held. Sorted, so two requests locking overlapping sets cannot
      // deadlock.
      const locking = scope.sql.executeSql(LOCK_KEYS_SQL, [[...new Set(addresses)].sort().map((address) => `${kind}:${address}`)]);
      const reading = scope.sql.executeSql(EMAILS_SINCE_SQL, [addresses, kind, since.toISOString()]);
      const [, { rows }] = await Promise.all([locking, reading]);
      for (const row of rows as { to_address: string; created_at: string | Date }[]) {
        sent.set(row.to_address, [...(sent.get(row.to_address) ?? []), new Date(row.created_at)]);
      }
      return sent;
    },

    async lockRequesterHistory(requester, since) {
      // As above: the read is queued behind the lock on the same connection.
      const locking = scope.sql.executeSql(LOCK_KEYS_SQL, [[`requester:${requester}`]]);
      const reading = scope.sql.executeSql(REQUESTER_MAILBOXES_SINCE_SQL, [requester, since.toISOString()]);
      const [, { rows }] = await Promise.all([locking, reading]);
      return new Set((rows as { mailbox_key: string }[]).map((row) => row.mailbox_key));
    },

    async recordRequesterMailboxes(requestId, requester, mailboxes) {
      if (mailboxes.length === 0) return;
      await db.insert(requesterMailboxes).values(mailboxes.map((mailboxKey) => ({ requester, mailboxKey, supportRequestId: requestId })));
    },

    async queueEmail(requestId, email) {
      // The id is made here, so the row and its delivery job go out together; derived, so that an email queued
      // again after a lost commit keeps its Message-ID.
      const id = outboundEmailIdFor(requestId, email);
      await Promise.all([insertEmailStatement(db, emailRow(id, requestId, email, 'queued')), scheduling.scheduleEmailDelivery(scope, id)]);
      return { id, ...email };
    },

    async withholdEmail(requestId, email) {
      const id = outboundEmailIdFor(requestId, email);
      await insertEmailStatement(db, emailRow(id, requestId, email, 'withheld'));
      return { id, ...email };
    },

    async recordDecision(requestId, decision, reply, answerOn) {
      const replyScheduling = answerOn === null ? null : scheduling.scheduleReplyDelivery(scope, requestId, answerOn);
      await Promise.all([
        replyScheduling,
        recordDecisionStatements[replyScheduling === null ? 'unscheduled' : 'scheduled'](db, {
          requestId,
          outcome: decision.kind,
          decision: JSON.stringify(summariseDecision(decision)),
          learnerReply: reply.learnerReply,
          agentNote: reply.agentNote,
          language: reply.language,
        }),
      ]);
    },
  };
}

function emailRow(id: string, requestId: string, email: OutgoingEmail, status: 'queued' | 'withheld') {
  return { id, requestId, kind: email.kind, to: email.to, subject: email.subject, text: email.text, html: email.html, status };
}

/** What is kept of a decision: ids and addresses to audit it, not copies of credential records. */
export function summariseDecision(decision: Decision): Record<string, unknown> {
  switch (decision.kind) {
    case 'other_addresses':
      return {
        kind: decision.kind,
        addresses: decision.addresses,
        found: decision.found && summariseDecision(decision.found),
        own: decision.own && summariseDecision(decision.own),
        heldBack: decision.heldBack,
      };
    case 'over_budget':
      return { kind: decision.kind, heldBack: decision.heldBack };
    case 'retrieve':
      return {
        kind: decision.kind,
        deliveries: decision.deliveries.map((delivery) => ({
          to: delivery.to,
          credentialIds: delivery.credentials.map((credential) => credential.id),
        })),
        addressesWithoutCredentials: decision.addressesWithoutCredentials,
      };
    case 'issuer_handoff':
      return {
        kind: decision.kind,
        reason: decision.reason,
        addresses: decision.addresses,
        contacts: decision.contacts.map((contact) => ({ issuerId: contact.issuer.id, basis: contact.basis })),
        draftIds: decision.drafts.map((draft) => draft.id),
        nearMisses: decision.nearMisses.map((nearMiss) => ({
          credentialId: nearMiss.credential.id,
          recipientEmail: nearMiss.credential.recipientEmail,
          queriedAddress: nearMiss.queriedAddress,
        })),
        issuerEmails: decision.issuerEmails.map((issuer) => issuer.id),
        issuerEmailsOverLimit: decision.issuerEmailsOverLimit.map((issuer) => issuer.id),
      };
    case 'rate_limited':
      return { ...decision, lastSentAt: decision.lastSentAt.toISOString(), nextAllowedAt: decision.nextAllowedAt.toISOString() };
    case 'ask_for_email':
      return { ...decision };
    case 'ignore':
      return { kind: decision.kind, reasons: decision.classification.reasons };
    case 'delivery_failed':
      return { ...decision };
    case 'follow_up':
      return { kind: decision.kind, reason: decision.reason, emails: decision.emails.map((email) => ({ ...email, sentAt: email.sentAt?.toISOString() ?? null })) };
  }
}
