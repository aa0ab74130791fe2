import { readFile, readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { type LabelledMessage, parseCorpus } from '../../src/core/intent/intent-evaluation.ts';

/**
 * The labelled messages live in test/fixtures/intent/: `corpus-*.jsonl` are trained on, `holdout-*.jsonl`
 * never are (they estimate accuracy on messages the model has not seen). Files are read in name order so
 * that training sees the same sequence on every machine.
 */
export const LABELLED_SETS_DIR = new URL('../../test/fixtures/intent/', import.meta.url);

/** The corpus messages the committed model gets wrong, as `file:line`; written by `npm run train:intent`. */
export const CORPUS_MISSES_URL = new URL('corpus-misses.json', LABELLED_SETS_DIR);

export interface LabelledSet {
  name: string;
  messages: LabelledMessage[];
}

export class LabelledSetError extends Error {}

export async function readLabelledFile(path: string | URL, outside = false): Promise<LabelledSet> {
  const name = basename(typeof path === 'string' ? path : path.pathname);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new LabelledSetError(`cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  const parsed = parseCorpus(text, { outside });
  if (!parsed.ok) throw new LabelledSetError(`${name} is malformed at line ${parsed.line}: ${parsed.reason}`);
  return { name, messages: parsed.messages };
}

export async function readLabelledSets(kind: 'corpus' | 'holdout'): Promise<LabelledSet[]> {
  const names = (await readdir(LABELLED_SETS_DIR)).filter((name) => name.startsWith(`${kind}-`) && name.endsWith('.jsonl')).sort();
  return Promise.all(names.map((name) => readLabelledFile(new URL(name, LABELLED_SETS_DIR))));
}
