import { describe, expect, it } from 'vitest';
import { maskEmail } from './mask.ts';

describe('maskEmail', () => {
  it('keeps the first character and the domain only', () => {
    expect(maskEmail('alice@example.com')).toBe('a•••@example.com');
  });
  it('hides a string that is not an address entirely', () => {
    expect(maskEmail('not-an-address')).toBe('•••');
  });
});
