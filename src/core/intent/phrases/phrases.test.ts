import { describe, expect, it } from 'vitest';
import { assembleSignals } from '../intent-detect.ts';
import { buildLexicon } from '../intent-lexicon.ts';
import { SIGNAL_CATALOGUE } from '../intent-signals.ts';
import { LANGUAGES } from './index.ts';
import type { LanguagePhrases } from './language.ts';
import { NOUN, gap } from './pattern-parts.ts';

/** A language the detector does not know, written the way docs/intent.md says to add one. */
const ITALIAN: LanguagePhrases = {
  language: 'it',
  words: {
    credentialNouns: { certificate: ['certificat[oi]'], badge: ['badges?'] },
    negations: ['non'],
  },
  signals: {
    'missing:not_received': [`non${gap(3)} ricevut[oa]`],
    'missing:where_is': [`dove${gap(6)} ${NOUN}`],
  },
};

function patternsOf(signals: ReturnType<typeof assembleSignals>, key: string): readonly string[] {
  return signals.find((signal) => signal.key === key)?.patterns ?? [];
}

describe('the phrase files', () => {
  it('give every signal in the catalogue at least one pattern, and name only signals it has', () => {
    const known = new Set<string>(SIGNAL_CATALOGUE.map((signal) => signal.key));
    const unknown = LANGUAGES.flatMap((language) => Object.keys(language.signals).filter((key) => !known.has(key)));
    expect(unknown).toEqual([]);
    const signals = assembleSignals(LANGUAGES, buildLexicon(LANGUAGES));
    expect(signals.filter((signal) => signal.patterns.length === 0)).toEqual([]);
  });

  it('keep the names the model was trained on, reported once per variant', () => {
    const signals = assembleSignals(LANGUAGES, buildLexicon(LANGUAGES));
    expect(signals.filter((signal) => signal.name === 'missing:resend').map((signal) => signal.key)).toEqual([
      'missing:resend',
      'missing:resend/share',
      'missing:resend/again',
    ]);
  });
});

describe('adding a language', () => {
  const languages = [...LANGUAGES, ITALIAN];
  const lexicon = buildLexicon(languages);
  const signals = assembleSignals(languages, lexicon);

  it('adds its nouns to the credential noun every pattern uses, each word once', () => {
    const [certificate] = patternsOf(signals, 'noun:certificate');
    expect(new RegExp(`^${certificate}$`).test('certificati')).toBe(true);
    expect(lexicon.credentialNouns.badge.filter((word) => word === 'badges?')).toHaveLength(1);
    const whereIs = patternsOf(signals, 'missing:where_is').find((source) => source.startsWith('dove'));
    expect(new RegExp(whereIs!).test('dove trovo il mio certificato')).toBe(true);
  });

  it('adds its patterns to the signals and its words to the vocabulary', () => {
    expect(patternsOf(signals, 'missing:not_received')).toContain(`non${gap(3)} ricevut[oa]`);
    expect(lexicon.negation.test('non ricevuto')).toBe(true);
    expect(buildLexicon(LANGUAGES).negation.test('non ricevuto')).toBe(false);
  });

  it('is refused when a pattern names a slot that does not exist', () => {
    const broken: LanguagePhrases = { language: 'xx', words: {}, signals: { 'missing:where_is': ['{credentialNoun}'] } };
    expect(() => assembleSignals([...LANGUAGES, broken], buildLexicon([...LANGUAGES, broken]))).toThrow(
      'intent pattern: unknown slot {credentialNoun} in {credentialNoun}',
    );
  });
});
