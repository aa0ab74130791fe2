import { describe, expect, it } from 'vitest';
import { createImportProgress, formatImportProgress, type ImportProgressState } from './import-progress.ts';
import { formatCount } from './import-report.ts';

const reading: ImportProgressState = {
  name: 'credentials.csv',
  rows: 120_000,
  bytesRead: 8_100_000,
  totalBytes: 40_200_000,
  elapsedMs: 2_000,
  readingDone: false,
};

describe('formatImportProgress', () => {
  it('shows the rows read, the bytes of the total with a percentage, and the rate', () => {
    expect(formatImportProgress(reading)).toBe('credentials.csv: 120,000 rows, 8.1 MB of 40.2 MB (20%), 60,000 rows/s');
  });

  it('shows the bytes alone when the size is unknown, and no rate before any time has passed', () => {
    expect(formatImportProgress({ ...reading, rows: 1, bytesRead: 512, totalBytes: null, elapsedMs: 0 })).toBe(
      'credentials.csv: 1 row, 512 B',
    );
  });

  it('picks a unit that keeps the number short', () => {
    const bytes = (bytesRead: number) => formatImportProgress({ ...reading, bytesRead, totalBytes: null, elapsedMs: 0 });
    expect(bytes(999)).toBe('credentials.csv: 120,000 rows, 999 B');
    expect(bytes(1_000)).toBe('credentials.csv: 120,000 rows, 1.0 kB');
    expect(bytes(999_960)).toBe('credentials.csv: 120,000 rows, 1.0 MB');
    expect(bytes(2_345_678_901)).toBe('credentials.csv: 120,000 rows, 2.3 GB');
  });

  it('never shows more than 100%, even for a file that grew while it was read', () => {
    expect(formatImportProgress({ ...reading, bytesRead: 50_000_000 })).toContain('(100%)');
  });

  it('says when reading is done and the database is finishing the import', () => {
    expect(formatImportProgress({ ...reading, rows: 1_204_000, bytesRead: 40_200_000, elapsedMs: 22_400, readingDone: true })).toBe(
      'credentials.csv: all 1,204,000 rows read (40.2 MB, 22 s); writing to the database…',
    );
    expect(formatImportProgress({ ...reading, elapsedMs: 1_250, readingDone: true })).toContain('(8.1 MB, 1.3 s)');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect([0, 999, 1_204, 5_000_000].map(formatCount)).toEqual(['0', '999', '1,204', '5,000,000']);
  });
});

/** A terminal that records what is written to it, and a clock the test moves. */
function fakeTerminal(options: { isTTY: boolean; columns?: number }) {
  const writes: string[] = [];
  let time = 1_000;
  return {
    writes,
    stream: { ...options, write: (text: string) => writes.push(text) },
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
  };
}

describe('createImportProgress', () => {
  it('writes nothing at all when the stream is not a terminal', () => {
    const terminal = fakeTerminal({ isTTY: false });
    const progress = createImportProgress({ stream: terminal.stream, file: 'a.csv', totalBytes: 100, now: terminal.now });
    for (let step = 0; step < 10; step++) {
      terminal.advance(1_000);
      progress.addBytes(10);
      progress.addRows(100);
    }
    progress.readingDone();
    progress.clear();
    progress.finish();
    expect(terminal.writes).toEqual([]);
  });

  it('redraws one line in place at most four times a second, and clears it at the end', () => {
    const terminal = fakeTerminal({ isTTY: true });
    const progress = createImportProgress({ stream: terminal.stream, file: '/data/in/a.csv', totalBytes: 1_000, now: terminal.now });
    progress.addBytes(100);
    progress.addRows(10);
    expect(terminal.writes).toEqual([]);
    for (let step = 0; step < 10; step++) {
      terminal.advance(50);
      progress.addRows(10);
    }
    // 500 ms of updates every 50 ms: drawn at 250 and 500 ms.
    expect(terminal.writes).toEqual([
      '\r\u001b[Ka.csv: 60 rows, 100 B of 1.0 kB (10%), 240 rows/s',
      '\r\u001b[Ka.csv: 110 rows, 100 B of 1.0 kB (10%), 220 rows/s',
    ]);
    progress.finish();
    expect(terminal.writes.at(-1)).toBe('\r\u001b[K');
    terminal.advance(1_000);
    progress.addRows(10);
    expect(terminal.writes).toHaveLength(3);
  });

  it('writes nothing for an import over before the first redraw', () => {
    const terminal = fakeTerminal({ isTTY: true });
    const progress = createImportProgress({ stream: terminal.stream, file: 'a.csv', totalBytes: 100, now: terminal.now });
    terminal.advance(100);
    progress.addRows(5);
    progress.readingDone();
    progress.finish();
    expect(terminal.writes).toEqual([]);
  });

  it('says at once that reading is done, once an import has lasted long enough to be watched', () => {
    const terminal = fakeTerminal({ isTTY: true });
    const progress = createImportProgress({ stream: terminal.stream, file: 'a.csv', totalBytes: 100, now: terminal.now });
    terminal.advance(200);
    progress.addBytes(100);
    terminal.advance(100);
    progress.addRows(5);
    terminal.advance(1);
    progress.readingDone();
    // Timed from the first bytes read: opening the database before is no part of reading.
    expect(terminal.writes.at(-1)).toBe('\r\u001b[Ka.csv: all 5 rows read (100 B, 0.1 s); writing to the database…');
  });

  it('takes the line away for other output, and draws it again on the next update that is due', () => {
    const terminal = fakeTerminal({ isTTY: true });
    const progress = createImportProgress({ stream: terminal.stream, file: 'a.csv', totalBytes: null, now: terminal.now });
    terminal.advance(250);
    progress.addRows(1);
    progress.clear();
    progress.clear();
    expect(terminal.writes.slice(1)).toEqual(['\r\u001b[K']);
    terminal.advance(250);
    progress.addRows(1);
    expect(terminal.writes).toHaveLength(3);
    expect(terminal.writes[2]).toMatch(/^\r\u001b\[Ka\.csv: 2 rows/);
  });

  it('cuts a line that would not fit the terminal, which would wrap and not be redrawn in place', () => {
    const terminal = fakeTerminal({ isTTY: true, columns: 20 });
    const progress = createImportProgress({ stream: terminal.stream, file: 'credentials.csv', totalBytes: 1_000, now: terminal.now });
    terminal.advance(250);
    progress.addRows(1);
    expect(terminal.writes).toEqual(['\r\u001b[Kcredentials.csv: 1…']);
  });
});
