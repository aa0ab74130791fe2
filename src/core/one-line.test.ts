import { describe, expect, it } from 'vitest';
import { hasControlCharacters, splitLines, toOneLine } from './one-line.ts';

describe('toOneLine', () => {
  it('turns each run of line breaks, tabs and other controls into one space', () => {
    expect(toOneLine('Evil "Uni"\r\nBcc: attacker@x')).toBe('Evil "Uni" Bcc: attacker@x');
    expect(toOneLine('\tHarbour\u2028\u2029College\u0085of\u001b[31m Art \u0007')).toBe('Harbour College of [31m Art');
  });

  it('returns a name without control characters as it is', () => {
    expect(toOneLine('Université  de Genève')).toBe('Université  de Genève');
  });
});

describe('hasControlCharacters', () => {
  it('finds C0 and C1 controls and the Unicode separators, and nothing else', () => {
    for (const char of ['\t', '\n', '\r', '\u0000', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029']) {
      expect(hasControlCharacters(`a${char}b`)).toBe(true);
    }
    expect(hasControlCharacters('José Müller-Ōta, 山田 & Co (’`*_<>)')).toBe(false);
  });
});

describe('splitLines', () => {
  it('splits at every line break a channel could honour', () => {
    expect(splitLines('one\r\ntwo\rthree\nfour\u2028five\u2029six\u0085seven\vend')).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'end']);
  });
});
