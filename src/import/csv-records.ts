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
 *
 * The chunk reader, which imports use, reads regular records on a fast path of its own (csv-parse's own
 * loop was a large share of an import's time; docs/performance.md) and hands everything from the first
 * irregular record on to csv-parse, so that malformed CSV is read and reported as csv-parse reads it.
 * The whole-text reader is csv-parse alone; the tests hold the two to the same results.
 *
 * Both also tell the sink when the file ends in the middle of a line (see LastLineTracker).
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

/** Where a csv-parse instance starts reading: at the top of the file, or at a record further down. */
interface CsvParseStart {
  /** Lines before the first one it reads. */
  lineOffset: number;
  /** The record delimiter csv-parse would have discovered in the lines before, once there were any. */
  recordDelimiter?: '\n';
}

const FILE_START: CsvParseStart = { lineOffset: 0 };

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
function createCsvRecordHandler(sink: RecordSink, start: CsvParseStart = FILE_START): CsvRecordHandler {
  const { lineOffset } = start;
  let previousEnd = lineOffset;
  let previousEmptyLines = 0;
  let lastLine = lineOffset;
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
    ...(start === FILE_START ? {} : { bom: false }),
    ...(start.recordDelimiter === undefined ? {} : { record_delimiter: start.recordDelimiter }),
    on_record: (fields: string[], info: InfoRecord) => {
      // When the record ends where a one-line record after the previous one would, it is one line, and the
      // fields need not be scanned. Otherwise it spans lines, or a broken record was dropped before it.
      const end = info.lines + lineOffset;
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
      const detectedOn = typeof error.lines === 'number' ? error.lines + lineOffset : lastLine;
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

// Bytes a line may hold without holding a record: a row of empty cells (`,,,,`) is blank (see the collector).
const BLANK_LINE_BYTES = new Set([0x20, 0x09, 0x2c]);

/**
 * Follows a CSV file's bytes (CRLF already turned into LF) to tell, at the end, whether its last line holds
 * something with no line end after it. That is how a file cut short looks: its last record shortened (a URL,
 * an alias) yet often still valid, and every record after it lost. Line breaks are counted as csv-parse
 * counts them, CR or LF. One inside a quoted value counts too: a file cut just after it leaves a quote never
 * closed, which csv-parse reports.
 */
class LastLineTracker {
  #lineBreaks = 0;
  #lastLineHasContent = false;

  write(chunk: Buffer): void {
    let lastBreak = -1;
    for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, at + 1)) {
      this.#lineBreaks++;
      lastBreak = at;
    }
    for (let at = chunk.indexOf(CR); at !== -1; at = chunk.indexOf(CR, at + 1)) {
      this.#lineBreaks++;
      lastBreak = Math.max(lastBreak, at);
    }
    if (lastBreak !== -1) this.#lastLineHasContent = false;
    for (let index = lastBreak + 1; index < chunk.length && !this.#lastLineHasContent; index++) {
      if (!BLANK_LINE_BYTES.has(chunk[index] as number)) this.#lastLineHasContent = true;
    }
  }

  finish(sink: RecordSink): void {
    if (this.#lastLineHasContent) sink.addUnfinishedLastLine(this.#lineBreaks + 1);
  }
}

/** Reads a whole CSV text (without BOM) into `sink`. */
export function readCsvRecords(content: string, sink: RecordSink): void {
  const text = content.includes('\r\n') ? content.replaceAll('\r\n', '\n') : content;
  const handler = createCsvRecordHandler(sink);
  parse(text, handler.options);
  handler.finish();
  const lastLine = new LastLineTracker();
  lastLine.write(Buffer.from(text, 'utf8'));
  lastLine.finish(sink);
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

/** csv-parse as a stream, from `start` on; the chunks it is given have no CRLF left. */
function createCsvParseReader(sink: RecordSink, start: CsvParseStart): CsvChunkReader {
  const handler = createCsvRecordHandler(sink, start);
  const parser = new Parser(handler.options);
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
      parser.write(chunk);
    },
    async end() {
      throwIfFailed();
      await new Promise<void>((resolve, reject) => {
        parser.once('error', reject);
        parser.end(() => resolve());
      });
      throwIfFailed();
      handler.finish();
    },
  };
}

/**
 * Reads CSV chunk by chunk: regular records on a fast path, everything from the first irregular one on
 * through csv-parse, so that csv-parse alone decides what malformed CSV means and how it is reported.
 */
export function createCsvChunkReader(sink: RecordSink): CsvChunkReader {
  const crlf = createCrlfRemover();
  const lastLine = new LastLineTracker();
  const fast = new RegularCsvReader(sink);
  let slow: CsvChunkReader | undefined;
  const handOver = (handOff: CsvHandOff | null) => {
    if (handOff === null) return;
    slow = createCsvParseReader(sink, handOff.start);
    slow.write(handOff.rest);
  };
  return {
    write(chunk) {
      const text = crlf.next(chunk);
      lastLine.write(text);
      if (slow === undefined) handOver(fast.write(text, false));
      else slow.write(text);
    },
    async end() {
      const rest = crlf.end();
      lastLine.write(rest);
      if (slow === undefined) handOver(fast.write(rest, true));
      else if (rest.length > 0) slow.write(rest);
      await slow?.end();
      lastLine.finish(sink);
    },
  };
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/** Where `byte` next occurs in `buffer` from `from` on, or the buffer's length. */
function indexOrLength(buffer: Buffer, byte: number, from: number): number {
  const index = buffer.indexOf(byte, from);
  return index === -1 ? buffer.length : index;
}

/** The bytes a fast reader leaves to csv-parse, from the start of a record, and where they start. */
interface CsvHandOff {
  rest: Buffer;
  start: CsvParseStart;
}

/** How one record ended: at `next` (after its line break), not yet (more bytes needed), or irregularly. */
const INCOMPLETE = -1;
const IRREGULAR = -2;

/**
 * The fast path: records whose every value is either unquoted (no quote, comma, CR or LF in it) or
 * entirely quoted (doubled quotes and LFs inside, followed by a comma or the end of the line), split by
 * LF, shorter than csv-parse's record limit. That is the CSV any spreadsheet or database writes, and for it
 * the fields and lines are exactly those csv-parse gives. Anything else is irregular: the reader stops and
 * hands the bytes from that record's start to csv-parse, which reads the rest of the file.
 */
class RegularCsvReader {
  readonly #sink: RecordSink;
  #pending: Buffer | null = null;
  /** The line where the next record starts. */
  #line = 1;
  #atFileStart = true;
  /** An LF outside quotes was read, so csv-parse would have taken LF as the record delimiter. */
  #sawRecordDelimiter = false;
  readonly #fields: string[] = [];
  #breaks = 0;

  constructor(sink: RecordSink) {
    this.#sink = sink;
  }

  /** Reads what it can of `chunk`; returns what is left for csv-parse, once something irregular is met. */
  write(chunk: Buffer, isLast: boolean): CsvHandOff | null {
    let buffer = chunk;
    if (this.#pending !== null) {
      buffer = chunk.length === 0 ? this.#pending : Buffer.concat([this.#pending, chunk]);
      this.#pending = null;
    }
    let position = 0;
    if (this.#atFileStart) {
      // csv-parse waits for three bytes to tell a byte order mark; a UTF-16 one changes its encoding.
      if (buffer.length < UTF8_BOM.length && !isLast) {
        this.#pending = buffer;
        return null;
      }
      if (buffer.subarray(0, UTF16LE_BOM.length).equals(UTF16LE_BOM)) return this.#handOff(buffer, 0);
      if (buffer.subarray(0, UTF8_BOM.length).equals(UTF8_BOM)) position = UTF8_BOM.length;
    }
    const length = buffer.length;
    // Where the next quote and CR are: looked for once per stretch between them, not once a line.
    let nextQuote = -1;
    let nextCr = -1;
    while (position < length && !this.#sink.stopped) {
      if (nextQuote < position) nextQuote = indexOrLength(buffer, QUOTE, position);
      if (nextCr < position) nextCr = indexOrLength(buffer, CR, position);
      // The whole lines before the next quote or CR are read as one decoded text.
      const plainUntil = Math.min(nextQuote, nextCr, position + MAX_RECORD_CHARS);
      const plainEnd = plainUntil > position ? buffer.lastIndexOf(LF, plainUntil - 1) + 1 : position;
      if (plainEnd > position) {
        this.#readPlainLines(buffer.toString('utf8', position, plainEnd));
        position = plainEnd;
        continue;
      }
      if (buffer[position] === LF) {
        // csv-parse skips an empty line.
        this.#line++;
        this.#sawRecordDelimiter = true;
        this.#atFileStart = false;
        position++;
        continue;
      }
      const next = this.#readRecord(buffer, position, isLast);
      if (next === INCOMPLETE) {
        if (length - position > MAX_RECORD_CHARS) return this.#handOff(buffer, position);
        // Until something is read, the pending bytes keep the byte order mark, for a hand-off.
        this.#pending = this.#atFileStart ? buffer : buffer.subarray(position);
        return null;
      }
      if (next === IRREGULAR || next - position > MAX_RECORD_CHARS) return this.#handOff(buffer, position);
      this.#sink.addCsvRecord(this.#fields.splice(0), this.#line);
      this.#atFileStart = false;
      this.#line += 1 + this.#breaks;
      if (buffer[next - 1] === LF) this.#sawRecordDelimiter = true;
      position = next;
    }
    return null;
  }

  /**
   * Reads lines (each ending in LF) that hold no quote or CR: every record is one line, its values split at
   * its commas. Most files are nothing else, and one decoding and a string search per value cost far less
   * than decoding each value from the bytes.
   */
  #readPlainLines(text: string): void {
    this.#atFileStart = false;
    this.#sawRecordDelimiter = true;
    // The next comma at or after where values are being read (text.length when none): a line without one
    // must not send every later line searching to the end of the text.
    let comma = -1;
    let start = 0;
    while (start < text.length && !this.#sink.stopped) {
      const end = text.indexOf('\n', start);
      // csv-parse skips an empty line.
      if (end > start) {
        const values: string[] = [];
        let from = start;
        for (;;) {
          if (comma < from) {
            comma = text.indexOf(',', from);
            if (comma === -1) comma = text.length;
          }
          if (comma > end) break;
          values.push(text.slice(from, comma));
          from = comma + 1;
        }
        values.push(text.slice(from, end));
        this.#sink.addCsvRecord(values, this.#line);
      }
      this.#line++;
      start = end + 1;
    }
  }

  /** Before anything is read the whole file goes to csv-parse as it is, byte order mark included. */
  #handOff(buffer: Buffer, position: number): CsvHandOff {
    if (this.#atFileStart) return { rest: buffer, start: FILE_START };
    const recordDelimiter = this.#sawRecordDelimiter ? { recordDelimiter: '\n' as const } : {};
    return { rest: buffer.subarray(position), start: { lineOffset: this.#line - 1, ...recordDelimiter } };
  }

  /**
   * Reads the record at `start` into #fields and #breaks (LFs inside values). Returns the position after
   * its LF (or the buffer's length at the end of the file), INCOMPLETE or IRREGULAR.
   */
  #readRecord(buffer: Buffer, start: number, isLast: boolean): number {
    const fields = this.#fields;
    fields.length = 0;
    this.#breaks = 0;
    const length = buffer.length;
    let position = start;
    for (;;) {
      let end: number;
      if (position < length && buffer[position] === QUOTE) {
        end = this.#readQuotedValue(buffer, position, isLast);
        if (end < 0) return end;
        position = end + 1;
        if (position < length && buffer[position] !== COMMA && buffer[position] !== LF) return IRREGULAR;
      } else {
        end = position;
        let byte = 0;
        while (end < length) {
          byte = buffer[end] as number;
          if (byte === COMMA || byte === LF || byte === QUOTE || byte === CR) break;
          end++;
        }
        if (end === length && !isLast) return INCOMPLETE;
        if (byte === QUOTE || byte === CR) return IRREGULAR;
        fields.push(end === position ? '' : buffer.toString('utf8', position, end));
        position = end;
      }
      if (position >= length) return isLast ? length : INCOMPLETE;
      if (buffer[position] === LF) return position + 1;
      position++; // the comma
    }
  }

  /** Reads the quoted value opening at `start` into #fields; returns the position of its closing quote. */
  #readQuotedValue(buffer: Buffer, start: number, isLast: boolean): number {
    const length = buffer.length;
    let doubled = false;
    let breaks = 0;
    for (let position = start + 1; position < length; position++) {
      const byte = buffer[position];
      if (byte === QUOTE) {
        if (position + 1 === length && !isLast) return INCOMPLETE;
        if (buffer[position + 1] === QUOTE) {
          doubled = true;
          position++;
          continue;
        }
        const value = buffer.toString('utf8', start + 1, position);
        this.#fields.push(doubled ? value.replaceAll('""', '"') : value);
        this.#breaks += breaks;
        return position;
      }
      if (byte === LF) breaks++;
      else if (byte === CR) return IRREGULAR;
    }
    // A quote never closed: csv-parse reports it.
    return isLast ? IRREGULAR : INCOMPLETE;
  }
}
