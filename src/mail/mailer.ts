import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { redactUrl } from '../core/mask.ts';

export interface MailMessage {
  /** Our id of the email: it becomes the Message-ID, so a retried delivery is recognisably the same message. */
  id: string;
  from: string;
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
  close(): void;
}

/** `connections`: how many SMTP connections the pool keeps open at most. */
export function createSmtpMailer(smtpUrl: string, connections: number): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // Reused connections: a burst of emails does not pay a handshake each.
    pool: true,
    maxConnections: connections,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
  return {
    description: `SMTP ${redactUrl(smtpUrl)}`,
    async send(message) {
      const info = await transport.sendMail(toNodemailerMessage(message));
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}

/**
 * With no SMTP server configured, mail is written to a folder as .eml files: a person can open them, and
 * nothing is lost. A file is written whole or not at all (temporary name, then rename).
 */
export function createOutboxMailer(outboxDir: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
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
    close: () => transport.close(),
  };
}

function toNodemailerMessage(message: MailMessage) {
  return {
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${message.id}@credbot>`,
  };
}
