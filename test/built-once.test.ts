import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtOnce } from '../src/db/built-once.ts';
import { credentials, issuers } from '../src/db/schema.ts';
import { seedCredential, seedIssuer } from './helpers/seed.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

/**
 * builtOnce reads fields drizzle keeps inside its builders. Each kind of statement the service builds once runs here
 * beside drizzle's own execution of the same builder: a drizzle release that moves those fields fails here, not in
 * a learner's lookup.
 */
describe('statements built once, against drizzle’s own execution', () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb?.drop();
  });

  it('maps a joined select of whole tables as drizzle does, on the database and in a transaction', async () => {
    const issuer = await seedIssuer(testDb.database, { name: 'Built Once Academy', contactEmail: 'office@built-once.example' });
    const credential = await seedCredential(testDb.database, issuer, { recipientEmail: 'ada.built@example.org', status: 'published' });
    const select = (db: TestDatabase['database']['db']) =>
      db
        .select({ credential: credentials, issuer: issuers })
        .from(credentials)
        .innerJoin(issuers, eq(credentials.issuerId, issuers.id))
        .where(eq(credentials.id, sql.placeholder('id')));
    const byId = builtOnce<{ credential: typeof credentials.$inferSelect; issuer: typeof issuers.$inferSelect }>(select);

    const drizzles = await select(testDb.database.db).execute({ id: credential.id });
    expect(drizzles).toHaveLength(1);
    expect(await byId(testDb.database.db, { id: credential.id })).toEqual(drizzles);
    expect(await testDb.database.transaction((scope) => byId(scope.db, { id: credential.id }))).toEqual(drizzles);
    expect(drizzles[0]).toMatchObject({ credential: { id: credential.id, recipientEmail: 'ada.built@example.org' }, issuer: { id: issuer.id, aliases: [] } });
  });

  it('maps an insert’s returning() as drizzle does, and returns nothing for an update without one', async () => {
    const insert = builtOnce<{ id: string; name: string; aliases: string[] }>((db) =>
      db
        .insert(issuers)
        .values({ id: sql.placeholder('id'), name: sql.placeholder('name'), contactEmail: 'contact@built-once.example' } as never)
        .returning({ id: issuers.id, name: issuers.name, aliases: issuers.aliases }),
    );
    const id = `built-once-${randomUUID()}`;
    const [row] = await insert(testDb.database.db, { id, name: 'Inserted Once' });
    const [stored] = await testDb.database.db.select({ id: issuers.id, name: issuers.name, aliases: issuers.aliases }).from(issuers).where(eq(issuers.id, id));
    expect(row).toEqual(stored);
    expect(row).toEqual({ id, name: 'Inserted Once', aliases: [] });

    const rename = builtOnce((db) => db.update(issuers).set({ name: sql`${sql.placeholder('name')}` }).where(eq(issuers.id, sql.placeholder('id'))));
    expect(await rename(testDb.database.db, { id, name: 'Renamed Once' })).toEqual([]);
    const [renamed] = await testDb.database.db.select({ name: issuers.name }).from(issuers).where(eq(issuers.id, id));
    expect(renamed).toEqual({ name: 'Renamed Once' });
  });
});
