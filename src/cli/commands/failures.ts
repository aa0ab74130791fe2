import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { maskEmail } from '../../core/mask.ts';
import { openConfiguredDatabase } from '../../db/configured-database.ts';
import { type FailedEmail, type FailedReply, type Failures, listFailures, STUCK_AFTER_HOURS } from '../../db/failure-records.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { UsageError } from '../usage-error.ts';

const DEFAULT_LIMIT = 50;

/**
 * `credbot failures [--limit N] [--json]`: the replies and emails credbot gave up on, or that are stuck, for a
 * person to follow up. Addresses are masked: the request id leads to the rest.
 */
export async function runFailures(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { limit: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new UsageError(`failures takes no arguments besides --limit N and --json (got "${positionals[0]}")`);
  const limit = values.limit === undefined ? DEFAULT_LIMIT : parseLimit(values.limit);

  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrateDatabase(database);
    const failures = await listFailures(database.db, limit);
    const masked: Failures = { replies: failures.replies, emails: failures.emails.map((email) => ({ ...email, toAddress: maskEmail(email.toAddress) })) };
    process.stdout.write(values.json ? `${JSON.stringify(masked, null, 2)}\n` : describeFailures(masked));
    return 0;
  } finally {
    await database.close();
  }
}

function describeFailures({ replies, emails }: Failures): string {
  if (replies.length === 0 && emails.length === 0) return 'No failed or stuck replies or emails.\n';
  const lines = [`Replies (${replies.length}), newest first:`, ...replies.map(describeReply), '', `Emails (${emails.length}), newest first:`, ...emails.map(describeEmail)];
  lines.push('', `"stuck": still unsent ${STUCK_AFTER_HOURS} hours after it was decided; its last attempt most likely died with its worker.`);
  return `${lines.join('\n')}\n`;
}

function describeReply(reply: FailedReply): string {
  const where = reply.channel === 'zendesk' ? `ticket ${reply.conversationId}` : `${reply.channel} ${reply.conversationId ?? ''}`.trim();
  return (
    `  ${reply.status.padEnd(6)} ${reply.receivedAt.toISOString()}  ${where}  outcome ${reply.outcome}, ${plural(reply.attempts, 'attempt')}, request ${reply.requestId}` +
    (reply.error ? `\n         ${reply.error}` : '')
  );
}

function describeEmail(email: FailedEmail): string {
  return (
    `  ${email.status.padEnd(6)} ${email.createdAt.toISOString()}  ${email.kind} to ${email.toAddress}, ${plural(email.attempts, 'attempt')}, request ${email.requestId}` +
    (email.error ? `\n         ${email.error}` : '')
  );
}

function parseLimit(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) === 0) throw new UsageError(`--limit needs a whole number from 1 to 99999, e.g. --limit 20 (got "${text}")`);
  return Number(text);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
