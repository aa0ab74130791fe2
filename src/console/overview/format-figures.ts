const counts = new Intl.NumberFormat('en-GB');
const shares = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

export function formatCount(count: number): string {
  return counts.format(count);
}

/** `—` when there is nothing to divide: "0%" would claim that nothing was resolved. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : shares.format(share);
}

/** `4.2 s`, `3 min 20 s`, `2 h 5 min`, `1 d 3 h`: two units at most, enough to compare periods. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${seconds < 10 ? Math.round(seconds * 10) / 10 : Math.round(seconds)} s`;
  const units = [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ] as const;
  const rounded = Math.round(seconds);
  const first = units.findIndex(([, size]) => rounded >= size);
  const [bigName, bigSize] = units[first]!;
  const [smallName, smallSize] = units[first + 1]!;
  const big = Math.floor(rounded / bigSize);
  const small = Math.floor((rounded - big * bigSize) / smallSize);
  return small === 0 ? `${big} ${bigName}` : `${big} ${bigName} ${small} ${smallName}`;
}
