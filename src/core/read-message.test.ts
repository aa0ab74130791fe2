import { describe, expect, it } from 'vitest';
import { createIntentClassifier } from './intent/classify.ts';
import { TRAINED_INTENT_MODEL } from './intent/intent-model-default.ts';
import { classifyMessage, EXPLICIT_REQUEST_REASON, wordsOf } from './read-message.ts';

const { classify } = createIntentClassifier(TRAINED_INTENT_MODEL);

describe('reading a message', () => {
  it('reads the subject line before the text', () => {
    expect(wordsOf({ text: 'It is for the spring course.', subject: 'Never got my certificate' })).toBe('Never got my certificate\n\nIt is for the spring course.');
    expect(wordsOf({ text: 'Just the words.' })).toBe('Just the words.');
  });

  it('reads the earlier turn a message continues before it, and the message alone as what was written', () => {
    const answer = { text: 'ann.b@example.org', earlierTurn: 'My badge for the first-aid course never came.' };
    expect(wordsOf(answer)).toBe('My badge for the first-aid course never came.\n\nann.b@example.org');
    expect(wordsOf({ ...answer, earlierTurn: '' })).toBe('ann.b@example.org');
  });

  it('finds the request in the subject when the text alone does not make one', () => {
    const text = 'It is for the spring course, thanks.';
    expect(classifyMessage(classify, { text }).intent).toBe('other');
    expect(classifyMessage(classify, { text, subject: 'I never received my certificate' }).intent).toBe('missing_credential');
  });

  it('acts on a request the channel knows from a gesture, with no words at all', () => {
    expect(classifyMessage(classify, { text: '' }).intent).toBe('other');
    const explicit = classifyMessage(classify, { text: '', requested: 'send_my_credentials' });
    expect(explicit).toMatchObject({ intent: 'missing_credential', band: 'act', confidence: 1 });
    expect(explicit.reasons).toContain(EXPLICIT_REQUEST_REASON);
  });
});
