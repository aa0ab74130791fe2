/**
 * Separates what a learner wrote now from the thread their mail client quoted below it.
 */

const QUOTE_INTRO = /^\s*(?:on|el|em|le|am)\b.{0,240}\b(?:wrote|escribi[oó]|escreveu|a [ée]crit|schrieb)\b[^\n]{0,80}$/i;
const ORIGINAL_MESSAGE_RULE =
  /^\s*-{2,}\s*(?:original message|forwarded message|mensaje original|mensaje reenviado|mensagem original|mensagem encaminhada|message d.origine|message transf[ée]r[ée]|urspr[üu]ngliche nachricht|weitergeleitete nachricht)/i;
const HEADER_FROM = /^\s*(?:from|de|von|da)\s*:/i;
const HEADER_FOLLOWING_FROM = /^\s*(?:sent|date|to|enviado|fecha|para|data|envoy[ée]|[àa]|gesendet|datum|an|subject|asunto|assunto|objet|betreff)\s*:/i;
const SIGNATURE_DELIMITER = /^--\s*$/;
const QUOTED_LINE = /^\s*>/;
const QUOTE_INTRO_START = /^\s*(?:on|el|em|le|am)\b/i;
const LINE_BREAK = /\r?\n/;

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
  const lines = text.split(LINE_BREAK);
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
      (QUOTE_INTRO_START.test(line) && QUOTE_INTRO.test(`${line} ${nextLine}`)) ||
      (HEADER_FROM.test(line) && (line.includes('@') || HEADER_FOLLOWING_FROM.test(nextLine)));
    if (startsThread) {
      quoted.push(...lines.slice(index));
      break;
    }
    (QUOTED_LINE.test(line) ? quoted : fresh).push(line);
  }
  return { fresh: fresh.join('\n'), quoted: quoted.join('\n') };
}
