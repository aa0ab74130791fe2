import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database.ts';
import { importCredentials, importIssuers } from '../../src/db/import-records.ts';
import type { CredentialRow, IssuerRow } from '../../src/import/row-schemas.ts';

/** A unique suffix, so each test seeds and asserts on its own rows. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function seedIssuer(database: Database, overrides: Partial<IssuerRow> = {}): Promise<IssuerRow> {
  const issuer: IssuerRow = {
    id: uniqueId('issuer'),
    name: `Issuer ${randomUUID().slice(0, 6)}`,
    contactName: 'Dana Contact',
    contactEmail: 'contact@issuer.example',
    supportUrl: 'https://issuer.example/help',
    aliases: [],
    ...overrides,
  };
  await importIssuers(database, [{ line: 1, value: issuer }]);
  return issuer;
}

export async function seedCredential(
  database: Database,
  issuer: IssuerRow,
  overrides: Partial<CredentialRow> & { recipientEmail: string },
): Promise<CredentialRow> {
  const id = uniqueId('cred');
  const credential: CredentialRow = {
    id,
    issuerId: issuer.id,
    recipientName: 'Robin Learner',
    courseName: `Course ${id}`,
    url: `https://credentials.example/c/${id}`,
    status: 'published',
    issuedAt: new Date('2026-05-01T00:00:00Z'),
    ...overrides,
  };
  const outcome = await importCredentials(database, [{ line: 1, value: credential }], { skipInvalid: false });
  if (outcome.imported !== 1) throw new Error(`seeding failed: ${JSON.stringify(outcome.problems)}`);
  return credential;
}

/** A fresh learner address at a domain no other test uses. */
export function learnerAddress(local = 'learner'): string {
  return `${local}.${randomUUID().slice(0, 8)}@school.example`;
}
