import { createCsvChunkReader, readCsvRecords } from './csv-records.ts';
import { type ImportedRow, ImportRowCollector, type RowError } from './import-row-collector.ts';
import { createJsonLinesChunkReader, readJsonLines } from './json-lines.ts';
import {
  type CredentialRow,
  type ImportKind,
  type ImportRow,
  importRowSpecs,
  type IssuerRow,
} from './row-schemas.ts';

/*
 * Reading the issuer and credential files an operator imports, as CSV with a header row or as JSON lines.
 * Bad input never throws: every problem becomes a RowError with the line where its record starts, and the
 * valid rows are returned beside the errors for the caller to decide. So is a file whose last line has no
 * line end (`unfinishedLastLine`): its last record may be cut short, and the records after it lost.
 */

export type { CredentialRow, ImportedRow, ImportKind, ImportRow, IssuerRow, RowError };

export type ImportFormat = 'csv' | 'jsonl';

export interface ParseImportOptions {
  /** Without it, a file whose first non-blank character is `{` is JSON lines, anything else CSV. */
  format?: ImportFormat;
}

export interface ParsedImport<T> {
  rows: ImportedRow<T>[];
  errors: RowError[];
  format: ImportFormat;
  /** The file ends in the middle of this line (no line end after its last record): it may be cut short. */
  unfinishedLastLine?: number;
}

const BOM = '\uFEFF';
const STARTS_WITH_OBJECT = /^\s*\{/;

function detectFormat(text: string): ImportFormat {
  return STARTS_WITH_OBJECT.test(text) ? 'jsonl' : 'csv';
}

/** Reads a whole import file of one kind. */
export function parseImportFile<K extends ImportKind>(
  kind: K,
  content: string,
  options: ParseImportOptions = {},
): ParsedImport<ImportRow<K>> {
  const text = content.startsWith(BOM) ? content.slice(BOM.length) : content;
  const format = options.format ?? detectFormat(text);
  const collector = new ImportRowCollector(importRowSpecs[kind]);
  if (format === 'csv') readCsvRecords(text, collector);
  else readJsonLines(text, collector);
  // csv-parse reports an unclosed quote at the end, about a line before the ones read after it.
  const errors = collector.errors.sort((a, b) => a.line - b.line);
  const { unfinishedLastLine } = collector;
  return { rows: collector.rows, errors, format, ...(unfinishedLastLine === undefined ? {} : { unfinishedLastLine }) };
}

export function parseIssuersFile(content: string, options?: ParseImportOptions): ParsedImport<IssuerRow> {
  return parseImportFile('issuers', content, options);
}

export function parseCredentialsFile(content: string, options?: ParseImportOptions): ParsedImport<CredentialRow> {
  return parseImportFile('credentials', content, options);
}

export interface ReadImportOptions extends ParseImportOptions {
  /** The most rows in one batch; a batch is yielded as soon as this many rows or errors are ready. */
  batchSize?: number;
}

// Rows wait in a batch until it is written, long enough to survive a young-generation garbage collection,
// and every survivor is copied: the smaller the batch, the fewer rows survive (docs/performance.md).
const DEFAULT_BATCH_SIZE = 250;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const BLANK_BYTES = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The format from the first bytes of a file, or undefined while they are blank. */
function detectFormatOfBytes(head: Buffer): ImportFormat | undefined {
  let bomBytes = 0;
  while (bomBytes < UTF8_BOM.length && head[bomBytes] === UTF8_BOM[bomBytes]) bomBytes++;
  if (bomBytes === head.length) return undefined;
  for (let index = bomBytes === UTF8_BOM.length ? bomBytes : 0; index < head.length; index++) {
    const byte = head[index] ?? 0;
    if (!BLANK_BYTES.has(byte)) return byte === 0x7b /* { */ ? 'jsonl' : 'csv';
  }
  return undefined;
}

function toBuffer(piece: string | Uint8Array): Buffer {
  if (typeof piece === 'string') return Buffer.from(piece, 'utf8');
  return Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
}

interface ChunkReader {
  write(chunk: Buffer): void;
  end(): Promise<void> | void;
}

/** Batches of what `collected` holds; the last one, at the end of the file, says if its last line is unfinished. */
function* takeBatches<T>(
  collected: { rows: ImportedRow<T>[]; errors: RowError[]; unfinishedLastLine: number | undefined },
  format: ImportFormat,
  batchSize: number,
  isLast: boolean,
): Generator<ParsedImport<T>> {
  const { rows, errors, unfinishedLastLine } = collected;
  while (rows.length >= batchSize || errors.length >= batchSize) {
    const batchRows = rows.splice(0, batchSize);
    yield { rows: batchRows, errors: errors.splice(0, countErrorsBefore(errors, rows[0]?.line)), format };
  }
  if (isLast && (rows.length > 0 || errors.length > 0 || unfinishedLastLine !== undefined)) {
    const unfinished = unfinishedLastLine === undefined ? {} : { unfinishedLastLine };
    yield { rows: rows.splice(0, rows.length), errors: errors.splice(0, errors.length), format, ...unfinished };
  }
}

/**
 * How many of the first errors are on lines before `line` (all of them without one). A batch takes the errors
 * up to its rows' successor, so that, batch after batch, a caller meets every problem in line order, whichever
 * it finds itself (an unknown issuer) and whichever the file has.
 */
function countErrorsBefore(errors: RowError[], line: number | undefined): number {
  if (line === undefined) return errors.length;
  let count = 0;
  while (count < errors.length && (errors[count] as RowError).line < line) count++;
  return count;
}

/**
 * Reads an import file as it arrives (e.g. a file's read stream), yielding rows and errors in batches of
 * at most `batchSize` rows, in file order. The next chunk is read only when the consumer asks for the next
 * batch, so a slow database write holds back reading. Errors come with the rows around them, in line order.
 * Only the last batch can have `unfinishedLastLine`, as only the end of the file tells.
 */
export async function* readImportBatches<K extends ImportKind>(
  kind: K,
  source: AsyncIterable<string | Uint8Array>,
  options: ReadImportOptions = {},
): AsyncGenerator<ParsedImport<ImportRow<K>>, void, undefined> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  const collector = new ImportRowCollector(importRowSpecs[kind]);
  let reading: { reader: ChunkReader; format: ImportFormat } | undefined;
  let head: Buffer[] = [];
  for await (const piece of source) {
    const chunk = toBuffer(piece);
    if (reading === undefined) {
      head.push(chunk);
      const format = options.format ?? detectFormatOfBytes(Buffer.concat(head));
      if (format === undefined) continue;
      const reader = format === 'csv' ? createCsvChunkReader(collector) : createJsonLinesChunkReader(collector);
      reading = { reader, format };
      for (const early of head) reader.write(early);
      head = [];
    } else {
      reading.reader.write(chunk);
    }
    yield* takeBatches(collector, reading.format, batchSize, false);
    if (collector.stopped) break;
  }
  if (reading === undefined) return;
  await reading.reader.end();
  yield* takeBatches(collector, reading.format, batchSize, true);
}
