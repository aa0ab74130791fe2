import { normaliseForIntent } from './classify-normalise.ts';
import { splitQuotedThread } from './classify-thread.ts';
import { type SignalHit, detectSignals } from './intent-detect.ts';
import { scoreSignals } from './intent-score.ts';

export type Intent = 'missing_credential' | 'other';

export interface Classification {
  intent: Intent;
  /** 0..1: how sure the classifier is of `intent`. */
  confidence: number;
  /** Names of the signals that fired, for explaining a decision. */
  reasons: string[];
}

/**
 * A learner's request sits at the top of a message; past this point there are only signatures,
 * disclaimers and pasted history, and classification must stay cheap whatever lands in a ticket.
 */
const MAX_ANALYSED_LENGTH = 20_000;

function isReference(hit: SignalHit): boolean {
  return hit.signal.family === 'reference' || hit.signal.family === 'implied_reference';
}

function logistic(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

/**
 * Decides whether a support message is a learner saying they have not received, or have lost,
 * their certificate, badge or other credential. Pure and deterministic; no network, no state
 * beyond a bounded spelling memo.
 */
export function classifyMessage(text: string): Classification {
  const { fresh, quoted } = splitQuotedThread(text.slice(0, MAX_ANALYSED_LENGTH));
  let detection = detectSignals(normaliseForIntent(fresh));
  let readQuotedThread = false;
  let namedInThread = false;
  if (quoted.trim() !== '') {
    if (detection.hits.length === 0) {
      // "Any news?" above a quoted thread: the earlier messages say what it is about.
      detection = detectSignals(normaliseForIntent(`${fresh}\n\n${quoted}`));
      readQuotedThread = true;
    } else if (!detection.hits.some(isReference)) {
      // What is said comes from the reply; only what it is about may come from the thread.
      namedInThread = detectSignals(normaliseForIntent(quoted)).hits.some(isReference);
      readQuotedThread = namedInThread;
    }
  }
  const { score, reasons } = scoreSignals(detection, namedInThread);
  if (readQuotedThread) reasons.push('context:quoted_thread');
  const probability = logistic(score);
  const intent: Intent = score > 0 ? 'missing_credential' : 'other';
  const confidence = intent === 'missing_credential' ? probability : 1 - probability;
  return { intent, confidence: Math.round(confidence * 1000) / 1000, reasons };
}
