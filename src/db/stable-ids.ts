import { createHash } from 'node:crypto';
import type { Channel } from '../core/model.ts';
import type { OutgoingEmail } from '../core/ports.ts';

/**
 * Ids derived from what identifies the work, not drawn at random: a message handled again after the server lost
 * its commit (PostgreSQL crashed before the next durable commit, see TransactionOptions) gets the ids it had
 * the first time, so it meets what it already did outside: the ticket's reply marker
 * (src/zendesk/ticket-reply-plan.ts), an email's Message-ID, the jobs' ids.
 */

/** A UUID named by `key` (SHA-256 of it, in UUID form): the same key always gives the same id. */
export function uuidForKey(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A support request's id: one per channel + external id, the same key its claim is unique on. */
export function supportRequestIdFor(channel: Channel, externalId: string): string {
  return uuidForKey(`support-request:${channel}:${externalId}`);
}

/**
 * An email's id, from its request and its role in it: its kind and recipient, unique per request (the
 * outbound_emails_request_kind_to_idx index). It becomes the email's Message-ID (src/mail/mailer.ts).
 */
export function outboundEmailIdFor(requestId: string, email: Pick<OutgoingEmail, 'kind' | 'to'>): string {
  return uuidForKey(`outbound-email:${requestId}:${email.kind}:${email.to.toLowerCase()}`);
}
