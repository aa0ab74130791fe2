/**
 * True when `a` and `b` are equal or one edit apart: one insertion, deletion or substitution of a
 * character, or one transposition of two adjacent characters (optimal string alignment distance ≤ 1).
 * Characters are Unicode code points, as PostgreSQL counts them. O(n).
 */
export function isWithinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  // One edit changes the UTF-16 length by at most 2 (an astral character inserted or deleted): a cheap
  // rejection before splitting into code points, which matters when every import row checks its domain.
  if (Math.abs(a.length - b.length) > 2) return false;
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;

  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;

  if (x.length === y.length) {
    const substituted = areTailsEqual(x, i + 1, y, i + 1);
    const transposed = x[i] === y[i + 1] && x[i + 1] === y[i] && areTailsEqual(x, i + 2, y, i + 2);
    return substituted || transposed;
  }
  const [longer, shorter] = x.length > y.length ? [x, y] : [y, x];
  return areTailsEqual(longer, i + 1, shorter, i);
}

function areTailsEqual(x: string[], i: number, y: string[], j: number): boolean {
  if (x.length - i !== y.length - j) return false;
  for (; i < x.length; i++, j++) {
    if (x[i] !== y[j]) return false;
  }
  return true;
}
