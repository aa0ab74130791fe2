import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Database } from './database.ts';

/** `drizzle/` sits two levels above both `src/db/` and the compiled `dist/db/`. */
const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Applies the migrations not applied yet. Under the set-up lock: processes starting at once on a new database
 * would each create the same tables, and all but one fail.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.withSetupLock(async () => {
    if (database.kind === 'embedded') {
      await migratePglite(database.db as never, { migrationsFolder });
    } else {
      await migratePostgres(database.db as never, { migrationsFolder });
    }
  });
}

/** How many of the shipped migrations the database has not applied yet (for readiness checks). */
export async function countPendingMigrations(database: Database): Promise<number> {
  const shipped = readMigrationFiles({ migrationsFolder }).length;
  try {
    const result = await database.db.execute(sql`select count(*)::int as applied from drizzle.__drizzle_migrations`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { applied: number }[];
    return Math.max(0, shipped - (rows[0]?.applied ?? 0));
  } catch {
    return shipped;
  }
}
