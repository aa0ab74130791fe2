import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../core/intent/classify.ts';
import { CREDENTIAL_REQUEST_TEXT } from './slack-labels.ts';

describe('CREDENTIAL_REQUEST_TEXT', () => {
  it('reads as a missing-credential request, alone or before an address', () => {
    expect(classifyMessage(CREDENTIAL_REQUEST_TEXT).intent).toBe('missing_credential');
    expect(classifyMessage(`${CREDENTIAL_REQUEST_TEXT}\n\nmaria.lopez@example.com`).intent).toBe('missing_credential');
  });
});
