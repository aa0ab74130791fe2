import { describe, expect, it } from 'vitest';
import { maskEmail, redactUrl } from './mask.ts';

describe('maskEmail', () => {
  it('keeps the first character and the domain only', () => {
    expect(maskEmail('alice@example.com')).toBe('a•••@example.com');
  });
  it('hides a string that is not an address entirely', () => {
    expect(maskEmail('not-an-address')).toBe('•••');
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
