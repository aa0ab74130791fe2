import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openConfiguredDatabase } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { CredbotError } from '../../core/errors.ts';
import type { Database } from '../../db/database.ts';
import { type ImportOutcome, importCredentials, importIssuers } from '../../db/import-records.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { parseCredentialsFile, parseIssuersFile } from '../../import/parse-import-file.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `credbot import issuers|credentials FILE [--skip-invalid]`. Without --skip-invalid one bad row stops the
 * whole import before anything is written; with it, the good rows are imported and the bad ones listed.
 */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'skip-invalid': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [kind, file] = positionals;
  if ((kind !== 'issuers' && kind !== 'credentials') || !file) {
    throw new UsageError('expected "import issuers FILE" or "import credentials FILE"');
  }
  const skipInvalid = values['skip-invalid'] === true;
  const content = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CredbotError('bad_input', `cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });

  const parsed = kind === 'issuers' ? parseIssuersFile(content) : parseCredentialsFile(content);
  if (parsed.errors.length > 0 && !skipInvalid) {
    printProblems(file, parsed.errors);
    process.stderr.write(`Nothing imported: ${parsed.errors.length} invalid row(s). Fix them, or pass --skip-invalid.\n`);
    return 1;
  }

  const database = await openConfiguredDatabase(loadConfig());
  let outcome: ImportOutcome;
  try {
    await migrateDatabase(database);
    outcome = await write(database, kind, parsed.rows as never[], skipInvalid);
  } finally {
    await database.close();
  }

  const problems = [...parsed.errors, ...outcome.problems].sort((a, b) => a.line - b.line);
  printProblems(file, problems);
  if (outcome.imported === 0 && problems.length > 0 && !skipInvalid) {
    process.stderr.write(`Nothing imported: ${problems.length} invalid row(s). Fix them, or pass --skip-invalid.\n`);
    return 1;
  }
  const skipped = problems.length > 0 ? `, skipped ${problems.length} invalid row(s)` : '';
  process.stdout.write(`Imported ${outcome.imported} ${kind} from ${file} (${parsed.format})${skipped}.\n`);
  return 0;
}

function write(database: Database, kind: 'issuers' | 'credentials', rows: never[], skipInvalid: boolean) {
  return kind === 'issuers' ? importIssuers(database, rows) : importCredentials(database, rows, { skipInvalid });
}

function printProblems(file: string, problems: { line: number; message: string }[]): void {
  for (const problem of problems) process.stderr.write(`${file}:${problem.line}: ${problem.message}\n`);
}
