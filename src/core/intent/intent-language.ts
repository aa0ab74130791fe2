import type { MessageReading } from './intent-features.ts';
import { LANGUAGES } from './phrases/index.ts';
import { CREDENTIAL_CONCEPTS, type LanguageWords } from './phrases/language.ts';
import { anyOf } from './phrases/pattern-parts.ts';

/**
 * Which language a message is written in, from what reading it already found: each phrase that matched votes
 * for the language whose file lists it, a credential noun for every language that lists the noun, and a word
 * that only one language's word lists hold ("mi", "meu", "ich", "mon") for that language. One language must
 * lead: a tie or no vote at all tells none, which is what a bare "certificado??" (Spanish and Portuguese alike)
 * or "badge?" gets. How often it is right on the labelled corpus: README, Languages.
 */

/** A phrase is a sentence's worth of evidence; a single word, half of it. */
const PHRASE_VOTES = 2;
const WORD_VOTES = 1;

/** Word lists made of short, common words that tell languages apart; the others hold mostly shared or technical terms. */
const TELLING_WORD_LISTS = [
  'nounLeads',
  'possessives',
  'negations',
  'clauseRestarts',
  'greetings',
  'objectDeterminers',
  'aboutWords',
  'ofWords',
  'pleaseWords',
  'hedges',
  'courseWords',
  'statusWords',
  'linkWords',
  'messageWords',
  'viewVerbs',
  'urgentWords',
  'chasePrepositions',
] as const satisfies readonly (keyof LanguageWords)[];

const NAMED_LANGUAGES = LANGUAGES.filter((phrases) => phrases.language !== 'common');

/** Plain words (no pattern syntax) that exactly one language lists: "de" or "no" tell nothing, "meu" does. */
const WORD_LANGUAGE: ReadonlyMap<string, string> = (() => {
  const listedBy = new Map<string, Set<string>>();
  for (const phrases of NAMED_LANGUAGES) {
    for (const list of TELLING_WORD_LISTS) {
      for (const word of phrases.words[list] ?? []) {
        if (!/^[a-z]+$/.test(word)) continue;
        listedBy.set(word, (listedBy.get(word) ?? new Set()).add(phrases.language));
      }
    }
  }
  return new Map([...listedBy].flatMap(([word, languages]) => (languages.size === 1 ? [[word, [...languages][0]!] as const] : [])));
})();

/** Each language's credential nouns, to tell which languages a noun the detector found belongs to. */
const NOUNS_BY_LANGUAGE = NAMED_LANGUAGES.map((phrases) => ({
  language: phrases.language,
  noun: new RegExp(`^${anyOf(CREDENTIAL_CONCEPTS.flatMap((concept) => phrases.words.credentialNouns?.[concept] ?? []))}$`),
}));

/** The message's language as a phrase file's code (`en`, `es`, `pt`, `fr`, `de`, `ru`), or null when no one language leads. */
export function readMessageLanguage(reading: MessageReading): string | null {
  const votes = new Map<string, number>();
  const vote = (language: string, count: number) => votes.set(language, (votes.get(language) ?? 0) + count);
  for (const hit of reading.detection.hits) {
    if (hit.language !== null) {
      if (hit.language !== 'common') vote(hit.language, PHRASE_VOTES);
      continue;
    }
    const noun = reading.detectedText.slice(hit.start, hit.end);
    for (const { language, noun: nounOf } of NOUNS_BY_LANGUAGE) if (nounOf.test(noun)) vote(language, WORD_VOTES);
  }
  for (const word of reading.detectedText.split(' ')) {
    const language = WORD_LANGUAGE.get(word);
    if (language !== undefined) vote(language, WORD_VOTES);
  }
  let leader: string | null = null;
  let most = 0;
  let runnerUp = 0;
  for (const [language, count] of votes) {
    if (count > most) {
      runnerUp = most;
      most = count;
      leader = language;
    } else if (count > runnerUp) {
      runnerUp = count;
    }
  }
  return most > runnerUp ? leader : null;
}
