import { correctSpelling } from './classify-spelling.ts';

/**
 * Turns a raw message into the form every intent pattern is written against: lower-case ASCII words
 * separated by single spaces, " . " between sentences, contractions joined ("havent", "dont"), and
 * no email addresses or links, so that an address such as certificates@example.org, or a URL with
 * /badge/ in it, can never supply evidence by itself.
 */

const EMAIL_ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[a-z]{2,}/gi;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
// Learners paste "credential.net/..." without a scheme; the platform's own name would read as a noun.
const BARE_DOMAIN =
  /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|edu|gov|io|co|uk|de|fr|es|pt|br|mx|ar|cl|ca|au|ch|at|be|it|nl|us|info|biz|app|dev|me|ly|test)\b(?:\/[^\s<>"]*)?/gi;
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /\p{M}+/gu;
const ENGLISH_NEGATIVE_CONTRACTION = /n['’‘`´]t\b/g;
const PARAGRAPH_BREAK = /\r?\n[ \t]*\r?\n/g;
const SENTENCE_END = /[.!?;:…]+/g;
const ANYTHING_BUT_WORDS_AND_STOPS = /[^a-z0-9.]+/g;
const REPEATED_STOPS = /(?:\s*\.\s*)+/g;
// Hyphens become spaces, which splits "e-mail" and "re-send"; rejoin them so lexicons list one form.
const SPLIT_PREFIX = /\b(e|re) (mails?|send|sent|sending|issue|issued|envoyer|enviar|enviado)\b/g;
const LONG_WORD = /[a-z]{6,}/g;

/** Cheap tests that spare most messages the address scans, which have no literal to look for. */
const MAY_HOLD_DOMAIN = /[a-z0-9-]\.[a-z]{2}/i;

function removeAddresses(text: string): string {
  let result = text;
  if (result.includes('@')) result = result.replace(EMAIL_ADDRESS, ' ');
  if (/https?:|www\./i.test(result)) result = result.replace(WEB_ADDRESS, ' ');
  if (MAY_HOLD_DOMAIN.test(result)) result = result.replace(BARE_DOMAIN, ' ');
  return result;
}

export function normaliseForIntent(text: string): string {
  const withoutAddresses = removeAddresses(text);
  const lowered = withoutAddresses.toLowerCase();
  const folded = (NON_ASCII.test(lowered) ? lowered.replace(/ß/g, 'ss').normalize('NFD').replace(COMBINING_MARKS, '') : lowered)
    .replace(ENGLISH_NEGATIVE_CONTRACTION, 'nt');
  // A single newline is usually a hard wrap inside a sentence; only a blank line ends one.
  const words = folded
    .replace(PARAGRAPH_BREAK, ' . ')
    .replace(SENTENCE_END, ' . ')
    .replace(ANYTHING_BUT_WORDS_AND_STOPS, ' ')
    .replace(REPEATED_STOPS, ' . ')
    .replace(/ +/g, ' ')
    .replace(SPLIT_PREFIX, '$1$2')
    .trim();
  return ` ${words.replace(LONG_WORD, correctSpelling)} `;
}

const QUOTE_INTRO = /^\s*(?:on|el|em|le|am)\b.{0,240}\b(?:wrote|escribi[oó]|escreveu|a [ée]crit|schrieb)\b[^\n]{0,80}$/i;
const ORIGINAL_MESSAGE_RULE =
  /^\s*-{2,}\s*(?:original message|forwarded message|mensaje original|mensaje reenviado|mensagem original|mensagem encaminhada|message d.origine|message transf[ée]r[ée]|urspr[üu]ngliche nachricht|weitergeleitete nachricht)/i;
const HEADER_FROM = /^\s*(?:from|de|von|da)\s*:/i;
const HEADER_FOLLOWING_FROM = /^\s*(?:sent|date|to|enviado|fecha|para|data|envoy[ée]|[àa]|gesendet|datum|an|subject|asunto|assunto|objet|betreff)\s*:/i;
const SIGNATURE_DELIMITER = /^--\s*$/;
const QUOTED_LINE = /^\s*>/;

export interface MessageParts {
  /** What the sender wrote this time. */
  fresh: string;
  /** Earlier messages quoted below it (or marked with ">"). */
  quoted: string;
}

/**
 * Separates a reply from the thread it quotes. The quoted part often holds our own wording
 * ("your certificate is ready") and must not decide what the learner is asking now.
 */
export function splitQuotedThread(text: string): MessageParts {
  const lines = text.split(/\r?\n/);
  const fresh: string[] = [];
  const quoted: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const nextLine = lines[index + 1] ?? '';
    if (SIGNATURE_DELIMITER.test(line)) break;
    const startsThread =
      ORIGINAL_MESSAGE_RULE.test(line) ||
      QUOTE_INTRO.test(line) ||
      // Mail clients wrap "On Tue, 4 Mar 2025, Ana <ana@…>\nwrote:" over two lines.
      (/^\s*(?:on|el|em|le|am)\b/i.test(line) && QUOTE_INTRO.test(`${line} ${nextLine}`)) ||
      (HEADER_FROM.test(line) && (line.includes('@') || HEADER_FOLLOWING_FROM.test(nextLine)));
    if (startsThread) {
      quoted.push(...lines.slice(index));
      break;
    }
    (QUOTED_LINE.test(line) ? quoted : fresh).push(line);
  }
  return { fresh: fresh.join('\n'), quoted: quoted.join('\n') };
}
