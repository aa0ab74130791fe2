import type { LanguageWords } from './language.ts';

/**
 * What phrase files build patterns with. Patterns are written against normalised text (see
 * classify-normalise): lower-case ASCII, single spaces, " . " between sentences, "havent"/"dont"
 * joined, French elisions split ("j ai", "l attestation"), hyphens turned into spaces.
 */

/** Up to `words` intervening words; never crosses a sentence boundary, which is not a word. */
export function gap(words: number): string {
  return `(?: [a-z0-9]+){0,${words}}`;
}

export function anyOf(alternatives: readonly string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/**
 * A slot stands for one word list merged over every language (see LanguageWords); intent-lexicon
 * fills it in when the signals are assembled.
 */
function slot(list: keyof LanguageWords): string {
  return `{${list}}`;
}

/** Any credential noun, in any language. */
export const NOUN = slot('credentialNouns');
/** Up to two determiners or plain adjectives before a noun ("no digital certificate", "sem o meu certificado"). */
export const LEAD = slot('nounLeads');
export const COURSE_WORD = slot('courseWords');
export const STATUS_WORD = slot('statusWords');
export const ABOUT = slot('aboutWords');
export const LINK = slot('linkWords');
export const MESSAGE = slot('messageWords');
export const VIEW = slot('viewVerbs');
export const NOT_WORKING = slot('notWorkingWords');
export const BROKEN = slot('brokenLinkWords');
export const LANGUAGE_NAME = slot('languageNames');
export const GREETING = slot('greetings');
export const PLEASE = slot('pleaseWords');
export const POSSESSIVE = slot('possessives');
export const OF = slot('ofWords');
export const URGENT = slot('urgentWords');

/**
 * After a chasing phrase, either the support thread itself ("on this", "sobre mi caso", "zu meiner
 * Anfrage"), taken into the match, or nothing more: "any news about the schedule?" chases the schedule.
 */
export const CHASED_THREAD = `(?: ${slot('chasePrepositions')} ${slot('supportThreads')})?(?! ${slot('chasePrepositions')} )`;

/** "The certificate is missing" complains of the certificate; "…is missing my middle name" does not. */
export const NO_OBJECT = `(?! ${slot('objectDeterminers')}\\b)`;

/** The end of a sentence or of the message. */
export const END_OF_CLAUSE = '(?= \\.| *$)';
