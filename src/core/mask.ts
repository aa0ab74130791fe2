/** Masks an email address for logs and shared channels: `alice@example.com` → `a•••@example.com`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${address[0]}•••${address.slice(at)}`;
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
