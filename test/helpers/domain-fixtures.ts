import type { IssuedCredential, Issuer } from '../../src/core/model.ts';

/** An issuer with every contact detail filled in; override what a test is about. */
export function makeIssuer(overrides: Partial<Issuer> = {}): Issuer {
  return {
    id: 'iss_1',
    name: 'Acme Academy',
    contactName: 'Dana Reyes',
    contactEmail: 'dana@acme.test',
    supportUrl: 'https://acme.test/help',
    aliases: [],
    ...overrides,
  };
}

/** A published credential of `makeIssuer()` (or of `overrides.issuer`); override what a test is about. */
export function makeCredential(overrides: Partial<IssuedCredential> = {}): IssuedCredential {
  const issuer = overrides.issuer ?? makeIssuer();
  return {
    id: 'cred_1',
    issuerId: issuer.id,
    recipientEmail: 'alice@example.com',
    recipientName: 'Alice Liddell',
    courseName: 'Advanced Rabbit Holes',
    url: 'https://credential.test/c/abc123',
    status: 'published',
    issuedAt: new Date('2024-05-01T10:00:00Z'),
    issuer,
    ...overrides,
  };
}
