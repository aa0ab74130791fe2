import { describe, expect, it } from 'vitest';
import { maskEmail, maskEmailsIn, redactUrl } from './mask.ts';

describe('maskEmail', () => {
  it('keeps the first character and the domain only', () => {
    expect(maskEmail('alice@example.com')).toBe('a•••@example.com');
  });
  it('hides a string that is not an address entirely', () => {
    expect(maskEmail('not-an-address')).toBe('•••');
  });
});

describe('maskEmailsIn', () => {
  it('masks an address an SMTP server quotes back, and keeps the rest of the answer', () => {
    expect(maskEmailsIn('550 5.1.1 <bob.smith+tag@example.org>... user unknown')).toBe('550 5.1.1 <b•••@example.org>... user unknown');
  });

  it('masks every address in a JSON line, in any script, and URL-encoded ones', () => {
    const line = JSON.stringify({ to: 'maria.lopez@example.com', text: 'écrivez à josé@exämple.de, ou 山田@例え.jp', url: '/x?email=kim%40school.example&y=1' });
    expect(maskEmailsIn(line)).toBe(
      JSON.stringify({ to: 'm•••@example.com', text: 'écrivez à j•••@exämple.de, ou 山•••@例え.jp', url: '/x?email=k•••@school.example&y=1' }),
    );
  });

  it('stops at the punctuation around an address', () => {
    expect(maskEmailsIn('Write to "Ann" <ann@ex.io>, (bo@ex.io); cy@ex.io.')).toBe('Write to "Ann" <a•••@ex.io>, (b•••@ex.io); c•••@ex.io.');
  });

  it('is idempotent, and leaves text without an address alone', () => {
    expect(maskEmailsIn('a•••@example.com')).toBe('a•••@example.com');
    for (const text of ['no address here', 'postgres://postgres@127.0.0.1:5432/db', 'user@localhost', '@example.com', '']) {
      expect(maskEmailsIn(text)).toBe(text);
    }
  });
});

describe('redactUrl', () => {
  it('hides the user name and password, and drops the query', () => {
    expect(redactUrl('postgres://app:pw@db:5432/credbot?sslmode=require')).toBe('postgres://•••@db:5432/credbot');
    expect(redactUrl('smtps://mailer@mail.example:465')).toBe('smtps://•••@mail.example:465');
  });
  it('leaves a URL without credentials as it is', () => {
    expect(redactUrl('smtp://127.0.0.1:2525')).toBe('smtp://127.0.0.1:2525');
  });
});
