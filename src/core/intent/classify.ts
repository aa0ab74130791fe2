import { type MessageReading, isReference } from './intent-features.ts';
import { type IntentModel, calibratedProbability, compileModel, scoreReading } from './intent-model.ts';
import { readMessageLanguage } from './intent-language.ts';
import { createIntentReader } from './intent-reader.ts';
import { DEFAULT_INTENT_THRESHOLDS, type IntentBand, type IntentThresholds, areValidThresholds, bandFor } from './intent-thresholds.ts';

export { DEFAULT_INTENT_THRESHOLDS, type IntentBand, type IntentThresholds };

export type Intent = 'missing_credential' | 'other';

export interface Classification {
  /** `missing_credential` exactly when the band is `act` or `suggest`. */
  intent: Intent;
  band: IntentBand;
  /**
   * The calibrated probability (0..1) that the message is a missing-credential request: of the
   * messages scored about 0.8, about 80% are.
   */
  confidence: number;
  /** Names of the signals and rules that applied, for explaining a decision. */
  reasons: string[];
  /**
   * The language the message is written in, as its phrases and words tell (`en`, `es`, `pt`, `fr`, `de`, `ru`); null
   * when no one language leads, as in a short message or one that mixes languages.
   */
  language: string | null;
}

/** The message, or the thread it quotes, names a credential or stands in for one ("I finished the course…"). */
function namesCredential(reading: MessageReading): boolean {
  return reading.namedInThread || reading.detection.hits.some(isReference);
}

function isContrarySign(reason: string): boolean {
  return reason.startsWith('neg:');
}

export interface IntentClassifier {
  /** `thresholds`, when given, band this message instead of the classifier's own (staff may change them at run time). */
  classify(text: string, thresholds?: IntentThresholds): Classification;
}

/**
 * Decides whether a support message is a learner saying they have not received, or have lost,
 * their certificate, badge or other credential, and how sure that is. Pure and deterministic.
 */
export function createIntentClassifier(model: IntentModel, thresholds: IntentThresholds = DEFAULT_INTENT_THRESHOLDS): IntentClassifier {
  if (!areValidThresholds(thresholds)) {
    throw new Error('intent thresholds: need 0 < suggest <= act <= 1');
  }
  const compiled = compileModel(model);
  const reader = createIntentReader();
  return {
    classify(text: string, bandThresholds: IntentThresholds = thresholds): Classification {
      const reading = reader.readMessage(text);
      const { score, reasons } = scoreReading(compiled, reading);
      // Rounded before banding, so that the band always follows the confidence a person is shown.
      const confidence = Math.round(calibratedProbability(compiled.calibration, score) * 1000) / 1000;
      let band = bandFor(confidence, bandThresholds);
      // Answering on its own needs to know the message is about a credential: "I never received it" with no
      // thread to say what "it" is goes to a person, however sure the words sound.
      if (band === 'act' && !namesCredential(reading)) {
        band = 'suggest';
        reasons.push('rule:act_needs_a_credential_named');
      }
      // Nor does it answer alone over a sign pointing the other way (an organiser's voice, a bug report, a deletion,
      // another sense of the word): the score may still be high, but a person confirms it. Below halfway to `act`,
      // such a message is not even suggested: on real messages most of those were the other side's.
      const contrary = reasons.some(isContrarySign);
      if (band === 'act' && contrary) {
        band = 'suggest';
        reasons.push('rule:act_needs_no_contrary_sign');
      } else if (band === 'suggest' && contrary && confidence < (bandThresholds.suggest + bandThresholds.act) / 2) {
        band = 'ignore';
        reasons.push('rule:contrary_sign_needs_more');
      }
      return { intent: band === 'ignore' ? 'other' : 'missing_credential', band, confidence, reasons, language: readMessageLanguage(reading) };
    },
  };
}
