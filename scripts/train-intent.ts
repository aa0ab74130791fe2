/**
 * Fits the intent model on every `corpus-*.jsonl` in test/fixtures/intent/ and writes
 * src/core/intent/intent-model.json: `npm run train:intent`. Deterministic: the same corpus gives the same
 * file. Prints the cross-validated figures (each message scored by a model that did not see it), which
 * are what the thresholds are chosen from; `npm run eval:intent` then measures the written model.
 */
import { writeFile } from 'node:fs/promises';
import { createIntentClassifier } from '../src/core/intent/classify.ts';
import { evaluate } from '../src/core/intent/intent-evaluation.ts';
import { extractFeatures } from '../src/core/intent/intent-features.ts';
import { calibratedProbability } from '../src/core/intent/intent-model.ts';
import { createIntentReader } from '../src/core/intent/intent-reader.ts';
import { DEFAULT_TRAINING_OPTIONS, type TrainingExample, trainIntentModel } from '../src/core/intent/intent-training.ts';
import { CORPUS_MISSES_URL, LabelledSetError, readLabelledSets } from './lib/labelled-sets.ts';

const MODEL_URL = new URL('../src/core/intent/intent-model.json', import.meta.url);
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

async function main(): Promise<number> {
  let sets;
  try {
    sets = await readLabelledSets('corpus');
  } catch (error) {
    if (error instanceof LabelledSetError) {
      process.stderr.write(`train:intent: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const options = DEFAULT_TRAINING_OPTIONS;
  const messages = sets.flatMap((set) => set.messages);
  const reader = createIntentReader();
  const examples: TrainingExample[] = messages.map((message) => ({
    vector: extractFeatures(reader.readMessage(message.text), options.hashBits).vector,
    positive: message.label === 'missing_credential',
  }));
  const { model, crossValidation } = trainIntentModel(examples, options, { files: sets.map((set) => set.name) });
  await writeFile(MODEL_URL, `${JSON.stringify(model)}\n`);
  // What this model gets wrong on its own corpus, pinned so that a change to the features or the phrases that
  // is not followed by retraining shows up as a failing test (src/core/intent/intent-model.test.ts).
  const classifier = createIntentClassifier(model);
  const misses = sets.flatMap((set) =>
    evaluate(set.messages, (text) => classifier.classify(text)).misclassified.map(({ message }) => `${set.name}:${message.line}`),
  );
  await writeFile(CORPUS_MISSES_URL, `${JSON.stringify(misses, null, 2)}\n`);

  const probabilities = crossValidation.heldOutScores.map((score) => calibratedProbability(model.calibration, score));
  const lines = [
    `trained on ${messages.length} messages (${model.trainedOn.positives} requests) from ${sets.map((set) => set.name).join(', ')}`,
    `${model.weights.length} weights written to src/core/intent/intent-model.json`,
    `${misses.length} corpus messages misclassified by it, pinned in test/fixtures/intent/corpus-misses.json`,
    '',
    `cross-validated (${options.folds} folds), if every message at or above the threshold were recognised:`,
    'threshold  precision  recall',
  ];
  for (const threshold of THRESHOLDS) {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    probabilities.forEach((probability, index) => {
      const positive = examples[index]!.positive;
      if (probability >= threshold && positive) truePositives++;
      else if (probability >= threshold) falsePositives++;
      else if (positive) falseNegatives++;
    });
    const precision = truePositives / Math.max(1, truePositives + falsePositives);
    const recall = truePositives / Math.max(1, truePositives + falseNegatives);
    lines.push(`${threshold.toFixed(2).padStart(9)}  ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = await main();
