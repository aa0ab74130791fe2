import { createSpellingCorrector } from './classify-spelling.ts';

/**
 * Turns a raw message into the form every intent pattern is written against: lower-case ASCII words
 * (Cyrillic spelled in Latin letters) separated by single spaces, " . " between sentences, contractions joined ("havent", "dont"), and
 * no email addresses or links, so that an address such as certificates@example.org, or a URL with
 * /badge/ in it, can never supply evidence by itself.
 */

const EMAIL_ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// Learners paste "credential.net/..." without a scheme; the platform's own name would read as a noun.
const BARE_DOMAIN =
  /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|edu|gov|io|co|uk|de|fr|es|pt|br|mx|ar|cl|ca|au|ch|at|be|it|nl|us|info|biz|app|dev|me|ly|test)\b(?:\/[^\s<>"]*)?/gi;
const NON_ASCII = /[^\x00-\x7f]/;
// The Combining Diacritical Marks block: every accent NFD splits off a Latin letter.
const COMBINING_MARKS = /[\u0300-\u036f]+/g;
// Hyphens become spaces, which splits "e-mail" and "re-send"; rejoin them so lexicons list one form.
const SPLIT_PREFIX = /\b(e|re) (mails?|send|sent|sending|issue|issued|envoyer|enviar|enviado)\b/g;
const SHARP_S = /\u00df/g;
/**
 * Cyrillic letters (Russian, with the few Belarusian and Ukrainian ones) spelled in Latin letters, so that
 * Russian phrases are written against the same lower-case ASCII as every other language: "сертификат" reads
 * "sertifikat". One simple scheme (й as "i", soft and hard signs dropped); learners who write in Latin
 * letters themselves spell much the same.
 */
const CYRILLIC = /[\u0430-\u045f\u0491]/g;
const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e', ґ: 'g', ў: 'u',
};
const MAY_HOLD_CYRILLIC = /[\u0400-\u04ff]/;

function transliterateCyrillic(text: string): string {
  return MAY_HOLD_CYRILLIC.test(text) ? text.replace(CYRILLIC, (letter) => CYRILLIC_LATIN[letter] ?? ' ') : text;
}
/** Spelling is corrected in runs of letters this long or longer (see classify-spelling). */
const LONG_WORD_LENGTH = 5;

/** Cheap tests that spare most messages the address scans, which have no literal to look for. */
const MAY_HOLD_DOMAIN = /[a-z0-9-]\.[a-z]{2}/i;

const MAY_HOLD_WEB_ADDRESS = /https?:|www\./i;

function removeAddresses(text: string): string {
  let result = text;
  if (result.includes('@')) result = result.replace(EMAIL_ADDRESS, ' ');
  if (MAY_HOLD_WEB_ADDRESS.test(result)) result = result.replace(WEB_ADDRESS, ' ');
  if (MAY_HOLD_DOMAIN.test(result)) result = result.replace(BARE_DOMAIN, ' ');
  return result;
}

const SPACE = 32;
const FULL_STOP = 46;
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', ':', '\u2026'].map((char) => char.charCodeAt(0)));
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00b4'].map((char) => char.charCodeAt(0)));

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

// Web-standard, so available wherever the core runs; "latin1" turns each byte into one character.
const ONE_BYTE_DECODER = new TextDecoder('latin1');

/**
 * A normaliser's byte buffer, reused by each of its calls and grown when a message needs more:
 * allocating a fresh typed array per message cost more than filling it. The decoder copies out what
 * it reads, so reuse is safe.
 */
interface ByteBuffer {
  bytes: Uint8Array;
}

/**
 * Writes " " or " . " at `length` and returns the new length. A plain function, not a closure over
 * the caller's `length`: that would put every write in the caller's loop through a heap context.
 */
function writeSeparator(bytes: Uint8Array, length: number, stop: boolean): number {
  let end = length;
  if (stop) {
    bytes[end++] = SPACE;
    bytes[end++] = FULL_STOP;
  }
  bytes[end++] = SPACE;
  return end;
}

/**
 * Keeps letters and digits, turns sentence ends and blank lines into " . " and anything else into a
 * space, joins English negative contractions ("haven't" → "havent"), all in one pass.
 *
 * The result is built from bytes on purpose: V8 keeps a string two-byte internally once any step
 * produced it from a two-byte one (NFD output, or text holding "’" or an emoji), even when it is plain
 * ASCII, and a regular expression that meets both kinds of string keeps running one of them in its
 * slow interpreter, which made classification several times slower (docs/performance.md).
 */
function toWordsAndStops(folded: string, buffer: ByteBuffer): string {
  const capacity = folded.length * 3 + 4;
  if (buffer.bytes.length < capacity) buffer.bytes = new Uint8Array(Math.max(capacity, buffer.bytes.length * 2));
  const bytes = buffer.bytes;
  let length = 0;
  let wroteWord = false;
  let pendingSpace = false;
  let pendingStop = false;
  let newlinesInRow = 0;
  bytes[length++] = SPACE;
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index);
    if (isWordCode(code)) {
      if (wroteWord && (pendingSpace || pendingStop)) length = writeSeparator(bytes, length, pendingStop);
      bytes[length++] = code;
      wroteWord = true;
      pendingSpace = false;
      pendingStop = false;
      newlinesInRow = 0;
      continue;
    }
    const joinsContraction =
      !pendingSpace &&
      APOSTROPHES.has(code) &&
      bytes[length - 1] === 110 /* n */ &&
      folded.charCodeAt(index + 1) === 116 /* t */ &&
      !isWordCode(folded.charCodeAt(index + 2));
    if (joinsContraction) continue;
    pendingSpace = true;
    if (SENTENCE_ENDS.has(code)) pendingStop = true;
    // A single newline is usually a hard wrap inside a sentence; only a blank line ends one.
    if (code === 10) newlinesInRow++;
    else if (code !== 13 && code !== SPACE && code !== 9) newlinesInRow = 0;
    if (newlinesInRow >= 2) pendingStop = true;
  }
  if (wroteWord) length = writeSeparator(bytes, length, pendingStop);
  return ONE_BYTE_DECODER.decode(bytes.subarray(0, length));
}

/**
 * Words and stops hold " e " or " re " wherever SPLIT_PREFIX could match: a word there starts the
 * text after its leading space or follows a space. Most messages hold neither, and skip the scan.
 */
function joinSplitPrefixes(words: string): string {
  return words.includes(' e ') || words.includes(' re ') ? words.replace(SPLIT_PREFIX, '$1$2') : words;
}

/**
 * Runs each maximal run of at least LONG_WORD_LENGTH letters through correctSpelling: what
 * `replace(/[a-z]{5,}/g, correctSpelling)` does, without building a match per word. Almost every word
 * is already right, so the text is copied only when one is not.
 */
function correctLongWords(text: string, correctSpelling: (word: string) => string): string {
  let corrected = '';
  let copiedUpTo = 0;
  let runStart = -1;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0;
    if (code >= 97 && code <= 122) {
      if (runStart < 0) runStart = index;
      continue;
    }
    if (runStart >= 0 && index - runStart >= LONG_WORD_LENGTH) {
      const word = text.slice(runStart, index);
      const spelt = correctSpelling(word);
      if (spelt !== word) {
        corrected += text.slice(copiedUpTo, runStart) + spelt;
        copiedUpTo = index;
      }
    }
    runStart = -1;
  }
  return copiedUpTo === 0 ? text : corrected + text.slice(copiedUpTo);
}

/** Turns a raw message into normalised text (see the top of this file). */
export type IntentNormaliser = (text: string) => string;

/** A normaliser with its own buffer and spelling memo; keep one per reader and reuse it. */
export function createIntentNormaliser(): IntentNormaliser {
  const buffer: ByteBuffer = { bytes: new Uint8Array(1024) };
  const correctSpelling = createSpellingCorrector();
  return (text) => {
    const lowered = removeAddresses(text).toLowerCase();
    const folded = NON_ASCII.test(lowered)
      ? transliterateCyrillic(lowered).replace(SHARP_S, 'ss').normalize('NFD').replace(COMBINING_MARKS, '')
      : lowered;
    return correctLongWords(joinSplitPrefixes(toWordsAndStops(folded, buffer)), correctSpelling);
  };
}
