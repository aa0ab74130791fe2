import { type MessageReading, gramText, namedFeatureIndex, namedFeatures, visitGrams } from './intent-features.ts';

/**
 * A logistic-regression model over hashed features, as `npm run train:intent` writes it: the raw
 * score is the sum of the weights of the features present, and a fitted logistic curve (Platt
 * scaling, fitted on scores of messages each model had not seen during cross-validation) turns it into
 * the probability that a message is a missing-credential request.
 */
export interface IntentModel {
  format: 1;
  /** Features are hashed into 2^hashBits slots. */
  hashBits: number;
  intercept: number;
  /** [slot, weight] for every slot whose weight is not zero. */
  weights: [number, number][];
  calibration: { slope: number; intercept: number };
  /** What it was trained on, for people reading the file. */
  trainedOn: { files: string[]; messages: number; positives: number };
}

export interface CompiledModel {
  hashBits: number;
  /** Dense weights, written once when the model is compiled and only read after. */
  weights: Float32Array;
  intercept: number;
  calibration: { slope: number; intercept: number };
}

export function compileModel(model: IntentModel): CompiledModel {
  if (model.format !== 1 || !Number.isInteger(model.hashBits) || model.hashBits < 8 || model.hashBits > 24) {
    throw new Error('intent model: unsupported format or hash size');
  }
  const weights = new Float32Array(2 ** model.hashBits);
  for (const [slot, weight] of model.weights) weights[slot] = weight;
  return { hashBits: model.hashBits, weights, intercept: model.intercept, calibration: model.calibration };
}

export interface Scored {
  /** The model's raw score: the sum of the weights of the message's features. */
  score: number;
  reasons: string[];
}

/** The same sum as the dot product of `extractFeatures`' vector with the weights, without building the vector. */
export function scoreReading(model: CompiledModel, reading: MessageReading): Scored {
  const { weights, hashBits } = model;
  let charSum = 0;
  let wordSum = 0;
  const counts = visitGrams(
    gramText(reading),
    hashBits,
    (slot) => {
      charSum += weights[slot]!;
    },
    (slot) => {
      wordSum += weights[slot]!;
    },
  );
  const { features, reasons } = namedFeatures(reading, counts.words / 2);
  let score = model.intercept;
  for (const name of features) score += weights[namedFeatureIndex(name, hashBits)]!;
  if (counts.chars > 0) score += charSum / Math.sqrt(counts.chars);
  if (counts.words > 0) score += wordSum / Math.sqrt(counts.words);
  return { score, reasons };
}

export function calibratedProbability(calibration: CompiledModel['calibration'], score: number): number {
  return 1 / (1 + Math.exp(-(calibration.slope * score + calibration.intercept)));
}
