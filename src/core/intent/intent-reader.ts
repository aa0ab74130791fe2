import { createIntentNormaliser } from './classify-normalise.ts';
import { splitQuotedThread } from './classify-thread.ts';
import { createSignalDetector } from './intent-detect.ts';
import { type MessageReading, isReference } from './intent-features.ts';

/**
 * A learner's request sits at the top of a message; past this point there are only signatures,
 * disclaimers and pasted history, and classification must stay cheap whatever lands in a ticket.
 */
const MAX_ANALYSED_LENGTH = 20_000;

export interface IntentReader {
  /** Reads a message the way the model was trained to: the fresh part, and the quoted thread when it says what it is about. */
  readMessage(text: string): MessageReading;
}

/**
 * A reader owns the scratch state reading needs (the normaliser's buffer and spelling memo, the
 * detector's marks), so that the core keeps none at module level. Reuse one: creating it allocates
 * that state. Not for use by two callers at once, which plain synchronous code never does.
 */
export function createIntentReader(): IntentReader {
  const normalise = createIntentNormaliser();
  const detectSignals = createSignalDetector();
  return {
    readMessage(text: string): MessageReading {
      const { fresh, quoted } = splitQuotedThread(text.slice(0, MAX_ANALYSED_LENGTH));
      const normalised = normalise(fresh);
      let detection = detectSignals(normalised);
      let detectedText = normalised;
      let readQuotedThread = false;
      let namedInThread = false;
      if (quoted.trim() !== '') {
        if (detection.hits.length === 0) {
          // "Any news?" above a quoted thread: the earlier messages say what it is about.
          detectedText = normalise(`${fresh}\n\n${quoted}`);
          detection = detectSignals(detectedText);
          readQuotedThread = true;
        } else if (!detection.hits.some(isReference)) {
          // What is said comes from the reply; only what it is about may come from the thread.
          namedInThread = detectSignals(normalise(quoted)).hits.some(isReference);
          readQuotedThread = namedInThread;
        }
      }
      return { fresh, normalised, detection, detectedText, namedInThread, readQuotedThread };
    },
  };
}
