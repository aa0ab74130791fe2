import { describe, expect, it } from 'vitest';
import { createIntentClassifier } from '../core/intent/classify.ts';
import { TRAINED_INTENT_MODEL } from '../core/intent/intent-model-default.ts';

const { classify: classifyMessage } = createIntentClassifier(TRAINED_INTENT_MODEL);
import { CREDENTIAL_REQUEST_TEXT } from './slack-labels.ts';

describe('CREDENTIAL_REQUEST_TEXT', () => {
  it('reads as a missing-credential request, alone or before an address', () => {
    expect(classifyMessage(CREDENTIAL_REQUEST_TEXT).intent).toBe('missing_credential');
    expect(classifyMessage(`${CREDENTIAL_REQUEST_TEXT}\n\nmaria.lopez@example.com`).intent).toBe('missing_credential');
  });
});
