import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSES_URL, readLabelledSets } from '../../../scripts/lib/labelled-sets.ts';
import { createIntentClassifier } from './classify.ts';
import { evaluate } from './intent-evaluation.ts';
import { extractFeatures, namedFeatures } from './intent-features.ts';
import { TRAINED_INTENT_MODEL } from './intent-model-default.ts';
import { compileModel, scoreReading } from './intent-model.ts';
import { createIntentReader } from './intent-reader.ts';

const reader = createIntentReader();
const readMessage = (text: string) => reader.readMessage(text);
import { DEFAULT_INTENT_THRESHOLDS, bandFor } from './intent-thresholds.ts';
import { DEFAULT_TRAINING_OPTIONS, fitCalibration, trainIntentModel } from './intent-training.ts';

const classifier = createIntentClassifier(TRAINED_INTENT_MODEL);
const corpus = await readLabelledSets('corpus');

/** A message naming no credential, or showing a sign against it, is never answered on its own; a doubtful one with such a sign is not suggested. */
const BAND_OVERRULED_BY: Record<string, string> = {
  'rule:act_needs_a_credential_named': 'act -> suggest',
  'rule:act_needs_no_contrary_sign': 'act -> suggest',
  'rule:contrary_sign_needs_more': 'suggest -> ignore',
};

describe('the committed intent model', () => {
  it('misclassifies exactly the corpus messages pinned when it was trained', () => {
    const pinned: string[] = JSON.parse(readFileSync(CORPUS_MISSES_URL, 'utf8'));
    const misses = corpus.flatMap((set) =>
      evaluate(set.messages, (text) => classifier.classify(text)).misclassified.map(({ message }) => `${set.name}:${message.line}`),
    );
    // A difference means the features or phrases changed without `npm run train:intent` (see docs/intent.md).
    expect(misses).toEqual(pinned);
  });

  it('calls a message a request exactly when its band is act or suggest, with a probability as confidence', () => {
    for (const message of corpus.flatMap((set) => set.messages).slice(0, 400)) {
      const { intent, band, confidence, reasons } = classifier.classify(message.text);
      expect(intent === 'missing_credential').toBe(band !== 'ignore');
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
      const byThreshold = bandFor(confidence, DEFAULT_INTENT_THRESHOLDS);
      // The exceptions, each named by the rule that moved the band down by one.
      if (band !== byThreshold) expect(`${byThreshold} -> ${band}`).toBe(BAND_OVERRULED_BY[reasons.at(-1)!]);
    }
  });

  it('scores a message as training saw it: the sum over the feature vector training builds', () => {
    const compiled = compileModel(TRAINED_INTENT_MODEL);
    for (const message of corpus.flatMap((set) => set.messages).slice(0, 200)) {
      const reading = readMessage(message.text);
      const { indices, values } = extractFeatures(reading, compiled.hashBits).vector;
      const dotProduct = indices.reduce((sum, slot, index) => sum + compiled.weights[slot]! * values[index]!, compiled.intercept);
      expect(scoreReading(compiled, reading).score).toBeCloseTo(dotProduct, 4);
    }
  });

  it('reads who a missing claim is about: the writer, or other people', () => {
    const speakerOf = (text: string) => namedFeatures(readMessage(text), 10).features.filter((name) => name.startsWith('speaker:'));
    expect(speakerOf('I never received my certificate for the course.')).toEqual(['speaker:claim_by_writer']);
    expect(speakerOf('Several participants never received their certificate from the workshop.')).toEqual(['speaker:claim_about_others']);
    expect(speakerOf('Los alumnos no recibieron el certificado del curso.')).toEqual(['speaker:claim_about_others']);
    expect(speakerOf('Thanks for the webinar!')).toEqual([]);
  });

  it('answers on its own only above the act threshold, and suggests between the two', () => {
    const thresholds = { act: 0.8, suggest: 0.3 };
    expect(bandFor(0.8, thresholds)).toBe('act');
    expect(bandFor(0.79, thresholds)).toBe('suggest');
    expect(bandFor(0.3, thresholds)).toBe('suggest');
    expect(bandFor(0.29, thresholds)).toBe('ignore');
  });

  it('moves a message between bands as the thresholds move', () => {
    // A message the model is unsure of, so that there is room on both sides of its confidence, and that names its
    // credential (one that does not is never `act`, whatever the thresholds).
    const text = corpus
      .flatMap((set) => set.messages)
      .map((message) => message.text)
      .find((candidate) => {
        const { confidence, reasons } = classifier.classify(candidate);
        return Math.abs(confidence - 0.5) < 0.4 && reasons.some((reason) => reason.startsWith('noun:'));
      });
    if (text === undefined) throw new Error('no message in the corpus with a confidence between 0.1 and 0.9');
    const { confidence } = classifier.classify(text);
    expect(createIntentClassifier(TRAINED_INTENT_MODEL, { act: confidence, suggest: confidence }).classify(text).band).toBe('act');
    const above = confidence + 0.001;
    expect(createIntentClassifier(TRAINED_INTENT_MODEL, { act: above, suggest: confidence }).classify(text).band).toBe('suggest');
    expect(createIntentClassifier(TRAINED_INTENT_MODEL, { act: above, suggest: above }).classify(text).band).toBe('ignore');
  });

  it('refuses thresholds that are not probabilities in order', () => {
    expect(() => createIntentClassifier(TRAINED_INTENT_MODEL, { act: 0.5, suggest: 0.6 })).toThrow(/thresholds/);
    expect(() => createIntentClassifier(TRAINED_INTENT_MODEL, { act: 1.2, suggest: 0.6 })).toThrow(/thresholds/);
    expect(() => createIntentClassifier(TRAINED_INTENT_MODEL, { act: 0.5, suggest: 0 })).toThrow(/thresholds/);
  });
});

describe('training', () => {
  const sample = corpus.flatMap((set) => set.messages.slice(0, 40));
  const options = { ...DEFAULT_TRAINING_OPTIONS, hashBits: 14, epochs: 5, folds: 3 };
  const examples = sample.map((message) => ({
    vector: extractFeatures(readMessage(message.text), options.hashBits).vector,
    positive: message.label === 'missing_credential',
  }));

  it('gives the same model for the same corpus', () => {
    const first = trainIntentModel(examples, options, { files: ['sample'] }).model;
    const second = trainIntentModel(examples, options, { files: ['sample'] }).model;
    expect(second).toEqual(first);
    expect(first.weights.length).toBeGreaterThan(0);
  });

  it('learns what it is shown: a request scores above a look-alike it was trained on', () => {
    const { model } = trainIntentModel(examples, options, { files: ['sample'] });
    const trained = createIntentClassifier(model, { act: 0.5, suggest: 0.5 });
    const { scores } = evaluate(sample, (text) => trained.classify(text));
    expect(scores.f1).toBeGreaterThan(0.9);
  });

  it('fits the calibration curve that produced the labels', () => {
    // Scores spread evenly; labels drawn deterministically with probability logistic(2s - 1).
    const scores: number[] = [];
    const labels: boolean[] = [];
    for (let index = 0; index < 4000; index++) {
      const score = -4 + (8 * index) / 4000;
      const probability = 1 / (1 + Math.exp(-(2 * score - 1)));
      const draw = ((index * 2654435761) % 4294967296) / 4294967296;
      scores.push(score);
      labels.push(draw < probability);
    }
    const { slope, intercept } = fitCalibration(scores, labels);
    expect(slope).toBeGreaterThan(1.7);
    expect(slope).toBeLessThan(2.3);
    expect(intercept).toBeGreaterThan(-1.3);
    expect(intercept).toBeLessThan(-0.7);
  });
});
