import { openConfiguredDatabase } from '../../db/configured-database.ts';
import { loadConfig } from '../../config.ts';
import { migrateDatabase } from '../../db/migrate.ts';

export async function runMigrate(): Promise<number> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrateDatabase(database);
    process.stdout.write(`Migrations applied to ${database.location}.\n`);
    return 0;
  } finally {
    await database.close();
  }
}
