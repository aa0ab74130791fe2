import { sql } from 'drizzle-orm';
import { CHANNEL_MODES } from '../core/channel-mode.ts';
import { LANGUAGES } from '../core/messages/languages.ts';
import { STORED_OUTCOMES } from './request-outcome.ts';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const issuers = pgTable('issuers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  contactName: text('contact_name'),
  contactEmail: text('contact_email'),
  supportUrl: text('support_url'),
  aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The matching keys are derived from `recipient_email` by src/core/addresses.ts when a row is written, so
 * every lookup is a plain btree probe: `mailbox_key` finds the address and the same mailbox written
 * differently; `near_domain` + `near_local` (the typo-corrected mailbox) / `near_local_reversed` find near
 * misses. Each index costs an import of millions of rows a sort (or a random write per row), so there is
 * none beyond what the lookups and the issuer foreign key use.
 */
export const credentials = pgTable(
  'credentials',
  {
    id: text('id').primaryKey(),
    issuerId: text('issuer_id')
      .notNull()
      .references(() => issuers.id),
    recipientEmail: text('recipient_email').notNull(),
    recipientName: text('recipient_name'),
    courseName: text('course_name').notNull(),
    url: text('url').notNull(),
    status: text('status', { enum: ['published', 'draft'] }).notNull(),
    issuedAt: date('issued_at', { mode: 'string' }).notNull(),
    mailboxKey: text('mailbox_key').notNull(),
    nearDomain: text('near_domain').notNull(),
    nearLocal: text('near_local').notNull(),
    nearLocalReversed: text('near_local_reversed').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('credentials_mailbox_key_idx').on(table.mailboxKey),
    index('credentials_near_prefix_idx').on(table.nearDomain, table.nearLocal.op('text_pattern_ops')),
    index('credentials_near_suffix_idx').on(table.nearDomain, table.nearLocalReversed.op('text_pattern_ops')),
    index('credentials_issuer_idx').on(table.issuerId),
    check('credentials_status_check', sql`${table.status} in ('published', 'draft')`),
  ],
);

/** One inbound message from a channel, with what credbot decided. Unique per channel + external id. */
export const supportRequests = pgTable(
  'support_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel').notNull(),
    externalId: text('external_id').notNull(),
    messageText: text('message_text').notNull(),
    vouchedAddress: text('vouched_address'),
    intent: text('intent').notNull(),
    confidence: integer('confidence_pct').notNull(),
    /**
     * What the classifier's band let credbot do: `act` answered the learner, `suggest` only proposed the answer
     * to staff (no email, nothing to the learner), `ignore` left it to people.
     */
    band: text('band', { enum: ['act', 'suggest', 'ignore'] }).notNull().default('act'),
    /** The channel's mode when the message was handled (src/core/channel-mode.ts); requests from before modes acted. */
    mode: text('mode', { enum: CHANNEL_MODES }).notNull().default('act'),
    reasons: text('reasons').array().notNull(),
    addresses: text('addresses').array().notNull(),
    /** The decision's kind (`pending` only inside the transaction that claims the message and decides it). */
    outcome: text('outcome', { enum: STORED_OUTCOMES }).notNull(),
    decision: jsonb('decision').notNull(),
    conversationId: text('conversation_id'),
    /**
     * What the channel needs to answer (ticket id, Slack channel and thread), checked by the channel's schema when
     * written and read back through it (readChannelContext in src/core/channel-ports.ts); `{}` for the CLI, which answers at once.
     */
    channelContext: jsonb('channel_context').$type<unknown>().notNull().default({}),
    learnerReply: text('learner_reply').notNull().default(''),
    agentNote: text('agent_note').notNull().default(''),
    /** The learner's language, which the reply and the emails are written in; null for requests recorded before languages were. */
    language: text('language', { enum: LANGUAGES }),
    /** `none`: the channel answers nothing later (CLI); `pending` until the reply job has answered. */
    replyStatus: text('reply_status', { enum: ['none', 'pending', 'delivered', 'failed'] }).notNull().default('none'),
    replyAttempts: integer('reply_attempts').notNull().default(0),
    /** Replies of several steps (a Zendesk internal note, then the public reply) resume after the last one done. */
    replyStepsDone: integer('reply_steps_done').notNull().default(0),
    replyError: text('reply_error'),
    /** Until when a reply attempt in flight holds the reply (src/db/claims.ts); null or past: no attempt does. */
    replyClaimedUntil: timestamp('reply_claimed_until', { withTimezone: true }),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the learner's words and addresses were erased (retention purge or `credbot forget`); the rest stays. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('support_requests_channel_external_id_idx').on(table.channel, table.externalId),
    index('support_requests_conversation_idx').on(table.channel, table.conversationId),
    check('support_requests_outcome_check', sql`${table.outcome} in (${sql.raw(STORED_OUTCOMES.map((outcome) => `'${outcome}'`).join(', '))})`),
    // `/metrics` counts the last day's requests (src/db/record-counts.ts); received_at is never updated.
    index('support_requests_received_at_idx').on(table.receivedAt),
    check('support_requests_mode_check', sql`${table.mode} in ('off', 'shadow', 'suggest', 'act')`),
  ],
);

/** Every email credbot sends, rendered when it is decided and delivered by a job. */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    supportRequestId: uuid('support_request_id')
      .notNull()
      .references(() => supportRequests.id),
    kind: text('kind', { enum: ['retrieve', 'issuer_handoff'] }).notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    /**
     * `withheld`: what the channel's shadow or suggest mode would have sent, rendered and kept to be read, never
     * queued or sent, and counted by no limit.
     */
    status: text('status', { enum: ['queued', 'sent', 'failed', 'withheld'] }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** Until when the attempt sending it holds the email (src/db/claims.ts); null or past: no attempt does. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    lastError: text('last_error'),
    messageId: text('message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** When the address, subject and bodies were erased; `to_address` then holds `erased:<id>` (see src/db/learner-data-erasure.ts). */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('outbound_emails_request_kind_to_idx').on(table.supportRequestId, table.kind, table.toAddress),
    index('outbound_emails_rate_idx').on(table.toAddress, table.kind, table.createdAt),
    // `/metrics` counts the last day's emails (src/db/record-counts.ts); created_at is never updated.
    index('outbound_emails_created_at_idx').on(table.createdAt),
  ],
);

/**
 * Other people's addresses, by mailbox (src/core/addresses.ts mailboxKey), that a requester had credbot act on:
 * the daily budget against mail-bombing by proxy counts them. Written only for messages naming an address the
 * channel does not vouch for as the requester's own.
 */
export const requesterMailboxes = pgTable(
  'requester_mailboxes',
  {
    /** The channel's identity of whoever asked, e.g. `zendesk:user:123`, `slack:U0123`. */
    requester: text('requester').notNull(),
    mailboxKey: text('mailbox_key').notNull(),
    supportRequestId: uuid('support_request_id')
      .notNull()
      .references(() => supportRequests.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.supportRequestId, table.mailboxKey] }),
    index('requester_mailboxes_requester_idx').on(table.requester, table.createdAt),
  ],
);

/** Each channel's mode (src/core/channel-mode.ts), set by staff while the service runs; no row: `act`. */
export const channelModes = pgTable(
  'channel_modes',
  {
    channel: text('channel').primaryKey(),
    mode: text('mode', { enum: CHANNEL_MODES }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who set it, as the tool that set it names them (`cli:<os user>`, a console user). */
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [check('channel_modes_mode_check', sql`${table.mode} in ('off', 'shadow', 'suggest', 'act')`)],
);

/** People who may sign in to the operator console (`credbot users add`). A removed user is disabled, not deleted, so the audit log keeps naming them. */
export const consoleUsers = pgTable(
  'console_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased: one person, one row, however they type it. */
    email: text('email').notNull(),
    role: text('role', { enum: ['admin', 'viewer'] }).notNull(),
    /** An argon2id PHC string (src/console/passwords.ts). */
    passwordHash: text('password_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('console_users_email_idx').on(table.email), check('console_users_role_check', sql`${table.role} in ('admin', 'viewer')`)],
);

/** The console's sign-in sessions, so that every web process knows them and a restart signs nobody out. */
export const consoleSessions = pgTable(
  'console_sessions',
  {
    id: text('id').primaryKey(),
    /** What @fastify/session keeps for the session: the cookie's settings, the user id, the CSRF secret. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('console_sessions_expires_idx').on(table.expiresAt)],
);

/** What console users did: sign-ins, addresses revealed, emails retried, modes changed. Newest first on the Audit page. */
export const consoleAudit = pgTable(
  'console_audit',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Null for what no signed-in user did (a failed sign-in); the email stays readable after the user is disabled. */
    userId: uuid('user_id').references(() => consoleUsers.id),
    userEmail: text('user_email').notNull(),
    action: text('action').notNull(),
    /** What it was done to: a request id, an email id, a channel. */
    subject: text('subject'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index('console_audit_at_idx').on(table.at)],
);

/**
 * The intent thresholds support staff set in the console (one row, id `intent`), overriding INTENT_ACT_THRESHOLD and
 * INTENT_SUGGEST_THRESHOLD while it exists; the workers read it as they read the channels' modes.
 */
export const intentSettings = pgTable(
  'intent_settings',
  {
    id: text('id').primaryKey(),
    actThreshold: doublePrecision('act_threshold').notNull(),
    suggestThreshold: doublePrecision('suggest_threshold').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (table) => [
    check(
      'intent_settings_thresholds_check',
      sql`${table.suggestThreshold} > 0 and ${table.suggestThreshold} <= ${table.actThreshold} and ${table.actThreshold} <= 1`,
    ),
  ],
);
