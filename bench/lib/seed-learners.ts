import { importCredentials } from '../../src/db/import-records.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import type { CredentialRow } from '../../src/import/row-schemas.ts';
import { seedIssuer } from '../../test/helpers/seed.ts';
import { learnerAddress } from './learners.ts';

/**
 * Migrates the database and gives learners 0 … count-1 one published credential each, through the import code
 * path (one transaction, as `credbot import credentials` writes them). Then vacuums and checkpoints, so the
 * first measured run does not pay for the seed: marking its fresh rows as committed on their first reads, and
 * writing its pages out at the next checkpoint.
 */
export async function seedLearners(databaseUrl: string, count: number): Promise<void> {
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl, maxConnections: 2 });
  try {
    await migrateDatabase(database);
    const issuer = await seedIssuer(database, { id: 'bench-issuer', name: 'Bench Academy' });
    const rows = Array.from({ length: count }, (_, n) => {
      const credential: CredentialRow = {
        id: `bench-credential-${n}`,
        issuerId: issuer.id,
        recipientEmail: learnerAddress(n),
        recipientName: `Learner ${n}`,
        courseName: 'Data Literacy',
        url: `https://credentials.example/c/bench-${n}`,
        status: 'published',
        issuedAt: new Date('2026-05-01T00:00:00Z'),
      };
      return { line: n + 2, value: credential };
    });
    const outcome = await importCredentials(database, rows, { skipInvalid: false });
    if (outcome.imported !== count) throw new Error(`seeding imported ${outcome.imported} of ${count}: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
    await database.sql.executeSql('vacuum analyze credentials');
    await database.sql.executeSql('checkpoint');
  } finally {
    await database.close();
  }
}
