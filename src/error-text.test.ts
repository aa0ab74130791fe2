import { describe, expect, it } from 'vitest';
import { errorText, statementParametersOf } from './error-text.ts';

describe('errorText', () => {
  it('withholds the values a cause carries (jsonb as JSON and its texts), and masks addresses', () => {
    const payload = { text: 'please resend my badge', from: 'robin@school.example' };
    const cause = Object.assign(new Error(`insert failed for ${JSON.stringify(payload)}`), { params: ['cli', payload] });
    const error = new Error(`Failed query: insert into inbox values ($1, $2)\nparams: cli,please resend my badge`, { cause });

    expect(statementParametersOf(error)).toContain('please resend my badge');
    expect(errorText(error)).toBe('Failed query: insert into inbox values ($1, $2)\nparams: cli,[value withheld]');
    expect(errorText(cause)).toBe('insert failed for [value withheld]');
  });

  it('leaves an error without statement values as it is, addresses masked', () => {
    expect(errorText(new Error('550 5.1.1 <robin@school.example>... User unknown'))).toBe('550 5.1.1 <r•••@school.example>... User unknown');
    expect(errorText('plain text')).toBe('plain text');
  });
});
