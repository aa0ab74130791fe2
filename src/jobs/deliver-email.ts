import { and, eq, sql } from 'drizzle-orm';
import { maskEmail } from '../core/mask.ts';
import type { Database } from '../db/database.ts';
import { prebuiltStatement } from '../db/prebuilt-statement.ts';
import { outboundEmails } from '../db/schema.ts';
import { errorText } from '../error-text.ts';
import type { Logger } from '../logger.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { QueuePolicy } from './job-queue.ts';

export const SEND_EMAIL_QUEUE = 'send-email';

/**
 * Emails sent at once by a worker (the other queues take 5). An email spends its time waiting, on the SMTP
 * server and on the durable commit that it was sent, not on the CPU: ten at once overlap those waits, where
 * five left the emails the slowest stage of a burst (bench:burst, 2,000 tickets: 114-137 -> 143-147 tickets/s;
 * 200 Slack messages: 107 -> 112-122 messages/s).
 */
export const EMAIL_BATCH_SIZE = 10;
/** The SMTP connections a batch shares: enough to overlap the sends, without opening one per email. */
export const SMTP_CONNECTIONS = EMAIL_BATCH_SIZE / 2;

export interface SendEmailJob {
  emailId: string;
}

/** Long enough to outlast an SMTP outage of hours: the delay doubles from `retryDelaySeconds` on each try. */
export function sendEmailPolicy(maxAttempts: number, retryDelaySeconds: number, timeoutSeconds: number): QueuePolicy {
  return { retryLimit: maxAttempts, retryDelaySeconds, retryBackoff: true, expireInSeconds: timeoutSeconds };
}

export interface DeliverEmailDeps {
  database: Pick<Database, 'db' | 'asyncCommit'>;
  mailer: Mailer;
  from: string;
  maxAttempts: number;
  logger: Logger;
}

const emailIdParam = sql.placeholder('emailId');
const messageIdParam = sql.placeholder('messageId');

// Every email runs these: built once (src/db/prebuilt-statement.ts).
const startSendingStatement = prebuiltStatement<typeof outboundEmails.$inferSelect>((db) =>
  db
    .update(outboundEmails)
    .set({ attempts: sql`${outboundEmails.attempts} + 1` })
    .where(and(eq(outboundEmails.id, emailIdParam), eq(outboundEmails.status, 'queued')))
    .returning(),
);
const markSentStatement = prebuiltStatement((db) =>
  db
    .update(outboundEmails)
    .set({ status: 'sent', sentAt: sql`now()`, messageId: sql`${messageIdParam}`, lastError: null })
    .where(eq(outboundEmails.id, emailIdParam)),
);

/**
 * The send-email worker. An email is sent only while it is `queued`, so a job delivered twice sends once; a
 * failure is recorded on the email and rethrown for the queue to retry, until the last attempt marks it failed.
 * That it was sent commits durably; the attempt's count and a failure are bookkeeping (Database.asyncCommit).
 */
export function createEmailDelivery(deps: DeliverEmailDeps) {
  return async function deliverEmail(job: unknown): Promise<void> {
    const { emailId } = job as SendEmailJob;
    const [email] = await startSendingStatement(deps.database.asyncCommit.db, { emailId });
    if (!email) return;

    const log = deps.logger.child({ emailId, kind: email.kind, to: maskEmail(email.toAddress), attempt: email.attempts });
    try {
      const { messageId } = await deps.mailer.send({
        id: email.id,
        from: deps.from,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
      });
      await markSentStatement(deps.database.db, { emailId, messageId });
      log.info('email sent');
    } catch (error) {
      // An SMTP rejection quotes the recipient (`550 5.1.1 <address>... user unknown`): stored and logged masked.
      const message = errorText(error);
      const isLastAttempt = email.attempts >= deps.maxAttempts;
      await deps.database.asyncCommit.db
        .update(outboundEmails)
        .set({ lastError: message.slice(0, 1000), ...(isLastAttempt ? { status: 'failed' as const } : {}) })
        .where(eq(outboundEmails.id, emailId));
      if (isLastAttempt) {
        log.error({ error: message }, 'email failed for good');
        return;
      }
      log.warn({ error: message }, 'email not sent, will retry');
      throw error;
    }
  };
}
