import { and, eq, sql } from 'drizzle-orm';
import { composeDeliveryFailureNotice } from '../core/delivery-failure.ts';
import { maskEmail } from '../core/mask.ts';
import type { Language } from '../core/messages/languages.ts';
import { type Claim, WorkInFlightError } from '../core/claims.ts';
import { claimExpiry, isUnclaimed } from '../db/claims.ts';
import type { Database } from '../db/database.ts';
import type { DeliveryFailureRecords, FinalEmailFailure } from '../db/delivery-failure-records.ts';
import { builtOnce } from '../db/built-once.ts';
import { outboundEmails, supportRequests } from '../db/schema.ts';
import { errorText } from '../error-text.ts';
import type { Logger } from '../logger.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { isPermanentRejection } from '../mail/smtp-rejection.ts';
import type { QueuePolicy } from './job-queue.ts';
import { REPLY_QUEUE_BY_CHANNEL, type SendEmailJob } from './delivery-queues.ts';

/**
 * Emails sent at once by a worker (the other queues take 5). An email spends its time waiting, on the SMTP
 * server and on the durable commit that it was sent, not on the CPU, so more at once overlap those waits; with as
 * few as the other queues take, the emails were the slowest stage of a burst (figures: docs/performance.md).
 */
export const EMAIL_BATCH_SIZE = 10;
/** The SMTP connections a batch shares: enough to overlap the sends, without opening one per email. */
export const SMTP_CONNECTIONS = EMAIL_BATCH_SIZE / 2;

/** Long enough to outlast an SMTP outage of hours: the delay doubles from `retryDelaySeconds` on each try. */
export function sendEmailPolicy(maxAttempts: number, retryDelaySeconds: number, timeoutSeconds: number): QueuePolicy {
  return { retryLimit: maxAttempts, retryDelaySeconds, retryBackoff: true, expireInSeconds: timeoutSeconds };
}

export interface DeliverEmailDeps {
  database: Pick<Database, 'db' | 'transaction'>;
  mailer: Mailer;
  from: string;
  replyTo: string;
  maxAttempts: number;
  /** How long an attempt holds the email it sends (src/jobs/claim-leases.ts): longer than the mailer may take. */
  claimLeaseSeconds: number;
  /** Where an email that failed for good is recorded, with the notice to its conversation. */
  failures: DeliveryFailureRecords;
  supportEmail: string;
  staffLanguage: Language;
  logger: Logger;
  /**
   * Observed here, as the email goes, rather than read from the database at scrape time: a histogram's buckets must
   * only ever grow, which a count over a window of rows would not, and the send is the one moment both times are known.
   */
  metrics: Pick<Metrics, 'observeMessageToEmail'>;
}

/**
 * A retrieve email that can never arrive is told to the conversation it answered, on a channel that answers later
 * (Zendesk, Slack): the learner would otherwise wait for it. An issuer's hand-off email is the staff's to follow.
 */
async function noticeOfFailure(deps: DeliverEmailDeps, email: OutboundEmail, error: string, permanent: boolean): Promise<FinalEmailFailure['notice']> {
  if (email.kind !== 'retrieve') return null;
  const conversation = await deps.failures.findConversation(email.id);
  if (conversation === null || REPLY_QUEUE_BY_CHANNEL[conversation.channel] === undefined) return null;
  const { decision, reply } = composeDeliveryFailureNotice(
    { address: email.toAddress, permanent, smtpReply: error },
    { language: conversation.language ?? 'en', staffLanguage: deps.staffLanguage, supportEmail: deps.supportEmail, now: new Date() },
  );
  return { channel: conversation.channel, conversation, decision, reply };
}

type OutboundEmail = typeof outboundEmails.$inferSelect;

const emailIdParam = sql.placeholder('emailId');
const messageIdParam = sql.placeholder('messageId');
const leaseParam = sql.placeholder('leaseSeconds');

// Every email runs these: built once (src/db/built-once.ts).
const claimStatement = builtOnce<OutboundEmail>((db) =>
  db
    .update(outboundEmails)
    .set({ attempts: sql`${outboundEmails.attempts} + 1`, claimedUntil: claimExpiry(leaseParam) })
    .where(and(eq(outboundEmails.id, emailIdParam), eq(outboundEmails.status, 'queued'), isUnclaimed(outboundEmails.claimedUntil)))
    .returning(),
);
/** Returns how long after its request was recorded the email went, for the message-to-email histogram. */
const markSentStatement = builtOnce<{ secondsSinceRequest: number }>((db) =>
  db
    .update(outboundEmails)
    .set({ status: 'sent', sentAt: sql`now()`, messageId: sql`${messageIdParam}`, lastError: null, claimedUntil: null })
    .where(eq(outboundEmails.id, emailIdParam))
    .returning({
      secondsSinceRequest: sql<number>`extract(epoch from now() - (select ${supportRequests.receivedAt} from ${supportRequests} where ${supportRequests.id} = ${outboundEmails.supportRequestId}))::float8`.mapWith(Number),
    }),
);

/**
 * Claims an email that is still `queued` for this attempt, counting the attempt. The claim commits durably before
 * anything is sent: a retry of the job must see it even after a crash of the database server.
 */
async function claimEmail(database: Pick<Database, 'db'>, emailId: string, leaseSeconds: number): Promise<Claim<OutboundEmail>> {
  const [email] = await claimStatement(database.db, { emailId, leaseSeconds });
  if (email) return { kind: 'claimed', row: email };
  const [current] = await database.db
    .select({ status: outboundEmails.status, claimedUntil: outboundEmails.claimedUntil })
    .from(outboundEmails)
    .where(eq(outboundEmails.id, emailId));
  // Still queued: held a moment ago, even if the holder has let go since; the job's next try claims it.
  if (current?.status === 'queued') return { kind: 'held', until: current.claimedUntil ?? new Date() };
  return { kind: 'settled' };
}

/**
 * The send-email worker. An email is sent only while it is `queued`, and only by the attempt that claimed it
 * (src/db/claims.ts): a job delivered twice, or retried while its first attempt still sends, sends once. A failure
 * is recorded on the email, releases the claim and is rethrown for the queue to retry, until the last attempt marks
 * it failed.
 */
export function createEmailDelivery(deps: DeliverEmailDeps) {
  return async function deliverEmail(job: unknown): Promise<void> {
    const { emailId } = job as SendEmailJob;
    const claim = await claimEmail(deps.database, emailId, deps.claimLeaseSeconds);
    if (claim.kind === 'settled') return;
    if (claim.kind === 'held') throw new WorkInFlightError(`email ${emailId}`, claim.until);
    const email = claim.row;

    const log = deps.logger.child({ emailId, kind: email.kind, to: maskEmail(email.toAddress), attempt: email.attempts });
    try {
      const { messageId } = await deps.mailer.send({
        id: email.id,
        from: deps.from,
        replyTo: deps.replyTo,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
      });
      const [sent] = await markSentStatement(deps.database.db, { emailId, messageId });
      if (sent) deps.metrics.observeMessageToEmail(sent.secondsSinceRequest);
      log.info('email sent');
    } catch (error) {
      // An SMTP rejection quotes the recipient (`550 5.1.1 <address>... user unknown`): stored and logged masked.
      const message = errorText(error);
      const permanent = isPermanentRejection(error);
      const isLastAttempt = permanent || email.attempts >= deps.maxAttempts;
      if (isLastAttempt) {
        const notice = await noticeOfFailure(deps, email, message, permanent);
        await deps.failures.recordFinalFailure({ emailId, attempt: email.attempts, error: message, notice });
        log.error(
          { error: message, permanent, toldConversation: notice !== null },
          permanent ? 'email refused for good by the mail server; not retrying' : 'email failed for good',
        );
        return;
      }
      // Only while the claim is still this attempt's: one that outlived its lease speaks for no later attempt.
      await deps.database.db
        .update(outboundEmails)
        .set({ lastError: message.slice(0, 1000), claimedUntil: null })
        .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.attempts, email.attempts)));
      log.warn({ error: message }, 'email not sent, will retry');
      throw error;
    }
  };
}
