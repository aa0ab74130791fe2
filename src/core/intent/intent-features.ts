import { weighEvidence } from './intent-evidence.ts';
import type { Detection, SignalHit } from './intent-detect.ts';

/**
 * What the model reads of a message: the evidence the signals give (see intent-evidence), the words
 * and word pairs, and the character n-grams of the normalised text. Every feature is hashed into one
 * index space so that the model is a flat array of weights; n-grams catch what no phrase list names
 * (misspellings, a product's own word for its badge, the voice of an organiser or a bug report).
 */

export interface FeatureVector {
  /** Feature indices, each once, in the model's hashed index space. */
  indices: number[];
  values: number[];
}

export interface MessageFeatures {
  vector: FeatureVector;
  reasons: string[];
}

/** What the detector found in the message and, when it was read too, in the thread it quotes. */
export interface MessageReading {
  /** The fresh part of the message as written, before normalising (which drops addresses and links). */
  fresh: string;
  normalised: string;
  detection: Detection;
  /** The normalised text the detection's spans index into: `normalised`, or it with the quoted thread when that was read. */
  detectedText: string;
  namedInThread: boolean;
  readQuotedThread: boolean;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const CHAR_GRAM_MIN = 3;
const CHAR_GRAM_MAX = 4;
/** N-grams describe how a message is written; its first few thousand characters say enough. */
const MAX_GRAM_TEXT = 4000;

function hashString(text: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash >>> 0;
}

const NAMED_SEED = hashString('named:', FNV_OFFSET);
const WORD_SEED = hashString('word:', FNV_OFFSET);
const PAIR_SEED = hashString('pair:', FNV_OFFSET);
const CHAR_SEED = hashString('char:', FNV_OFFSET);

/** The index of a named feature (a signal, a rule, a length band) in a space of 2^hashBits. */
export function namedFeatureIndex(name: string, hashBits: number): number {
  return hashString(name, NAMED_SEED) >>> (32 - hashBits);
}

function lengthBand(wordCount: number): string {
  if (wordCount <= 3) return 'length:1-3_words';
  if (wordCount <= 8) return 'length:4-8_words';
  if (wordCount <= 25) return 'length:9-25_words';
  if (wordCount <= 80) return 'length:26-80_words';
  return 'length:over_80_words';
}

function hashRange(text: string, start: number, end: number, seed: number): number {
  let hash = seed;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash >>> 0;
}

const SENTENCE_START_PAIR_SEED = hashString('^ ', PAIR_SEED);
const SPACE = 32;
const FULL_STOP = 46;

export interface GramCounts {
  chars: number;
  words: number;
}

/**
 * Visits the slot of every character 3- and 4-gram and every word and word pair (a pair does not cross a
 * sentence end) of normalised text, as often as it occurs. Each kind's values are later divided by the
 * square root of its count, so that a long message does not outweigh its evidence. Built for speed: the
 * classifier sums weights as it goes instead of building a vector.
 */
export function visitGrams(text: string, hashBits: number, visitChar: (slot: number) => void, visitWord: (slot: number) => void): GramCounts {
  const shift = 32 - hashBits;
  let chars = 0;
  for (let start = 0; start + CHAR_GRAM_MIN <= text.length; start++) {
    let hash = CHAR_SEED;
    const end = Math.min(text.length, start + CHAR_GRAM_MAX);
    for (let index = start; index < end; index++) {
      hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
      if (index - start + 1 >= CHAR_GRAM_MIN) {
        visitChar((hash >>> 0) >>> shift);
        chars++;
      }
    }
  }
  let words = 0;
  let previousStart = -1;
  for (let start = 0; start < text.length; start++) {
    const code = text.charCodeAt(start);
    if (code === SPACE) continue;
    let end = start + 1;
    while (end < text.length && text.charCodeAt(end) !== SPACE) end++;
    if (code === FULL_STOP && end === start + 1) {
      previousStart = -1;
    } else {
      visitWord(hashRange(text, start, end, WORD_SEED) >>> shift);
      // Normalised text holds single spaces, so the previous word, a space and this one are one range.
      const pair = previousStart < 0 ? hashRange(text, start, end, SENTENCE_START_PAIR_SEED) : hashRange(text, previousStart, end, PAIR_SEED);
      visitWord(pair >>> shift);
      words++;
      previousStart = start;
    }
    start = end;
  }
  return { chars, words: words * 2 };
}

const EMAIL_ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/i;
const WEB_ADDRESS = /\bhttps?:\/\/|\bwww\./i;
/** Marks of code, logs and stack traces: a developer's report, whatever words surround them. */
const CODE_MARKS = /`|::|=>|\{\s*$|\b[a-z_]+\.(?:php|js|ts|py|java|go|rb|cs|json|yml|yaml|xml)\b|\b(?:error|exception|traceback|errno|stack trace)\b.{0,3}[:(]|^\s+at\s/im;

/** What the raw text shows that normalising removes: an address given, a link, code. */
function shapeFeatures(fresh: string): string[] {
  const shapes: string[] = [];
  if (fresh.includes('@') && EMAIL_ADDRESS.test(fresh)) shapes.push('shape:email_address');
  if (WEB_ADDRESS.test(fresh)) shapes.push('shape:link');
  if (CODE_MARKS.test(fresh)) shapes.push('shape:code');
  if (fresh.includes('?')) shapes.push('shape:question');
  return shapes;
}

export function isReference(hit: SignalHit): boolean {
  return hit.signal.family === 'reference' || hit.signal.family === 'implied_reference';
}

/** Who a missing claim is about, from the words just before it: the writer, or other people (an organiser's "she never received it"). */
const FIRST_PERSON = /\b(?:i|ive|im|my|me|we|our|yo|mi|mis|me|eu|meu|minha|meus|minhas|je|j|mon|ma|mes|ich|mein|meine|meinen|mir|mich|ya|mne|menya|moi|moya|moe|moego|moyu)\b/;
const OTHER_PEOPLE =
  /\b(?:she|he|they|their|users?|participants?|students?|learners?|attendees?|members?|people|someone|customers?|trainees?|candidates?|ella|ellos|ellas|alumnos?|alumnas?|participantes|usuarios?|estudiantes|ela|eles|elas|alunos?|alunas?|usuarios|ils|elles|eleves|etudiants|utilisateurs|stagiaires|sie|teilnehmer(?:innen)?|nutzer|studierende|schuler|kunden|oni|studenty|uchastniki|slushateli|polzovateli)\b/;
/**
 * One named learner the writer speaks for ("one of my students", "my son", "el alumno"): the definition counts a
 * claim made for one specific recipient, where an organiser's claim about a whole group is not a request.
 */
const ONE_LEARNER =
  /\b(?:(?:one|a|the) (?:of )?(?:my |our )?(?:student|pupil|learner|mentee|trainee|participant|attendee)|(?:a|one) (?:student|pupil|mentee|learner) of (?:mine|ours)|my (?:son|daughter|child|kid|wife|husband|mother|mom|mum|father|dad|employee|student|mentee|pupil|colleague)|his|her|(?:el|la|una?|mi) (?:alumn[oa]|estudiante|hij[oa])|(?:uno|una) de mis (?:alumn[oa]s|estudiantes)|(?:o|a|um|uma|meu|minha) (?:alun[oa]|filh[oa]|pai|mae)|(?:uma?) (?:alun[oa]) minha|(?:mon|ma) (?:fils|fille|eleve|stagiaire)|(?:un|une) de mes (?:eleves|stagiaires|apprenants|apprenantes)|(?:mein|meine) (?:sohn|tochter|kind|schuler|schulerin)|(?:ein|eine) (?:schuler|schulerin|teilnehmer|teilnehmerin)(?: von mir)?|eine meiner [a-z]+|einer meiner [a-z]+|(?:moi|moya|moemu|moei) (?:uchenik[a-z]*|uchenits[a-z]*|student[a-z]*|syn[a-z]*|doch[a-z]*)|(?:odin|odna|odnomu|odnoi) iz moikh [a-z]+|(?:our|my) (?:intern|apprentice|staff member|team member))\b/;
const CLAIM_LOOKBACK = 40;

function speakerFeatures(normalised: string, claims: readonly { start: number }[]): string[] {
  const features = new Set<string>();
  for (const claim of claims) {
    const before = normalised.slice(Math.max(0, claim.start - CLAIM_LOOKBACK), claim.start + 12);
    if (ONE_LEARNER.test(before)) features.add('speaker:claim_for_one_learner');
    else if (OTHER_PEOPLE.test(before)) features.add('speaker:claim_about_others');
    else if (FIRST_PERSON.test(before)) features.add('speaker:claim_by_writer');
    else features.add('speaker:claim_unattributed');
  }
  return [...features];
}

/** The named features of a message: evidence, context, length and shape. */
export function namedFeatures(reading: MessageReading, wordCount: number): { features: string[]; reasons: string[] } {
  const evidence = weighEvidence(reading.detection, reading.namedInThread);
  const { reasons } = evidence;
  const features = [...evidence.features, ...speakerFeatures(reading.normalised, evidence.claims)];
  if (reading.readQuotedThread) {
    reasons.push('context:quoted_thread');
    features.push('context:quoted_thread');
  }
  features.push(lengthBand(wordCount), 'bias:message', ...shapeFeatures(reading.fresh.slice(0, MAX_GRAM_TEXT)));
  return { features, reasons };
}

/** The text the n-grams are read from. */
export function gramText(reading: MessageReading): string {
  return reading.normalised.slice(0, MAX_GRAM_TEXT);
}

/** The whole feature vector, for training; the classifier computes the same sum without building it. */
export function extractFeatures(reading: MessageReading, hashBits: number): MessageFeatures {
  const charSlots: number[] = [];
  const wordSlots: number[] = [];
  const counts = visitGrams(gramText(reading), hashBits, (slot) => charSlots.push(slot), (slot) => wordSlots.push(slot));
  const { features, reasons } = namedFeatures(reading, counts.words / 2);
  const vector = new Map<number, number>();
  for (const name of features) {
    const slot = namedFeatureIndex(name, hashBits);
    vector.set(slot, (vector.get(slot) ?? 0) + 1);
  }
  for (const [slots, count] of [[charSlots, counts.chars], [wordSlots, counts.words]] as const) {
    const value = 1 / Math.sqrt(count);
    for (const slot of slots) vector.set(slot, (vector.get(slot) ?? 0) + value);
  }
  return { vector: { indices: [...vector.keys()], values: [...vector.values()] }, reasons };
}
