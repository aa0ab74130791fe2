import { describe, expect, it } from 'vitest';
import { IdFingerprints } from './id-fingerprints.ts';

describe('IdFingerprints', () => {
  it('remembers the line where each id was first seen, across many ids', () => {
    const seen = new IdFingerprints();
    const ids = Array.from({ length: 100_000 }, (_, n) => `cred-${n.toString(36)}`);
    ids.forEach((id, index) => expect(seen.firstLineOf(id, index + 2)).toBeUndefined());
    const repeats = [0, 1, 4_095, 4_096, 77_777, 99_999];
    expect(repeats.map((index) => seen.firstLineOf(ids[index] as string, 999_999))).toEqual(repeats.map((index) => index + 2));
  });

  it('tells apart ids that differ only in order, case, a character or its encoding', () => {
    const seen = new IdFingerprints();
    const ids = ['ab1', 'ba1', 'AB1', 'ab2', 'ab1 ', 'é', 'e\u0301', '😀', '\uD83D', ''];
    ids.forEach((id, index) => expect(seen.firstLineOf(id, index + 1)).toBeUndefined());
  });
});
