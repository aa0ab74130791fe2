import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { extractEmailAddresses } from '../../core/addresses.ts';
import { type IntentClassifier, createIntentClassifier } from '../../core/intent/classify.ts';
import { TRAINED_INTENT_MODEL } from '../../core/intent/intent-model-default.ts';
import { UsageError } from '../usage-error.ts';

/** `credbot classify [TEXT] [--jsonl]`: no database, no configuration; pure core. */
export async function runClassify(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { jsonl: { type: 'boolean' } }, allowPositionals: true, strict: true });
  // The default thresholds: the command reads no configuration, so that it runs anywhere.
  const classifier = createIntentClassifier(TRAINED_INTENT_MODEL);
  if (values.jsonl) return classifyJsonLines(classifier);
  const text = positionals.join(' ');
  if (text.trim() === '') throw new UsageError('classify needs TEXT, or --jsonl with JSON lines on stdin');
  process.stdout.write(`${JSON.stringify(describe(classifier, text))}\n`);
  return 0;
}

function describe(classifier: IntentClassifier, text: string) {
  const { intent, band, confidence, reasons, language } = classifier.classify(text);
  return { intent, band, confidence, reasons, language, emails: extractEmailAddresses(text) };
}

/** One JSON line out per line in; a bad line gets an `error` line in its place, so outputs stay aligned. */
async function classifyJsonLines(classifier: IntentClassifier): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let output: unknown;
    try {
      const parsed: unknown = JSON.parse(line);
      const text = (parsed as { text?: unknown } | null)?.text;
      if (typeof text !== 'string') throw new Error('no "text" string field');
      output = describe(classifier, text);
    } catch (error) {
      failures++;
      output = { line: lineNumber, error: error instanceof Error ? error.message : String(error) };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return failures > 0 ? 1 : 0;
}
