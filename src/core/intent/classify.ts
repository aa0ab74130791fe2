import { extractFeatures } from './intent-features.ts';
import { type IntentModel, calibratedProbability, compileModel, rawScore } from './intent-model.ts';
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
}

export interface IntentClassifier {
  classify(text: string): Classification;
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
    classify(text: string): Classification {
      const { vector, reasons } = extractFeatures(reader.readMessage(text), compiled.hashBits);
      const probability = calibratedProbability(compiled.calibration, rawScore(compiled, vector));
      const band = bandFor(probability, thresholds);
      return {
        intent: band === 'ignore' ? 'other' : 'missing_credential',
        band,
        confidence: Math.round(probability * 1000) / 1000,
        reasons,
      };
    },
  };
}
