import { loadavg } from 'node:os';

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export const megabytes = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** A plain-text table: the first row is the header; numbers are right-aligned. */
export function formatTable(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map((cell) => String(cell)));
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[], raw: (string | number)[]) =>
    row.map((cell, column) => (typeof raw[column] === 'number' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ');
  const [header, ...body] = cells;
  return [line(header!, rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map((row, index) => line(row, rows[index + 1]!))].join('\n');
}

/** The 1-minute load average now: the machine is shared, so every report says how busy it was. */
export function loadAverage(): number {
  return round(loadavg()[0] ?? 0, 2);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
