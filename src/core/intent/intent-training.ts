import type { FeatureVector } from './intent-features.ts';
import type { IntentModel } from './intent-model.ts';
import { createSeededRandom as seededRandom } from '../seeded-random.ts';

/**
 * Fitting the intent model: L2-regularised logistic regression over hashed features, trained by
 * AdaGrad in a fixed, seeded order (so the same corpus always gives the same model), then Platt scaling
 * fitted on cross-validated scores, because a model's scores on its own training messages are
 * overconfident. Run offline by `npm run train:intent`; nothing here runs in the service.
 */

export interface TrainingExample {
  vector: FeatureVector;
  positive: boolean;
}

export interface TrainingOptions {
  hashBits: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty per example seen. */
  l2: number;
  folds: number;
  seed: number;
}

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  hashBits: 18,
  epochs: 30,
  learningRate: 0.3,
  l2: 1e-5,
  folds: 5,
  seed: 20261206,
};

/** Weights this small change no probability by a thousandth; leaving them out keeps the file small. */
const PRUNE_BELOW = 5e-4;

interface LinearModel {
  weights: Float64Array;
  intercept: number;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

function sigmoid(score: number): number {
  return 1 / (1 + Math.exp(-score));
}

function scoreLinear(model: LinearModel, vector: FeatureVector): number {
  let score = model.intercept;
  for (let index = 0; index < vector.indices.length; index++) score += model.weights[vector.indices[index]!]! * vector.values[index]!;
  return score;
}

function fitLinear(examples: readonly TrainingExample[], options: TrainingOptions): LinearModel {
  const size = 2 ** options.hashBits;
  const weights = new Float64Array(size);
  const squaredGradients = new Float64Array(size);
  let intercept = 0;
  let interceptSquared = 0;
  const positives = examples.filter((example) => example.positive).length;
  // Each class weighs as much as the other in total, whatever the corpus's balance.
  const positiveWeight = examples.length / (2 * Math.max(1, positives));
  const negativeWeight = examples.length / (2 * Math.max(1, examples.length - positives));
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const example of shuffled(examples, random)) {
      const predicted = sigmoid(scoreLinear({ weights, intercept }, example.vector));
      const error = (predicted - (example.positive ? 1 : 0)) * (example.positive ? positiveWeight : negativeWeight);
      const { indices, values } = example.vector;
      for (let index = 0; index < indices.length; index++) {
        const slot = indices[index]!;
        const gradient = error * values[index]! + options.l2 * weights[slot]!;
        squaredGradients[slot]! += gradient * gradient;
        weights[slot]! -= (options.learningRate * gradient) / (Math.sqrt(squaredGradients[slot]!) + 1e-8);
      }
      interceptSquared += error * error;
      intercept -= (options.learningRate * error) / (Math.sqrt(interceptSquared) + 1e-8);
    }
  }
  return { weights, intercept };
}

/** Platt scaling by Newton's method, with Platt's smoothed targets so that no score is certain. */
export function fitCalibration(scores: readonly number[], labels: readonly boolean[]): { slope: number; intercept: number } {
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  let slope = 1;
  let intercept = 0;
  for (let iteration = 0; iteration < 100; iteration++) {
    let gradientSlope = 0;
    let gradientIntercept = 0;
    let hessianSS = 1e-9;
    let hessianSI = 0;
    let hessianII = 1e-9;
    for (let index = 0; index < scores.length; index++) {
      const score = scores[index]!;
      const target = labels[index] ? high : low;
      const predicted = sigmoid(slope * score + intercept);
      const error = predicted - target;
      const curvature = predicted * (1 - predicted);
      gradientSlope += error * score;
      gradientIntercept += error;
      hessianSS += curvature * score * score;
      hessianSI += curvature * score;
      hessianII += curvature;
    }
    const determinant = hessianSS * hessianII - hessianSI * hessianSI;
    if (Math.abs(determinant) < 1e-12) break;
    const stepSlope = (hessianII * gradientSlope - hessianSI * gradientIntercept) / determinant;
    const stepIntercept = (hessianSS * gradientIntercept - hessianSI * gradientSlope) / determinant;
    slope -= stepSlope;
    intercept -= stepIntercept;
    if (Math.abs(stepSlope) < 1e-9 && Math.abs(stepIntercept) < 1e-9) break;
  }
  return { slope, intercept };
}

export interface CrossValidation {
  /** Each example's raw score from the model that did not see it, in the order given. */
  heldOutScores: number[];
}

export function crossValidate(examples: readonly TrainingExample[], options: TrainingOptions): CrossValidation {
  const random = seededRandom(options.seed ^ 0x5f3759df);
  const order = shuffled(examples.map((_, index) => index), random);
  const foldOf = new Array<number>(examples.length);
  order.forEach((exampleIndex, position) => {
    foldOf[exampleIndex] = position % options.folds;
  });
  const heldOutScores = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < options.folds; fold++) {
    const model = fitLinear(examples.filter((_, index) => foldOf[index] !== fold), options);
    examples.forEach((example, index) => {
      if (foldOf[index] === fold) heldOutScores[index] = scoreLinear(model, example.vector);
    });
  }
  return { heldOutScores };
}

function roundWeight(weight: number): number {
  return Math.round(weight * 10_000) / 10_000;
}

export interface TrainedModel {
  model: IntentModel;
  crossValidation: CrossValidation;
}

export function trainIntentModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions,
  trainedOn: Omit<IntentModel['trainedOn'], 'messages' | 'positives'>,
): TrainedModel {
  const crossValidation = crossValidate(examples, options);
  const calibration = fitCalibration(crossValidation.heldOutScores, examples.map((example) => example.positive));
  const linear = fitLinear(examples, options);
  const weights: [number, number][] = [];
  linear.weights.forEach((weight, slot) => {
    if (Math.abs(weight) >= PRUNE_BELOW) weights.push([slot, roundWeight(weight)]);
  });
  return {
    model: {
      format: 1,
      hashBits: options.hashBits,
      intercept: roundWeight(linear.intercept),
      weights,
      calibration: { slope: Math.round(calibration.slope * 1e6) / 1e6, intercept: Math.round(calibration.intercept * 1e6) / 1e6 },
      trainedOn: {
        ...trainedOn,
        messages: examples.length,
        positives: examples.filter((example) => example.positive).length,
      },
    },
    crossValidation,
  };
}
