/** postgres.js's own codes for a connection that went away, and PostgreSQL's classes for the same (08, 57P0x). */
const CLIENT_CONNECTION_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT', 'ECONNREFUSED', 'ECONNRESET']);

/** True when the error says the database connection was lost, not that a query was wrong. */
export function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return CLIENT_CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code);
}
