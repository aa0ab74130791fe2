import { randomUUID } from 'node:crypto';
import type { DecisionKind } from '../../src/core/decision.ts';
import type { Channel } from '../../src/core/model.ts';
import type { Database } from '../../src/db/database.ts';
import { importCredentials, importIssuers } from '../../src/db/import-records.ts';
import { outboundEmails, supportRequests } from '../../src/db/schema.ts';
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

export interface RecordedRequestSeed {
  channel: Channel;
  receivedAt: Date;
  band: 'act' | 'suggest' | 'ignore';
  /** The channel's mode when it was handled; act when not given. */
  mode?: 'act' | 'suggest' | 'shadow';
  outcome: DecisionKind;
  replyStatus?: 'none' | 'pending' | 'delivered' | 'failed';
  erased?: boolean;
  emails?: RecordedEmailSeed[];
}

export interface RecordedEmailSeed {
  kind: 'retrieve' | 'issuer_handoff';
  status: 'queued' | 'sent' | 'failed';
  /** Seconds after the request's arrival that it was sent (status sent only). */
  sentAfterSeconds?: number;
}

/**
 * A request as credbot records one once it has decided, with its emails, written straight to the tables: for
 * reports over what was recorded (the console's overview), where the time it arrived is part of what is tested.
 */
export async function seedRecordedRequest(database: Database, seed: RecordedRequestSeed): Promise<string> {
  const id = randomUUID();
  const erasedAt = seed.erased ? new Date(seed.receivedAt.getTime() + 60_000) : null;
  await database.db.insert(supportRequests).values({
    id,
    channel: seed.channel,
    externalId: uniqueId('seeded'),
    messageText: seed.erased ? '' : 'I never received my certificate',
    intent: seed.band === 'ignore' ? 'other' : 'missing_credential',
    confidence: seed.band === 'act' ? 95 : seed.band === 'suggest' ? 60 : 5,
    band: seed.band,
    mode: seed.mode ?? 'act',
    reasons: [],
    addresses: [],
    outcome: seed.outcome,
    decision: { kind: seed.outcome },
    replyStatus: seed.replyStatus ?? 'delivered',
    receivedAt: seed.receivedAt,
    erasedAt,
  });
  for (const email of seed.emails ?? []) {
    const emailId = randomUUID();
    await database.db.insert(outboundEmails).values({
      id: emailId,
      supportRequestId: id,
      kind: email.kind,
      toAddress: erasedAt ? `erased:${emailId}` : learnerAddress('seeded'),
      subject: erasedAt ? '' : 'Your credentials',
      textBody: '',
      htmlBody: '',
      status: email.status,
      attempts: email.status === 'queued' ? 0 : 1,
      createdAt: seed.receivedAt,
      sentAt: email.status === 'sent' ? new Date(seed.receivedAt.getTime() + (email.sentAfterSeconds ?? 1) * 1000) : null,
      erasedAt,
    });
  }
  return id;
}
