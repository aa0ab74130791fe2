import { describe, expect, it } from 'vitest';
import { createIntentClassifier } from '../core/intent/classify.ts';
import { TRAINED_INTENT_MODEL } from '../core/intent/intent-model-default.ts';

const { classify: classifyMessage } = createIntentClassifier(TRAINED_INTENT_MODEL);
import { LANGUAGES } from '../core/messages/languages.ts';
import { CREDENTIAL_REQUEST_TEXT, slackLabels } from './slack-labels.ts';

describe('CREDENTIAL_REQUEST_TEXT', () => {
  it('reads as a missing-credential request, alone or before an address', () => {
    expect(classifyMessage(CREDENTIAL_REQUEST_TEXT).intent).toBe('missing_credential');
    expect(classifyMessage(`${CREDENTIAL_REQUEST_TEXT}\n\nmaria.lopez@example.com`).intent).toBe('missing_credential');
  });
});

describe('slackLabels', () => {
  // Slack refuses a modal whose title, submit or close label is longer than 24 characters, and a button's over 75.
  it.each(LANGUAGES)('fit Slack’s limits in %s', (language) => {
    const labels = slackLabels(language);
    for (const label of [labels.modalTitle, labels.modalSubmit, labels.modalCancel]) expect(label.length, label).toBeLessThanOrEqual(24);
    expect(labels.useAnotherAddress.length).toBeLessThanOrEqual(75);
    expect(labels.sendToProfileAddress('m•••@example.com').length).toBeLessThanOrEqual(75);
  });
});
