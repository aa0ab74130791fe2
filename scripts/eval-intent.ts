/**
 * Measures the intent classifier: `npm run eval:intent [-- --file PATH ...] [--act P --suggest P] [--json]`.
 * For each set (our corpus, our held-out sets, and each file given) it prints precision and recall of the
 * intent and of the `act` band, per language, a reliability table (of the messages given about 0.8, how many
 * are requests), the precision/recall curve over thresholds, and the messages it gets wrong.
 *
 * The corpus is trained on, so its figures guard against regressions only. The held-out sets were written
 * apart and never trained on. Only real messages written by other people (`--file`) say how it does on a
 * real desk. Exits 1 only when a set is malformed or cannot be read.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_INTENT_THRESHOLDS, type IntentClassifier, createIntentClassifier } from '../src/core/intent/classify.ts';
import { type Evaluation, type LabelledMessage, type Scores, evaluate } from '../src/core/intent/intent-evaluation.ts';
import { TRAINED_INTENT_MODEL } from '../src/core/intent/intent-model-default.ts';
import { areValidThresholds } from '../src/core/intent/intent-thresholds.ts';
import { type LabelledSet, LabelledSetError, readLabelledFile, readLabelledSets } from './lib/labelled-sets.ts';

/** V8 compiles and optimises the classifier's expressions over its first second or so of work. */
const WARM_UP_MS = 1000;
const THROUGHPUT_SAMPLE_MS = 1000;

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Messages classified per second of this process's CPU time, so that other work on the machine does not count. */
function classifyRepeatedly(classifier: IntentClassifier, messages: readonly LabelledMessage[], forMs: number): number {
  let classified = 0;
  const startedAt = performance.now();
  const cpuAtStart = cpuSeconds();
  while (performance.now() - startedAt < forMs) {
    for (const message of messages) classifier.classify(message.text);
    classified += messages.length;
  }
  return classified / (cpuSeconds() - cpuAtStart);
}

const ratio = (value: number) => value.toFixed(3).padStart(9);

function scoreRow(name: string, intent: Scores, act: Scores): string {
  const counts = [intent.total, intent.truePositives, intent.falsePositives, intent.falseNegatives].map((count) => String(count).padStart(5)).join(' ');
  return `  ${name.padEnd(8)} ${counts} ${ratio(intent.precision)} ${ratio(intent.recall)} ${ratio(intent.f1)} ${ratio(act.precision)} ${ratio(act.recall)}`;
}

function describeSet(kind: string, set: LabelledSet, evaluation: Evaluation, listMisses: boolean): string[] {
  const lines = [
    `== ${set.name} (${kind}): ${set.messages.length} messages, ${set.messages.filter((m) => m.label === 'missing_credential').length} requests`,
    `  ${'group'.padEnd(8)} ${['total', 'TP', 'FP', 'FN'].map((h) => h.padStart(5)).join(' ')} ${['precision', 'recall', 'F1', 'act prec', 'act rec'].map((h) => h.padStart(9)).join(' ')}`,
    scoreRow('all', evaluation.scores, evaluation.act),
    ...evaluation.byLanguage.map(({ lang, scores, act }) => scoreRow(lang, scores, act)),
    '  reliability: confidence band -> messages, share that are requests (mean confidence)',
    ...evaluation.reliability
      .filter((bin) => bin.messages > 0)
      .map((bin) => `    ${bin.from.toFixed(1)}-${bin.to.toFixed(1)}: ${String(bin.messages).padStart(5)}  ${(bin.requests / bin.messages).toFixed(2)} (${bin.meanConfidence.toFixed(2)})`),
    `  curve: ${evaluation.curve.map((point) => `${point.threshold}: P ${point.precision.toFixed(2)} R ${point.recall.toFixed(2)}`).join(' | ')}`,
  ];
  if (!listMisses) {
    lines.push(`  ${evaluation.misclassified.length} misclassified (not listed: a rule written for one of them would spoil the set)`);
    return lines;
  }
  lines.push(evaluation.misclassified.length === 0 ? '  no misclassified messages' : `  misclassified (${evaluation.misclassified.length}):`);
  for (const { message, classification } of evaluation.misclassified) {
    lines.push(
      `    line ${message.line} [${message.lang}] label=${message.label} band=${classification.band} ` +
        `confidence=${classification.confidence.toFixed(3)} reasons=${classification.reasons.join(',') || '-'}`,
      `      ${message.text.replace(/\s+/g, ' ').slice(0, 140)}`,
    );
  }
  return lines;
}

function round(scores: Scores): Scores {
  const three = (value: number) => Math.round(value * 1000) / 1000;
  return { ...scores, precision: three(scores.precision), recall: three(scores.recall), f1: three(scores.f1) };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', multiple: true, default: [] },
      act: { type: 'string' },
      suggest: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const thresholds = {
    act: values.act === undefined ? DEFAULT_INTENT_THRESHOLDS.act : Number(values.act),
    suggest: values.suggest === undefined ? DEFAULT_INTENT_THRESHOLDS.suggest : Number(values.suggest),
  };
  if (!areValidThresholds(thresholds)) {
    process.stderr.write('eval:intent: --act and --suggest must be probabilities with 0 < suggest <= act <= 1\n');
    return 2;
  }
  let sets: { kind: string; set: LabelledSet }[];
  try {
    sets = [
      ...(await readLabelledSets('corpus')).map((set) => ({ kind: 'corpus, trained on', set })),
      ...(await readLabelledSets('holdout')).map((set) => ({ kind: 'held out, never trained on', set })),
      ...(await Promise.all(values.file.map((path) => readLabelledFile(path, true)))).map((set) => ({ kind: 'given file', set })),
    ];
  } catch (error) {
    if (error instanceof LabelledSetError) {
      process.stderr.write(`eval:intent: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const classifier = createIntentClassifier(TRAINED_INTENT_MODEL, thresholds);
  const evaluations = sets.map(({ kind, set }) => ({ kind, set, evaluation: evaluate(set.messages, (text) => classifier.classify(text)) }));
  const corpus = sets.filter(({ kind }) => kind.startsWith('corpus')).flatMap(({ set }) => set.messages);
  classifyRepeatedly(classifier, corpus, WARM_UP_MS);
  const messagesPerSecond = Math.round(classifyRepeatedly(classifier, corpus, THROUGHPUT_SAMPLE_MS));

  if (values.json) {
    const figures = Object.fromEntries(
      evaluations.map(({ set, evaluation }) => [set.name, { intent: round(evaluation.scores), act: round(evaluation.act) }]),
    );
    process.stdout.write(`${JSON.stringify({ thresholds, ...figures, messagesPerSecond })}\n`);
    return 0;
  }
  const lines = [`thresholds: act >= ${thresholds.act}, suggest >= ${thresholds.suggest}`, ''];
  for (const { kind, set, evaluation } of evaluations) {
    lines.push(...describeSet(kind, set, evaluation, !kind.startsWith('held out')), '');
  }
  lines.push(`throughput: ${messagesPerSecond} messages per CPU-second (one core)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = await main();
