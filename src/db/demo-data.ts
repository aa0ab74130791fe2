import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { parseCredentialsFile, parseIssuersFile } from '../import/parse-import-file.ts';
import type { Database } from './database.ts';
import { importCredentials, importIssuers } from './import-records.ts';
import { credentials, issuers } from './schema.ts';

/** `demo/` sits two levels above both `src/db/` and the compiled `dist/db/`. */
const demoFolder = new URL('../../demo/', import.meta.url);

/**
 * Loads the demo issuers and credentials through the same import path as an operator's files, so that a
 * fresh `npm start` has something to answer about. Does nothing once any issuer or credential exists. Under the
 * set-up lock, so that of several processes starting at once on an empty database, one loads it.
 */
export function loadDemoDataIfEmpty(database: Database): Promise<{ issuers: number; credentials: number } | null> {
  return database.withSetupLock(() => loadDemoData(database));
}

async function loadDemoData(database: Database): Promise<{ issuers: number; credentials: number } | null> {
  const [issuerCount] = await database.db.select({ n: count() }).from(issuers);
  const [credentialCount] = await database.db.select({ n: count() }).from(credentials);
  if ((issuerCount?.n ?? 0) > 0 || (credentialCount?.n ?? 0) > 0) return null;

  const issuerFile = parseIssuersFile(await readFile(fileURLToPath(new URL('issuers.csv', demoFolder)), 'utf8'));
  const credentialFile = parseCredentialsFile(await readFile(fileURLToPath(new URL('credentials.csv', demoFolder)), 'utf8'));
  const problems = [...issuerFile.errors, ...credentialFile.errors];
  if (problems.length > 0) throw new Error(`the demo dataset is invalid: ${JSON.stringify(problems)}`);

  const issuerOutcome = await importIssuers(database, issuerFile.rows);
  const credentialOutcome = await importCredentials(database, credentialFile.rows, { skipInvalid: false });
  return { issuers: issuerOutcome.imported, credentials: credentialOutcome.imported };
}
