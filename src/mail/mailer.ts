import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import { CredbotError } from '../core/errors.ts';
import { redactUrl } from '../core/mask.ts';

export interface MailMessage {
  /**
   * Our id of the email: it becomes the Message-ID, on the sender's domain (a Message-ID on a domain that is not
   * the sender's counts against a message in spam filters), so a retried delivery is recognisably the same message.
   */
  id: string;
  from: string;
  /** Where a learner's reply goes: the support address, not the no-reply sender. */
  replyTo: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Delivers a rendered message. Throws when it could not be handed over (the job retries). */
export interface Mailer {
  /** Where mail goes, safe to print. */
  readonly description: string;
  send(message: MailMessage): Promise<{ messageId: string }>;
  /**
   * Whether mail can be handed over now: null, or why not in words safe to show anyone (no host credentials).
   * An SMTP mailer connects and logs in, within `timeoutMs`; the local outbox is always ready.
   */
  checkReady(timeoutMs: number): Promise<string | null>;
  close(): void;
}

/** DKIM signing of every message (nodemailer's own): the domain, the DNS selector and the PEM private key. */
export interface DkimSigning {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

/**
 * The SMTP client's own timeouts, each within the longest a whole send may take: connecting (the DNS lookup
 * included), the server's greeting, and silence on the socket while a command waits for its answer.
 */
function smtpClientTimeouts(sendTimeoutMs: number) {
  return {
    connectionTimeout: Math.min(10_000, sendTimeoutMs),
    greetingTimeout: Math.min(10_000, sendTimeoutMs),
    socketTimeout: Math.min(30_000, sendTimeoutMs),
  };
}

/**
 * `connections`: how many SMTP connections the pool keeps open at most. `sendTimeoutMs`: the longest one send may
 * take, waiting for a pooled connection included; past it the send is abandoned (its connection closed) and fails.
 * The per-step timeouts alone do not bound a send: a server answering each command slowly, or trickling its
 * replies, resets them at every step. The email's claim (src/jobs/claim-leases.ts) relies on this bound.
 */
export function createSmtpMailer(smtpUrl: string, connections: number, sendTimeoutMs: number, dkim?: DkimSigning): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    ...(dkim ? { dkim } : {}),
    // Reused connections: a burst of emails does not pay a handshake each.
    pool: true,
    maxConnections: connections,
    ...smtpClientTimeouts(sendTimeoutMs),
  } as never);
  return {
    description: `SMTP ${redactUrl(smtpUrl)}`,
    async send(message) {
      // nodemailer 10 reads a per-message `signal`; @types/nodemailer 8 does not list it.
      const deadline = { signal: AbortSignal.timeout(sendTimeoutMs) };
      try {
        const info = await transport.sendMail(Object.assign(toNodemailerMessage(message), deadline));
        return { messageId: info.messageId };
      } catch (error) {
        if (!deadline.signal.aborted) throw error;
        throw new CredbotError('mail_unavailable', `SMTP send abandoned after ${sendTimeoutMs} ms (SMTP_SEND_TIMEOUT_MS)`, { cause: error });
      }
    },
    async checkReady(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`the SMTP server did not answer within ${timeoutMs} ms`), timeoutMs);
      });
      try {
        return await Promise.race([transport.verify().then(() => null, describeSmtpProblem), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => transport.close(),
  };
}

/** nodemailer's error codes and the server's reply code say what went wrong; the message may name the host. */
function describeSmtpProblem(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  if (code === 'EAUTH') return `the SMTP server refused the login${typeof responseCode === 'number' ? ` (${responseCode})` : ''}`;
  if (typeof responseCode === 'number') return `the SMTP server refused the connection (${responseCode})`;
  return `the SMTP server is unreachable${typeof code === 'string' ? ` (${code})` : ''}`;
}

/**
 * With no SMTP server configured, mail is written to a folder as .eml files: a person can open them, and
 * nothing is lost. A file is written whole or not at all (temporary name, then rename).
 */
export function createOutboxMailer(outboxDir: string, dkim?: DkimSigning): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix', ...(dkim ? { dkim } : {}) });
  return {
    description: `local outbox ${outboxDir}`,
    async send(message) {
      const info = await transport.sendMail(toNodemailerMessage(message));
      await mkdir(outboxDir, { recursive: true });
      const file = path.join(outboxDir, `${message.id}.eml`);
      await writeFile(`${file}.tmp`, info.message as Buffer);
      await rename(`${file}.tmp`, file);
      return { messageId: info.messageId };
    },
    checkReady: async () => null,
    close: () => transport.close(),
  };
}

function toNodemailerMessage(message: MailMessage) {
  return {
    from: message.from,
    replyTo: message.replyTo,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: messageIdFor(message.id, message.from),
  };
}

/** The address alone of a sender (`Name <address>`): MAIL_FROM holds exactly one (src/config-checks.ts). */
export function mailFromAddress(from: string): string {
  return addressparser(from, { flatten: true })[0]?.address ?? '';
}

/** `<id@domain>`, on the sender's domain. */
export function messageIdFor(id: string, from: string): string {
  const address = mailFromAddress(from);
  const domain = address.slice(address.lastIndexOf('@') + 1) || 'credbot.invalid';
  return `<${id}@${domain}>`;
}
