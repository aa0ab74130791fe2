import { type FileHandle, open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openConfiguredDatabase } from '../../db/configured-database.ts';
import { loadConfig } from '../../config.ts';
import { CredbotError } from '../../core/errors.ts';
import {
  type BatchImportOutcome,
  importCredentialBatches,
  importIssuerBatches,
  type Replacement,
  type RowProblem,
} from '../../db/import-records.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { type ImportFormat, type ImportKind, readImportBatches } from '../../import/parse-import-file.ts';
import { createImportProgress, type ImportProgress } from '../import-progress.ts';
import { describeImport, describeKept } from '../import-report.ts';
import { UsageError } from '../usage-error.ts';

/** Without --skip-invalid nothing is imported, so the first problems are enough to start fixing the file. */
const MAX_LISTED_PROBLEMS = 100;

// Every row of a chunk is parsed before the first of them is written, so a chunk's rows are alive together,
// and each chunk's buffer is memory outside the heap that V8 answers with full collections: small chunks keep
// both few (docs/performance.md).
const READ_CHUNK_BYTES = 64 * 1024;

/**
 * `credbot import issuers|credentials FILE [--skip-invalid] [--replace]`. The file is read as a stream and
 * written in one transaction. Without --skip-invalid one bad row stops the import and nothing is written, but
 * reading goes on so that the first problems, and how many there are, are listed at once; with it, the good
 * rows are imported and every bad one is listed. A file that ends in the middle of a line is refused whole, even
 * with --skip-invalid: it may be cut short, and the rows lost after the cut are no row that could be listed.
 *
 * With --replace (credentials only) the file is the whole truth for each issuer it names: their credentials it
 * does not list are withdrawn, in the same transaction. An issuer with a refused row is not replaced (see
 * src/db/import-records.ts), and a note says what was kept. Issuers have no --replace: an issuer that credentials
 * still name cannot go, and one without any does no harm.
 */
export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { 'skip-invalid': { type: 'boolean' }, replace: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const [kind, file] = positionals;
  if ((kind !== 'issuers' && kind !== 'credentials') || !file) {
    throw new UsageError('expected "import issuers FILE" or "import credentials FILE"');
  }
  const skipInvalid = values['skip-invalid'] === true;
  const replace = values.replace === true;
  if (replace && kind === 'issuers') {
    throw new UsageError('--replace is for "import credentials" only: an import never removes issuers');
  }
  const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    throw cannotRead(file, error);
  });
  const progress = createImportProgress({ stream: process.stderr, file, totalBytes: await sizeOf(handle) });
  const problems = createProblemList(file, skipInvalid ? Number.POSITIVE_INFINITY : MAX_LISTED_PROBLEMS, progress);
  // An empty file has no batch to tell its format; whole-file parsing calls it CSV too.
  const seen: { format: ImportFormat } = { format: 'csv' };
  const read = <K extends ImportKind>(of: K) =>
    checkBatches(readImportBatches(of, readFile(handle, file, progress)), file, seen, progress);
  let outcome: BatchImportOutcome;
  // Credentials only: null for issuers, which an import never withdraws.
  let replacement: Replacement | null = null;
  try {
    const database = await openConfiguredDatabase(loadConfig());
    try {
      await migrateDatabase(database);
      const options = { skipInvalid, onProblems: problems.add };
      if (kind === 'issuers') {
        outcome = await importIssuerBatches(database, read('issuers'), options);
      } else {
        const credentials = await importCredentialBatches(database, read('credentials'), { ...options, replace });
        ({ replacement } = credentials);
        outcome = credentials;
      }
    } finally {
      await database.close();
    }
  } finally {
    progress.finish();
    await handle.close();
    problems.finish();
  }

  if (outcome.refused > 0 && !skipInvalid) {
    const nothing = replace ? 'Nothing imported or withdrawn' : 'Nothing imported';
    process.stderr.write(`${nothing}: ${outcome.refused} invalid row(s). Fix them, or pass --skip-invalid.\n`);
    return 1;
  }
  const withdrawn = kind === 'credentials' ? (replacement?.withdrawn ?? 0) : null;
  process.stdout.write(`${describeImport(kind, file, seen.format, outcome, withdrawn)}\n`);
  const kept = replacement === null ? null : describeKept(file, replacement);
  if (kept !== null) process.stderr.write(`${kept}\n`);
  return 0;
}

/** The size of a regular file, to show how much of it is read; null for a pipe or a device. */
async function sizeOf(handle: FileHandle): Promise<number | null> {
  const stats = await handle.stat();
  return stats.isFile() ? stats.size : null;
}

function cannotRead(file: string, error: NodeJS.ErrnoException): CredbotError {
  const reason = error.code === 'ENOENT' ? 'no such file' : error.message;
  return new CredbotError('bad_input', `cannot read ${file}: ${reason}`, { cause: error });
}

/** The file's bytes; a read error (a directory, say) is bad input, not a bug. */
async function* readFile(handle: FileHandle, file: string, progress: ImportProgress): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: READ_CHUNK_BYTES, autoClose: false })) {
      progress.addBytes((chunk as Buffer).length);
      yield chunk as Buffer;
    }
  } catch (error) {
    throw cannotRead(file, error as NodeJS.ErrnoException);
  }
}

/**
 * Notes the format the batches were read in and the rows read, and throws once the file turns out to end in
 * the middle of a line. The throw comes inside the import's transaction, which rolls back; the last batch is
 * taken first so that the problems of its rows are listed too.
 */
async function* checkBatches<
  T extends { format: ImportFormat; unfinishedLastLine?: number; rows: unknown[]; errors: { line: number }[] },
>(batches: AsyncIterable<T>, file: string, seen: { format: ImportFormat }, progress: ImportProgress): AsyncGenerator<T> {
  for await (const batch of batches) {
    seen.format = batch.format;
    progress.addRows(batch.rows.length + new Set(batch.errors.map((error) => error.line)).size);
    yield batch;
    if (batch.unfinishedLastLine !== undefined) throw endsInMiddleOfLine(file, batch.unfinishedLastLine);
  }
  progress.readingDone();
}

function endsInMiddleOfLine(file: string, line: number): CredbotError {
  return new CredbotError(
    'bad_input',
    `${file}: the file ends in the middle of line ${line}: it looks cut short (no line end after the last ` +
      'record), so nothing was imported. If the file is complete, end its last line with a line break and ' +
      'import it again.',
  );
}

/** Prints problems as they are found, up to `limit`, then how many more there were. */
function createProblemList(file: string, limit: number, progress: ImportProgress) {
  let count = 0;
  return {
    add(found: RowProblem[]) {
      for (const problem of found) {
        if (count++ >= limit) continue;
        progress.clear();
        process.stderr.write(`${file}:${problem.line}: ${problem.message}\n`);
      }
    },
    finish() {
      if (count > limit) process.stderr.write(`${file}: … and ${count - limit} more problem(s) not listed.\n`);
    },
  };
}
