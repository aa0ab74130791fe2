/** Masks an email address for logs and shared channels: `alice@example.com` → `a•••@example.com`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${address[0]}•••${address.slice(at)}`;
}

/**
 * Masks every address found in free text (a log line, an SMTP server's answer, a JSON body), as maskEmail does;
 * the rest is kept. Idempotent: a masked address masks to itself. Every log line goes through it (src/logger.ts),
 * and every error text credbot stores.
 *
 * What counts as an address here is more generous than what credbot accepts (core/addresses.ts), because hiding
 * a non-address costs nothing and missing an address leaks it: up to 64 characters that are not spaces, quotes,
 * brackets or separators; `@`, or `%40` as in a URL; two or more labels, the last starting with a letter. The
 * text is scanned outwards from each `@`, not matched with a regular expression, which would try every position
 * of a line: a log line costs microseconds, not tens of them.
 */
export function maskEmailsIn(text: string): string {
  let masked = '';
  let copied = 0;
  AT_SIGN.lastIndex = 0;
  for (let found = AT_SIGN.exec(text); found !== null; found = AT_SIGN.exec(text)) {
    const at = found.index;
    let start = at;
    while (start > copied && at - start < MAX_LOCAL_LENGTH && isLocalPartChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    const end = endOfDomain(text, at + found[0].length);
    if (end === -1) continue;
    masked += `${text.slice(copied, start)}${text[start]}•••@${text.slice(at + found[0].length, end)}`;
    copied = end;
    AT_SIGN.lastIndex = end;
  }
  return copied === 0 ? text : masked + text.slice(copied);
}

const AT_SIGN = /@|%40/g;
const MAX_LOCAL_LENGTH = 64;
/** Printable ASCII that ends a local part: quotes, brackets, separators, the parts of a URL around an address. */
const LOCAL_PART_STOPS = new Set([...'"\'`<>()[]{},;:=?&|\\/@'].map((char) => char.charCodeAt(0)));

/** Where the domain starting at `from` ends (past its last label that starts with a letter), or -1. */
function endOfDomain(text: string, from: number): number {
  let end = -1;
  let labels = 0;
  let index = from;
  for (;;) {
    const labelStart = index;
    while (index < text.length && isDomainChar(text.charCodeAt(index))) index++;
    if (index === labelStart) return end;
    labels++;
    if (labels >= 2 && isLetterOrNonAscii(text.charCodeAt(labelStart))) end = index;
    if (text.charCodeAt(index) !== DOT) return end;
    index++;
  }
}

const DOT = 0x2e;

function isLocalPartChar(code: number): boolean {
  if (code < 0x80) return code > 0x20 && code !== 0x7f && !LOCAL_PART_STOPS.has(code);
  return !isNonAsciiSpaceOrControl(code);
}

function isDomainChar(code: number): boolean {
  if (code < 0x80) return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f;
  // An internationalised domain's letters; a stray non-ASCII character only widens what is masked.
  return !isNonAsciiSpaceOrControl(code);
}

function isLetterOrNonAscii(code: number): boolean {
  return code >= 0x80 || isAsciiLetter(code);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** C1 controls and the Unicode spaces and separators beyond ASCII. */
function isNonAsciiSpaceOrControl(code: number): boolean {
  return (
    code <= 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * A URL safe for logs and messages: its user name and password become `•••`, and the query (which may carry
 * connection options) is dropped: `postgres://app:pw@db:5432/credbot?sslmode=require` → `postgres://•••@db:5432/credbot`.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '(unparseable URL)';
  }
  const userinfo = parsed.username !== '' || parsed.password !== '' ? '•••@' : '';
  return `${parsed.protocol}//${userinfo}${parsed.host}${parsed.pathname}`;
}
