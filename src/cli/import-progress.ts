import path from 'node:path';
import { formatCount } from './import-report.ts';

/*
 * The progress of an import, for an operator watching a terminal: one line, redrawn in place. Only a terminal
 * gets it: on a pipe, in a CI log or under a test, the carriage returns would leave a line per redraw, so
 * nothing is written there and the output stays the problems and the summary.
 */

/** Redraws at most this often: a line changing faster cannot be read, and each redraw is a write. */
const REDRAW_INTERVAL_MS = 250;
const CLEAR_LINE = '\r\u001b[K';

export interface ImportProgressState {
  /** The file's name as shown: its base name, as a path could fill the line. */
  name: string;
  /** Rows read so far, valid or not. */
  rows: number;
  bytesRead: number;
  /** The file's size; null when it has none to tell (a pipe). */
  totalBytes: number | null;
  /** Since the first bytes were read (opening the database comes before, and is no part of the rate). */
  elapsedMs: number;
  /** Every row is read, and the database is finishing the import (the upsert, an index rebuild). */
  readingDone: boolean;
}

/** The progress line, e.g. `credentials.csv: 120,000 rows, 8.1 MB of 40.2 MB (20%), 54,321 rows/s`. */
export function formatImportProgress(state: ImportProgressState): string {
  const rows = `${formatCount(state.rows)} row${state.rows === 1 ? '' : 's'}`;
  if (state.readingDone) {
    return `${state.name}: all ${rows} read (${formatBytes(state.bytesRead)}, ${formatSeconds(state.elapsedMs)}); writing to the database…`;
  }
  const { bytesRead, totalBytes } = state;
  const bytes =
    totalBytes === null || totalBytes <= 0
      ? formatBytes(bytesRead)
      : `${formatBytes(bytesRead)} of ${formatBytes(totalBytes)} (${Math.min(100, Math.floor((bytesRead / totalBytes) * 100))}%)`;
  const rate = state.elapsedMs > 0 ? `, ${formatCount(Math.round((state.rows * 1000) / state.elapsedMs))} rows/s` : '';
  return `${state.name}: ${rows}, ${bytes}${rate}`;
}

const BYTE_UNITS = ['kB', 'MB', 'GB', 'TB'];

/** Decimal units with one decimal: `512 B`, `8.1 MB`. */
function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.95 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}

function formatSeconds(milliseconds: number): string {
  return milliseconds < 10_000 ? `${(milliseconds / 1000).toFixed(1)} s` : `${formatCount(Math.round(milliseconds / 1000))} s`;
}

/** What the reporter writes to: process.stderr, or a fake in a test. */
export interface ProgressStream {
  isTTY?: boolean;
  /** The terminal's width, when known: a longer line would wrap, and the next redraw could not take it back. */
  columns?: number;
  write(text: string): unknown;
}

export interface ImportProgress {
  addBytes(count: number): void;
  addRows(count: number): void;
  /** Every row is read: says so at once, as finishing a large import takes a while with no rows to count. */
  readingDone(): void;
  /** Takes the line away before other output goes to the same stream; the next update draws it again. */
  clear(): void;
  /** Takes the line away for good. */
  finish(): void;
}

export interface ImportProgressOptions {
  stream: ProgressStream;
  file: string;
  totalBytes: number | null;
  /** Milliseconds, for the rate and the redraw interval; a test passes its own clock. */
  now?: () => number;
}

const SILENT: ImportProgress = { addBytes() {}, addRows() {}, readingDone() {}, clear() {}, finish() {} };

/** A progress line on `stream` if it is a terminal; otherwise a reporter that writes nothing. */
export function createImportProgress(options: ImportProgressOptions): ImportProgress {
  const { stream, totalBytes, now = () => performance.now() } = options;
  if (stream.isTTY !== true) return SILENT;
  const startedAt = now();
  let readingFrom: number | null = null;
  const state: ImportProgressState = { name: path.basename(options.file), rows: 0, bytesRead: 0, totalBytes, elapsedMs: 0, readingDone: false };
  // The first line waits one interval too: an import over by then needs none.
  let drawnAt = startedAt;
  let shown = false;
  let finished = false;

  const draw = (at: number) => {
    state.elapsedMs = readingFrom === null ? 0 : at - readingFrom;
    let line = formatImportProgress(state);
    if (stream.columns !== undefined && stream.columns > 1 && line.length >= stream.columns) {
      line = `${line.slice(0, stream.columns - 2)}…`;
    }
    stream.write(`${CLEAR_LINE}${line}`);
    drawnAt = at;
    shown = true;
  };
  const drawIfDue = () => {
    const at = now();
    if (!finished && at - drawnAt >= REDRAW_INTERVAL_MS) draw(at);
  };
  const clear = () => {
    if (shown) stream.write(CLEAR_LINE);
    shown = false;
  };

  return {
    addBytes(count) {
      readingFrom ??= now();
      state.bytesRead += count;
    },
    addRows(count) {
      state.rows += count;
      drawIfDue();
    },
    readingDone() {
      state.readingDone = true;
      const at = now();
      if (!finished && at - startedAt >= REDRAW_INTERVAL_MS) draw(at);
    },
    clear,
    finish() {
      clear();
      finished = true;
    },
  };
}
