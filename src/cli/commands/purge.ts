import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { CredbotError } from '../../core/errors.ts';
import { openConfiguredDatabase } from '../../db/configured-database.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { describeErasure } from '../erasure-report.ts';
import { purgeLearnerData } from '../../jobs/retention.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `credbot purge [--older-than DAYS]`: what the service does daily, now. Without the option the window is
 * RETENTION_DAYS; 0 erases everything not still in flight.
 */
export async function runPurge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { 'older-than': { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new UsageError(`purge takes no arguments besides --older-than DAYS (got "${positionals[0]}")`);
  const config = loadConfig();
  const olderThanDays = values['older-than'] === undefined ? config.RETENTION_DAYS : parseDays(values['older-than']);

  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    const counts = await purgeLearnerData(database, olderThanDays);
    if (counts === null) {
      throw new CredbotError('database_unavailable', 'Another purge is running on this database (the service runs one daily); nothing was done. Try again once it has finished.');
    }
    process.stdout.write(`Purged learner data older than ${olderThanDays} day(s): ${describeErasure(counts)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

function parseDays(text: string): number {
  if (!/^\d{1,5}$/.test(text)) throw new UsageError(`--older-than needs a whole number of days, e.g. --older-than 90 (got "${text}")`);
  return Number(text);
}
