import { IdFingerprints } from './id-fingerprints.ts';
import type { ImportRowSpec } from './row-schemas.ts';

/** A problem with one line of an import file; the message names the column when there is one. */
export interface RowError {
  line: number;
  message: string;
  /**
   * Whom the refused row belongs to (see ImportRowSpec.ownerColumn), when its record could be read and its owner
   * column is valid; absent when the file's kind has no owner or the line does not tell.
   */
  owner?: string;
}

/** A valid row and the physical line of the file where its record starts. */
export interface ImportedRow<T> {
  line: number;
  value: T;
}

/** What the format readers (./csv-records.ts, ./json-lines.ts) hand over, in file order. */
export interface RecordSink {
  /** Once true, the file cannot be read meaningfully any further; readers may stop early. */
  readonly stopped: boolean;
  /** A CSV record as parsed, untrimmed. The first record that is not blank is the header. */
  addCsvRecord(fields: string[], line: number): void;
  addJsonObject(object: Record<string, unknown>, line: number): void;
  /** A line that could not be read as a record at all; `stop` when nothing after it can be trusted. */
  addError(line: number, message: string, options?: { stop?: boolean }): void;
  /** The input ended in the middle of `line`: something is on it, but no line end after it. */
  addUnfinishedLastLine(line: number): void;
}

const ID_COLUMN = 'id';
// Bounds the cache of JSON keys for a file whose lines each bring new ones.
const MAX_CACHED_JSON_KEYS = 1000;

function normalizeColumnName(name: string): string {
  return name.trim().toLowerCase();
}

/** Empty strings count as missing, and JSON numbers as their text: ids and names are often numeric. */
function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return value;
}

function isBlankRecord(fields: string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

function listColumns(columns: string[]): string {
  return `column${columns.length === 1 ? '' : 's'} ${columns.join(', ')}`;
}

/**
 * The one driver behind every kind of import: maps a CSV header or JSON keys onto the schema's columns,
 * normalises values, validates each record, and reports duplicate ids. Rows and errors accumulate in
 * `rows` and `errors`; a streaming caller may take them out between chunks.
 */
export class ImportRowCollector<T> implements RecordSink {
  rows: ImportedRow<T>[] = [];
  errors: RowError[] = [];
  stopped = false;
  /** Set when the file ends in the middle of this line, which may mean that it was cut short. */
  unfinishedLastLine: number | undefined;

  readonly #spec: ImportRowSpec<T>;
  readonly #columns: string[];
  readonly #requiredColumns: string[];
  readonly #columnIndexes: Map<string, number>;
  readonly #jsonKeyIndexes = new Map<string, number>();
  /** For each schema column, its position in the CSV header or -1; null until the header is read. */
  #csvPositions: number[] | null = null;
  #headerLength = 0;
  readonly #seenIds = new IdFingerprints();

  constructor(spec: ImportRowSpec<T>) {
    this.#spec = spec;
    const shape = spec.columns.shape;
    this.#columns = Object.keys(shape);
    this.#requiredColumns = this.#columns.filter((column) => shape[column]?.safeParse(undefined).success === false);
    this.#columnIndexes = new Map(this.#columns.map((column, index) => [column, index]));
    if (!this.#columnIndexes.has(ID_COLUMN)) throw new Error(`an import schema needs an "${ID_COLUMN}" column`);
  }

  addError(line: number, message: string, options: { stop?: boolean } = {}): void {
    this.errors.push({ line, message });
    if (options.stop === true) this.stopped = true;
  }

  addUnfinishedLastLine(line: number): void {
    // A reader that stopped early has not seen the end of the file.
    if (!this.stopped) this.unfinishedLastLine = line;
  }

  addCsvRecord(fields: string[], line: number): void {
    if (this.stopped) return;
    const positions = this.#csvPositions;
    if (positions === null) {
      if (!isBlankRecord(fields)) this.#readHeader(fields, line);
      return;
    }
    if (fields.length !== this.#headerLength) {
      if (isBlankRecord(fields)) return;
      const counts = `has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${this.#headerLength}`;
      const hint = fields.length > this.#headerLength ? '; a value that contains a comma must be in double quotes' : '';
      this.addError(line, counts + hint);
      return;
    }
    // Spreadsheets save rows of empty cells (`,,,,`) below the data.
    if (isBlankRecord(fields)) return;
    const values = new Array<unknown>(positions.length);
    for (let index = 0; index < positions.length; index++) {
      const position = positions[index] ?? -1;
      values[index] = position < 0 ? undefined : fields[position];
    }
    this.#addValues(values, line);
  }

  addJsonObject(object: Record<string, unknown>, line: number): void {
    if (this.stopped) return;
    const values = new Array<unknown>(this.#columns.length);
    for (const key in object) {
      const index = this.#indexOfJsonKey(key);
      if (index < 0) continue;
      if (values[index] !== undefined) {
        this.addError(line, `${this.#columns[index]}: given more than once`);
        return;
      }
      values[index] = object[key];
    }
    this.#addValues(values, line);
  }

  #indexOfJsonKey(key: string): number {
    let index = this.#jsonKeyIndexes.get(key);
    if (index === undefined) {
      index = this.#columnIndexes.get(normalizeColumnName(key)) ?? -1;
      if (this.#jsonKeyIndexes.size < MAX_CACHED_JSON_KEYS) this.#jsonKeyIndexes.set(key, index);
    }
    return index;
  }

  #readHeader(fields: string[], line: number): void {
    const names = fields.map(normalizeColumnName);
    const missing = this.#requiredColumns.filter((column) => !names.includes(column));
    if (missing.length > 0) {
      this.addError(line, `the header lacks the required ${listColumns(missing)}`, { stop: true });
      return;
    }
    const repeated = this.#columns.filter((column) => names.indexOf(column) !== names.lastIndexOf(column));
    if (repeated.length > 0) {
      this.addError(line, `the header has the ${listColumns(repeated)} more than once`, { stop: true });
      return;
    }
    this.#csvPositions = this.#columns.map((column) => names.indexOf(column));
    this.#headerLength = fields.length;
  }

  #addValues(values: unknown[], line: number): void {
    const input: Record<string, unknown> = {};
    for (let index = 0; index < this.#columns.length; index++) {
      input[this.#columns[index] ?? ''] = normalizeValue(values[index]);
    }
    const result = this.#spec.columns.safeParse(input);
    const issues = result.success ? [] : result.error.issues;
    const duplicateOf = this.#firstLineOfId(input[ID_COLUMN], line);
    if (result.success && duplicateOf === undefined) {
      this.rows.push({ line, value: this.#spec.toRow(result.data) });
      return;
    }
    const owner = this.#ownerOf(input, issues);
    const refused = (message: string): RowError => (owner === undefined ? { line, message } : { line, message, owner });
    if (duplicateOf !== undefined) {
      this.errors.push(refused(`${ID_COLUMN}: duplicate id ${JSON.stringify(input[ID_COLUMN])}, first seen on line ${duplicateOf}`));
    }
    for (const issue of issues) {
      const column = issue.path[0];
      this.errors.push(refused(column === undefined ? issue.message : `${String(column)}: ${issue.message}`));
    }
  }

  /**
   * The line where this id was first seen, if it was. Remembers the first line of every id, valid row or not,
   * so that fixing that row cannot reveal a clash.
   */
  #firstLineOfId(id: unknown, line: number): number | undefined {
    return typeof id === 'string' ? this.#seenIds.firstLineOf(id, line) : undefined;
  }

  /** The owner a record names, unless its owner column is missing or refused (then it could be anyone's). */
  #ownerOf(input: Record<string, unknown>, issues: readonly { path: PropertyKey[] }[]): string | undefined {
    const column = this.#spec.ownerColumn;
    if (column === undefined) return undefined;
    const value = input[column];
    if (typeof value !== 'string' || issues.some((issue) => issue.path[0] === column)) return undefined;
    return value;
  }
}
