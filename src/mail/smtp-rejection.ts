/**
 * Whether an SMTP error says this message will never be accepted: a 5xx answer to the recipient (no such mailbox)
 * or to the message itself (refused by policy). Retrying those for hours changes nothing, and the learner waits on
 * an email that cannot arrive. A 5xx anywhere else (a refused login, a server that turns us away at the greeting)
 * is our configuration or the server's state, which an operator can fix while the retries run: not permanent.
 */
export function isPermanentRejection(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { responseCode, command } = error as { responseCode?: unknown; command?: unknown };
  if (typeof responseCode !== 'number' || responseCode < 500 || responseCode > 599) return false;
  return command === 'RCPT TO' || command === 'DATA';
}
