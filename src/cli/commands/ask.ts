import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { inArray } from 'drizzle-orm';
import { openApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { isForStaff } from '../../core/decision.ts';
import type { HandledMessage } from '../../core/handle-message.ts';
import type { LanguageSource } from '../../core/messages/languages.ts';
import type { Drizzle } from '../../db/database.ts';
import { outboundEmails } from '../../db/schema.ts';
import { createLogger } from '../../logger.ts';
import { UsageError } from '../usage-error.ts';

/** How long `ask` waits for its emails to leave before it reports them as still queued. */
const DELIVERY_WAIT_MS = 20_000;

type EmailRecord = typeof outboundEmails.$inferSelect;

/** `credbot ask TEXT [--json] [--from ADDRESS]`: one message through the whole pipeline, as a channel would send it. */
export async function runAsk(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, from: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const text = positionals.join(' ');
  if (text.trim() === '') throw new UsageError('ask needs the message TEXT');

  const config = loadConfig();
  // The CLI's own output is the report; the service's logs would only interleave with it.
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, process.stderr);
  const app = await openApp(config, logger, { runWorkers: true, pollingIntervalSeconds: 0.5 });
  try {
    // `--from` stands for the channel's vouched sender: only that address gets answers saying what is on record.
    const handled = await app.handleMessage({
      channel: 'cli',
      externalId: randomUUID(),
      text,
      vouchedAddress: values.from,
      requester: values.from ? `cli:${values.from.toLowerCase()}` : 'cli',
    });
    const emails = handled.status === 'decided' ? await waitForDelivery(app.database.db, handled.emails.map((email) => email.id)) : [];
    const reply = handled.status === 'decided' ? handled.reply.learnerReply : '';
    process.stdout.write(values.json ? `${JSON.stringify(asJson(handled, reply, emails), null, 2)}\n` : asText(handled, reply, emails));
    return 0;
  } finally {
    await app.close();
  }
}

async function waitForDelivery(db: Drizzle, ids: string[]): Promise<EmailRecord[]> {
  if (ids.length === 0) return [];
  const deadline = Date.now() + DELIVERY_WAIT_MS;
  for (;;) {
    const rows = await db.select().from(outboundEmails).where(inArray(outboundEmails.id, ids));
    const settled = rows.every((row) => row.status !== 'queued' || (row.attempts > 0 && row.lastError !== null));
    if (settled || Date.now() > deadline) return rows;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function asJson(handled: HandledMessage, reply: string, emails: EmailRecord[]) {
  return {
    ...handled,
    reply,
    emails: emails.map((email) => ({
      id: email.id,
      kind: email.kind,
      to: email.toAddress,
      status: email.status,
      attempts: email.attempts,
      lastError: email.lastError,
      subject: email.subject,
      text: email.textBody,
    })),
  };
}

function asText(handled: HandledMessage, reply: string, emails: EmailRecord[]): string {
  if (handled.status === 'duplicate') return `Already handled as request ${handled.requestId} (${handled.outcome}).\n`;
  const { classification, decision } = handled;
  const lines = [
    `Intent:    ${classification.intent}, band ${classification.band} (confidence ${classification.confidence.toFixed(2)}; ${classification.reasons.join(', ') || 'no signals'})`,
    `Addresses: ${handled.addresses.join(', ') || '(none found)'}`,
    `Decision:  ${decision.kind}`,
    `Language:  ${handled.language.language} (${LANGUAGE_SOURCES[handled.language.source]})`,
    '',
  ];
  if (classification.band === 'suggest') {
    // Not sure enough to answer: a channel would show this to staff only, and no email goes out.
    lines.push('Suggested to staff only (nothing sent to the learner, no email):', ...indent(handled.reply.agentNote), '');
    return `${lines.join('\n')}\n`;
  }
  if (reply) lines.push('Reply to the learner:', ...indent(reply), '');
  // Whoever runs the command is staff: they see what a channel would put in an internal note.
  if (isForStaff(decision.kind)) lines.push('Note for staff:', ...indent(handled.reply.agentNote), '');
  for (const email of emails) {
    const state =
      email.status === 'sent'
        ? 'sent'
        : email.status === 'failed'
          ? `FAILED: ${email.lastError}`
          : `queued, will be retried${email.lastError ? ` (last error: ${email.lastError})` : ''}`;
    lines.push(`Email (${email.kind}) to ${email.toAddress}: ${state}`, `Subject: ${email.subject}`, '', ...indent(email.textBody), '');
  }
  return `${lines.join('\n')}\n`;
}

const LANGUAGE_SOURCES: Record<LanguageSource, string> = {
  channel: 'the channel’s',
  message: 'the message’s',
  default: 'DEFAULT_LANGUAGE: the message tells none',
};

function indent(text: string): string[] {
  return text.split('\n').map((line) => (line ? `  ${line}` : ''));
}
