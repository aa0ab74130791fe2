import { describe, expect, it } from 'vitest';
import { isPermanentRejection } from './smtp-rejection.ts';

describe('isPermanentRejection', () => {
  it('is a 5xx answer to the recipient or to the message', () => {
    expect(isPermanentRejection(Object.assign(new Error('550 5.1.1 user unknown'), { responseCode: 550, command: 'RCPT TO' }))).toBe(true);
    expect(isPermanentRejection(Object.assign(new Error('554 refused'), { responseCode: 554, command: 'DATA' }))).toBe(true);
  });

  it('is not a temporary refusal, a refused login, a refusal at the greeting, or a network error', () => {
    expect(isPermanentRejection(Object.assign(new Error('421 busy'), { responseCode: 421, command: 'RCPT TO' }))).toBe(false);
    expect(isPermanentRejection(Object.assign(new Error('535 bad login'), { responseCode: 535, command: 'AUTH PLAIN' }))).toBe(false);
    expect(isPermanentRejection(Object.assign(new Error('554 go away'), { responseCode: 554, command: 'CONN' }))).toBe(false);
    expect(isPermanentRejection(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }))).toBe(false);
    expect(isPermanentRejection('550')).toBe(false);
  });
});
