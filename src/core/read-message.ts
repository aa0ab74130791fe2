import type { Classification } from './intent/classify.ts';
import type { InboundMessage } from './ports.ts';

/**
 * Everything the learner put into words: the subject line, when the channel has one, the earlier turn this message
 * continues, then the text. The core reads this (for the intent, addresses and issuers named); the text alone is
 * what is stored as the learner's message.
 */
export function wordsOf(message: Pick<InboundMessage, 'text' | 'subject' | 'earlierTurn'>): string {
  return [message.subject, message.earlierTurn, message.text].filter((part) => part !== undefined && part !== '').join('\n\n');
}

/** Reasons entry for a request the channel knew from a gesture. */
export const EXPLICIT_REQUEST_REASON = 'channel:send_my_credentials';

/**
 * How sure the core is that a message asks for credentials: the classifier's reading of its words, unless the
 * channel knows the learner asked (a button, a slash command), which is a request credbot acts on whatever the
 * words say. The classifier still runs then, for the language the words are in.
 */
export function classifyMessage(classify: (text: string) => Classification, message: Pick<InboundMessage, 'text' | 'subject' | 'earlierTurn' | 'requested'>): Classification {
  const classification = classify(wordsOf(message));
  if (message.requested !== 'send_my_credentials') return classification;
  return { ...classification, intent: 'missing_credential', band: 'act', confidence: 1, reasons: [...classification.reasons, EXPLICIT_REQUEST_REASON] };
}
