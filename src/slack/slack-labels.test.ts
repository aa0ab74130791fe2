import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../core/messages/languages.ts';
import { slackLabels } from './slack-labels.ts';

describe('slackLabels', () => {
  // Slack refuses a modal whose title, submit or close label is longer than 24 characters, and a button's over 75.
  it.each(LANGUAGES)('fit Slack’s limits in %s', (language) => {
    const labels = slackLabels(language);
    for (const label of [labels.modalTitle, labels.modalSubmit, labels.modalCancel]) expect(label.length, label).toBeLessThanOrEqual(24);
    expect(labels.useAnotherAddress.length).toBeLessThanOrEqual(75);
    expect(labels.sendToProfileAddress('m•••@example.com').length).toBeLessThanOrEqual(75);
  });
});
