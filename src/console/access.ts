import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignedInUser } from './layout.tsx';

/** Who may reach a console route: anyone (sign-in, assets), anyone signed in (the default), or admins only. */
export type ConsoleAccess = 'public' | 'signed-in' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    consoleAccess?: ConsoleAccess;
  }
  interface FastifyRequest {
    /** Set by the console's access hook; null when nobody is signed in. */
    consoleUser: SignedInUser | null;
  }
  interface Session {
    /** The signed-in console user's id; absent before sign-in. */
    userId?: string;
  }
}

/** A console request refused with a status and a sentence for the error page (never a stack). */
export class ConsolePageError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    /** For 429: seconds until another attempt is allowed. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ConsolePageError';
  }
}

/**
 * Where to go after sign-in: a console path on this site, or the overview. Anything else (another origin,
 * `//host`, a backslash trick, a path outside the console) is dropped rather than followed.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/console';
  let url: URL;
  try {
    url = new URL(next, 'http://console.invalid');
  } catch {
    return '/console';
  }
  if (url.origin !== 'http://console.invalid') return '/console';
  if (url.pathname !== '/console' && !url.pathname.startsWith('/console/')) return '/console';
  if (url.pathname === '/console/sign-in' || url.pathname === '/console/sign-out') return '/console';
  return `${url.pathname}${url.search}`;
}

/** The sign-in page's address, remembering the page that was asked for. */
export function signInLocation(request: FastifyRequest): string {
  const wanted = request.method === 'GET' ? safeNextPath(request.url) : '/console';
  return wanted === '/console' ? '/console/sign-in' : `/console/sign-in?next=${encodeURIComponent(wanted)}`;
}

export function requireAdmin(request: FastifyRequest): SignedInUser {
  const user = request.consoleUser;
  if (!user) throw new ConsolePageError(401, 'Sign in first.');
  if (user.role !== 'admin') throw new ConsolePageError(403, 'Only admins can do this. Ask an admin if it needs doing.');
  return user;
}

export function signedInUser(request: FastifyRequest): SignedInUser {
  if (!request.consoleUser) throw new ConsolePageError(401, 'Sign in first.');
  return request.consoleUser;
}

export function redirectToSignIn(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.code(303).header('location', signInLocation(request)).send();
}
