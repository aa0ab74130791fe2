import { and, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import type { Decision } from '../core/decision.ts';
import type { Channel } from '../core/model.ts';
import type { SupportLedger } from '../core/ports.ts';
import type { TransactionScope } from './database.ts';
import { prebuiltStatement } from './prebuilt-statement.ts';
import { outboundEmails, supportRequests } from './schema.ts';

/** How the ledger hands work to the queue, inside the caller's transaction. */
export interface LedgerScheduling {
  scheduleEmailDelivery(scope: TransactionScope, emailId: string): Promise<void>;
  /** Returns false when the channel has no reply to deliver later. */
  scheduleReplyDelivery(scope: TransactionScope, requestId: string, channel: Channel): Promise<boolean>;
}

const value = sql.placeholder;

// Every message runs these: built once (src/db/prebuilt-statement.ts).
const claimMessageStatement = prebuiltStatement<{ id: string }>((db) =>
  db
    .insert(supportRequests)
    .values({
      channel: value('channel'),
      externalId: value('externalId'),
      messageText: value('messageText'),
      vouchedAddress: value('vouchedAddress'),
      conversationId: value('conversationId'),
      channelContext: value('channelContext'),
      intent: value('intent'),
      confidence: value('confidence'),
      reasons: value('reasons'),
      addresses: value('addresses'),
      outcome: 'pending',
      decision: {},
    })
    .onConflictDoNothing({ target: [supportRequests.channel, supportRequests.externalId] })
    .returning({ id: supportRequests.id }),
);
const queueEmailStatement = prebuiltStatement<{ id: string }>((db) =>
  db
    .insert(outboundEmails)
    .values({
      supportRequestId: value('requestId'),
      kind: value('kind'),
      toAddress: value('to'),
      subject: value('subject'),
      textBody: value('text'),
      htmlBody: value('html'),
    })
    .returning({ id: outboundEmails.id }),
);
/** Two shapes: with the reply scheduled, the request's reply becomes pending. */
const recordDecisionStatement = (replyScheduled: boolean) =>
  prebuiltStatement((db) =>
    db
      .update(supportRequests)
      .set({
        outcome: sql`${value('outcome')}`,
        decision: sql`${value('decision')}::jsonb`,
        learnerReply: sql`${value('learnerReply')}`,
        agentNote: sql`${value('agentNote')}`,
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
        channel: message.channel,
        externalId: message.externalId,
        messageText: message.text,
        vouchedAddress: message.vouchedAddress ?? null,
        conversationId: message.conversationId ?? null,
        channelContext: message.context ?? {},
        intent: classification.intent,
        confidence: Math.round(classification.confidence * 100),
        reasons: classification.reasons,
        addresses,
      });
      return inserted[0]?.id ?? null;
    },

    async findRequest(channel, externalId) {
      const rows = await db
        .select({ requestId: supportRequests.id, outcome: supportRequests.outcome })
        .from(supportRequests)
        .where(and(eq(supportRequests.channel, channel), eq(supportRequests.externalId, externalId)));
      const row = rows[0];
      return row ? { requestId: row.requestId, outcome: row.outcome as Decision['kind'] } : null;
    },

    async lockAddresses(addresses) {
      // Sorted, so two requests locking overlapping sets cannot deadlock.
      for (const address of [...new Set(addresses)].sort()) {
        await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`retrieve:${address}`}, 0))`);
      }
    },

    async findRetrieveEmailsSince(addresses, since) {
      const sent = new Map<string, Date[]>();
      if (addresses.length === 0) return sent;
      const rows = await db
        .select({ to: outboundEmails.toAddress, createdAt: outboundEmails.createdAt })
        .from(outboundEmails)
        .where(
          and(
            inArray(outboundEmails.toAddress, addresses),
            eq(outboundEmails.kind, 'retrieve'),
            ne(outboundEmails.status, 'failed'),
            gt(outboundEmails.createdAt, since),
          ),
        );
      for (const row of rows) sent.set(row.to, [...(sent.get(row.to) ?? []), row.createdAt]);
      return sent;
    },

    async queueEmail(requestId, email) {
      const [row] = await queueEmailStatement(db, {
        requestId,
        kind: email.kind,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
      });
      if (!row) throw new Error('insert into outbound_emails returned no row');
      await scheduling.scheduleEmailDelivery(scope, row.id);
      return { id: row.id, ...email };
    },

    async recordDecision(requestId, decision, reply, channel) {
      const replyScheduled = await scheduling.scheduleReplyDelivery(scope, requestId, channel);
      await recordDecisionStatements[replyScheduled ? 'scheduled' : 'unscheduled'](db, {
        requestId,
        outcome: decision.kind,
        decision: JSON.stringify(summariseDecision(decision)),
        learnerReply: reply.learnerReply,
        agentNote: reply.agentNote,
      });
    },
  };
}

/** What is kept of a decision: ids and addresses to audit it, not copies of credential records. */
function summariseDecision(decision: Decision): Record<string, unknown> {
  switch (decision.kind) {
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
      };
    case 'rate_limited':
      return { ...decision, lastSentAt: decision.lastSentAt.toISOString(), nextAllowedAt: decision.nextAllowedAt.toISOString() };
    case 'ask_for_email':
      return { ...decision };
    case 'ignore':
      return { kind: decision.kind, reasons: decision.classification.reasons };
  }
}
