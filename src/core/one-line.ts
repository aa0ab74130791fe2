/*
 * Text that came from outside (an import file, a database row written before these rules) is data: a line break
 * or another control character in a name must not start a line of its own in a reply, where it could pass for a
 * header or a line credbot wrote (`Evil Uni\r\nBcc: attacker@x`). The import refuses control characters in ids,
 * addresses and URLs, and reads names as one line; the database's rows are read back the same way
 * (db/credential-directory.ts), so rows imported before keep to it too.
 */

/** C0 controls (tab, CR, LF, NUL, ESC…), DEL, C1 controls (NEL…), and the Unicode line and paragraph separators. */
const CONTROL_OR_LINE_SEPARATOR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const WHITESPACE_OR_CONTROL_RUN = /[\s\u0000-\u001f\u007f-\u009f]+/g;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_OR_LINE_SEPARATOR.test(text);
}

/**
 * A name as one line: when `text` holds a control character or a line separator, each run of whitespace and
 * control characters becomes one space, and the ends are trimmed. Other text is returned as it is.
 */
export function toOneLine(text: string): string {
  return hasControlCharacters(text) ? text.replace(WHITESPACE_OR_CONTROL_RUN, ' ').trim() : text;
}

/** toOneLine for an optional value. */
export function toOneLineOrNull(text: string | null): string | null {
  return text === null ? null : toOneLine(text);
}

/** Every line break a renderer might honour: CRLF, LF, CR, vertical tab, form feed, NEL, U+2028 and U+2029. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** Splits a learner's message into the lines a channel would show, so each can be quoted. */
export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}
