import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createSmtpMailer } from '../src/mail/mailer.ts';
import { type SmtpSink, startSmtpSink } from './fakes/smtp-sink.ts';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('DKIM signing', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink?.close());

  it('signs every email for the configured domain and selector, the key given on one line with \\n', async () => {
    const config = loadConfig({ DKIM_DOMAIN: 'certs.example.org', DKIM_SELECTOR: 'credbot2026', DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n') });
    const mailer = createSmtpMailer(sink.url, 1, 10_000, config.dkimSigning);
    try {
      const id = randomUUID();
      await mailer.send({ id, from: 'Certificates <no-reply@certs.example.org>', replyTo: 'help@certs.example.org', to: 'learner@example.com', subject: 'Your certificate', text: 'hello', html: '<p>hello</p>' });
      const [message] = (await sink.waitForMessages(1)).filter((candidate) => candidate.messageId === `<${id}@certs.example.org>`);
      const signature = message?.headerLines.find((header) => header.key === 'dkim-signature')?.line ?? '';
      expect(signature).toMatch(/d=certs\.example\.org/);
      expect(signature).toMatch(/s=credbot2026/);
    } finally {
      mailer.close();
    }
  });

  it('is off with no DKIM setting, and names what is missing when only some are set', () => {
    expect(loadConfig({}).dkimSigning).toBeUndefined();
    expect(() => loadConfig({ DKIM_DOMAIN: 'certs.example.org' })).toThrow(/DKIM_SELECTOR: required[\s\S]*DKIM_PRIVATE_KEY: required/);
  });

  it('refuses a key that is not a PEM private key, without repeating it', () => {
    expect(() => loadConfig({ DKIM_PRIVATE_KEY: 'sekrit0-not-a-key' })).toThrow(/DKIM_PRIVATE_KEY: must be a PEM private key/);
    expect(() => loadConfig({ DKIM_PRIVATE_KEY: 'sekrit0-not-a-key' })).not.toThrow(/sekrit0/);
  });
});
