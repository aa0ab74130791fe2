import { Parser } from 'csv-parse';
import { type CsvError, type InfoRecord, type Options, parse } from 'csv-parse/sync';
import type { RecordSink } from './import-row-collector.ts';

/*
 * CSV through csv-parse, reporting for each record the physical line where it starts.
 *
 * csv-parse's `info.lines` is the line where a record ends, and it counts both characters of a CRLF inside
 * a quoted value, so line numbers drift after the first quoted line break of a Windows file. The readers
 * therefore turn CRLF into LF first (a quoted CRLF becomes LF in the value, which is then trimmed or
 * refused like any other line break), after which every CR or LF is exactly one line for csv-parse.
 */

// A longer record is almost surely a quote that is never closed swallowing the rest of the file.
const MAX_RECORD_CHARS = 1_000_000;

const CR = 0x0d;
const LF = 0x0a;

const BASE_OPTIONS = {
  bom: true,
  // The collector compares each record with the header and names both counts.
  relax_column_count: true,
  skip_empty_lines: true,
  // A malformed record becomes a RowError and parsing goes on with the next one.
  skip_records_with_error: true,
  max_record_size: MAX_RECORD_CHARS,
} satisfies Options;

function countLineBreaks(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count++;
    for (let at = field.indexOf('\r'); at !== -1; at = field.indexOf('\r', at + 1)) count++;
  }
  return count;
}

/** What went wrong, for a record that starts on `start`; `detectedOn` is where csv-parse noticed it. */
function describeCsvError(error: CsvError, start: number, detectedOn: number): string {
  const where = detectedOn === start ? '' : ` on line ${detectedOn}`;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'malformed CSV: a quoted value is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return (
        `malformed CSV: a closing quote${where} is followed by something other than a comma ` +
        'or the end of the line'
      );
    case 'INVALID_OPENING_QUOTE':
      return (
        `malformed CSV: a quote${where} inside a value that does not start with one; ` +
        'quote the whole value and double the quotes inside it'
      );
    case 'CSV_MAX_RECORD_SIZE':
      return (
        `malformed CSV: a record longer than ${MAX_RECORD_CHARS} characters ` +
        '(is a quote never closed?); reading stopped'
      );
    default:
      return `malformed CSV: ${error.message}`;
  }
}

interface CsvRecordHandler {
  options: Options;
  /** Reports what is still pending once csv-parse has read everything. */
  finish(): void;
}

/**
 * csv-parse options that hand each record to `sink` with the line where it starts, keeping none.
 *
 * After a syntax error csv-parse drops the broken record, which may run on for many lines (a closing quote
 * followed by junk leaves it inside the quoted value until the next quote). So one error is reported per
 * broken stretch, at the line where its record starts, naming the lines it swallowed: no row disappears
 * without a line number.
 */
function createCsvRecordHandler(sink: RecordSink): CsvRecordHandler {
  let previousEnd = 0;
  let previousEmptyLines = 0;
  let lastLine = 0;
  let broken: { start: number; problem: string } | null = null;
  const nextRecordStart = (emptyLines: number) => previousEnd + 1 + (emptyLines - previousEmptyLines);
  const reportBroken = (end: number) => {
    if (broken === null) return;
    const swallowed = end > broken.start ? `; lines ${broken.start}–${end} could not be read` : '';
    sink.addError(broken.start, broken.problem + swallowed);
    broken = null;
  };
  const options: Options = {
    ...BASE_OPTIONS,
    on_record: (fields: string[], info: InfoRecord) => {
      // When the record ends where a one-line record after the previous one would, it is one line, and the
      // fields need not be scanned. Otherwise it spans lines, or a broken record was dropped before it.
      const end = info.lines;
      const start = end === nextRecordStart(info.empty_lines) ? end : end - countLineBreaks(fields);
      previousEnd = end;
      previousEmptyLines = info.empty_lines;
      lastLine = end;
      reportBroken(start - 1);
      sink.addCsvRecord(fields, start);
      return null;
    },
    on_skip: (error: CsvError | undefined) => {
      if (error === undefined || sink.stopped) return undefined;
      const emptyLines = typeof error.empty_lines === 'number' ? error.empty_lines : previousEmptyLines;
      const detectedOn = typeof error.lines === 'number' ? error.lines : lastLine;
      lastLine = Math.max(lastLine, detectedOn);
      if (error.code === 'CSV_MAX_RECORD_SIZE') {
        // csv-parse abandons the rest of its input after an oversized record.
        const start = broken?.start ?? nextRecordStart(emptyLines);
        broken = null;
        sink.addError(start, describeCsvError(error, start, detectedOn), { stop: true });
      } else if (broken === null) {
        // The first error since the last good record belongs to the record right after it.
        const start = nextRecordStart(emptyLines);
        broken = { start, problem: describeCsvError(error, start, detectedOn) };
      }
      return undefined;
    },
  };
  return { options, finish: () => reportBroken(lastLine) };
}

/** Reads a whole CSV text (without BOM) into `sink`. */
export function readCsvRecords(content: string, sink: RecordSink): void {
  const handler = createCsvRecordHandler(sink);
  parse(content.includes('\r\n') ? content.replaceAll('\r\n', '\n') : content, handler.options);
  handler.finish();
}

/** Removes the CR of every CRLF from a stream of chunks, holding back a CR that ends a chunk. */
function createCrlfRemover(): { next(chunk: Buffer): Buffer; end(): Buffer } {
  let heldCr = false;
  return {
    next(input) {
      let chunk = heldCr ? Buffer.concat([Buffer.of(CR), input]) : input;
      heldCr = chunk.length > 0 && chunk[chunk.length - 1] === CR;
      if (heldCr) chunk = chunk.subarray(0, -1);
      let cr = chunk.indexOf(CR);
      if (cr === -1) return chunk;
      const output = Buffer.allocUnsafe(chunk.length);
      let written = 0;
      let from = 0;
      for (; cr !== -1; cr = chunk.indexOf(CR, cr + 1)) {
        if (chunk[cr + 1] !== LF) continue;
        written += chunk.copy(output, written, from, cr);
        from = cr + 1;
      }
      written += chunk.copy(output, written, from);
      return output.subarray(0, written);
    },
    end() {
      return heldCr ? Buffer.of(CR) : Buffer.alloc(0);
    },
  };
}

/** A CSV reader fed chunk by chunk; records reach `sink` during `write` and `end`. */
export interface CsvChunkReader {
  write(chunk: Buffer): void;
  end(): Promise<void>;
}

export function createCsvChunkReader(sink: RecordSink): CsvChunkReader {
  const handler = createCsvRecordHandler(sink);
  const parser = new Parser(handler.options);
  const crlf = createCrlfRemover();
  let failure: unknown;
  parser.on('error', (error) => {
    failure ??= error;
  });
  // Records are handed over in on_record and never pushed; flowing mode lets the stream end.
  parser.resume();
  const throwIfFailed = () => {
    if (failure !== undefined) throw failure;
  };
  return {
    write(chunk) {
      throwIfFailed();
      parser.write(crlf.next(chunk));
    },
    async end() {
      throwIfFailed();
      const rest = crlf.end();
      if (rest.length > 0) parser.write(rest);
      await new Promise<void>((resolve, reject) => {
        parser.once('error', reject);
        parser.end(() => resolve());
      });
      throwIfFailed();
      handler.finish();
    },
  };
}
