import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { addressToForget } from '../../core/address-mentions.ts';
import { CredbotError } from '../../core/errors.ts';
import { maskEmail } from '../../core/mask.ts';
import { openConfiguredDatabase } from '../../db/configured-database.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { describeErasure } from '../erasure-report.ts';
import { forgetLearner } from '../../jobs/retention.ts';
import { UsageError } from '../usage-error.ts';

/** `credbot forget ADDRESS`: a learner's request to be forgotten (the right to erasure). */
export async function runForget(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('forget needs exactly one ADDRESS');
  const target = addressToForget(positionals[0]!);
  // The argument is not echoed: whatever it is, it was meant as someone's address.
  if (target === null) throw new CredbotError('bad_input', 'forget: the ADDRESS given is not an email address (expected something like name@example.com); nothing was erased.');

  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrateDatabase(database);
    const counts = await forgetLearner(database, target);
    process.stdout.write(`Forgot ${maskEmail(target.address)}: ${describeErasure(counts)}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
