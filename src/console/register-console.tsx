import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ConsoleSettings } from '../config.ts';
import { createDatabaseSessionStore } from '../db/console-session-store.ts';
import { findConsoleUserById } from '../db/console-users.ts';
import type { Database } from '../db/database.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Logger } from '../logger.ts';
import { ConsolePageError, redirectToSignIn } from './access.ts';
import { registerConsoleAssets } from './assets.ts';
import type { ChannelModes } from './channel-modes.ts';
import type { TrialInput, TrialResult } from './try-message/message-trial.ts';
import { Notice } from './layout.tsx';
import { type PageContext, sendPage } from './page.tsx';
import { registerAuditPage } from './routes/audit.tsx';
import { registerFailedEmailPages } from './routes/failed-emails.tsx';
import { registerOverviewAndTryPages } from './routes/overview-and-try.tsx';
import { registerRequestPages } from './routes/requests.tsx';
import { registerSettingsPage } from './routes/settings.tsx';
import { registerSignIn } from './routes/sign-in.tsx';

export interface ConsoleDeps {
  database: Database;
  queue: Pick<JobQueue, 'schedule' | 'nudgeWorkers'>;
  logger: Logger;
  settings: ConsoleSettings;
  channelModes: ChannelModes;
  /** Runs a message through the real core with nothing sent or recorded (src/console/try-message/). */
  tryMessage: (input: TrialInput) => Promise<TrialResult>;
}

/**
 * Strict for every console response: scripts, styles and images from this service only (so no inline script can
 * run), no framing, forms posting back here only.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The operator console under /console, on the service's one HTTP server. */
export async function registerConsole(server: FastifyInstance, deps: ConsoleDeps): Promise<void> {
  await server.register(
    async (scope) => {
      scope.addHook('onRequest', async (_request, reply) => {
        reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
        reply.header('x-content-type-options', 'nosniff');
        reply.header('referrer-policy', 'same-origin');
        reply.header('x-frame-options', 'DENY');
      });
      registerConsoleAssets(scope);
      await scope.register(async (pages) => registerPages(pages, deps));
    },
    { prefix: '/console' },
  );
}

async function registerPages(pages: FastifyInstance, deps: ConsoleDeps): Promise<void> {
  const { settings } = deps;
  if (!settings.sessionSecret) {
    deps.logger.info('CONSOLE_SESSION_SECRET is not set: console sessions end when this process stops');
  }
  await pages.register(fastifyFormbody);
  await pages.register(fastifyCookie);
  await pages.register(fastifySession, {
    secret: settings.sessionSecret ?? randomBytes(32).toString('hex'),
    cookieName: 'credbot_console',
    // Secure is decided per request (markCookieSecurity): a fixed true would keep the cookie off plain http on
    // localhost, where `npm start` serves; the plugin's 'auto' would also lower SameSite to Lax there.
    cookie: { path: '/console', httpOnly: true, sameSite: 'strict', secure: false, maxAge: settings.sessionIdleSeconds * 1000 },
    rolling: true,
    saveUninitialized: false,
    store: createDatabaseSessionStore(deps.database.db, settings.sessionIdleSeconds),
  });
  await pages.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  await pages.register(fastifyRateLimit, { global: false });

  pages.decorateRequest('consoleUser', null);
  pages.addHook('preHandler', async (request, reply) => {
    markCookieSecurity(request, settings);
    request.consoleUser = await signedInUserOf(request, deps.database);
    const access = request.routeOptions.config.consoleAccess ?? 'signed-in';
    if (access === 'public') return;
    if (!request.consoleUser) return redirectToSignIn(request, reply);
  });
  // After the access hook: a POST from nobody signed in goes to the sign-in page whatever its token.
  pages.addHook('preHandler', (request, reply, done) => {
    if (request.method !== 'POST' || reply.sent) return done();
    pages.csrfProtection(request, reply, done);
  });
  pages.addHook('preHandler', async (request) => {
    if (request.routeOptions.config.consoleAccess === 'admin' && request.consoleUser?.role !== 'admin') {
      throw new ConsolePageError(403, 'Only admins can see or do this. Ask an admin if it needs doing.');
    }
  });

  pages.setErrorHandler((error: FastifyError | ConsolePageError, request, reply) => sendErrorPage(error, request, reply, deps.logger));
  pages.setNotFoundHandler(async (request, reply) => {
    if (!request.consoleUser) return redirectToSignIn(request, reply);
    return sendPage(reply, contextForError(request, reply), { title: 'Page not found', status: 404 }, <NotFoundBody />);
  });

  registerSignIn(pages, deps);
  registerOverviewAndTryPages(pages, deps);
  registerRequestPages(pages, deps);
  registerFailedEmailPages(pages, deps);
  registerSettingsPage(pages, deps);
  registerAuditPage(pages, deps);
}

/** Exported for the sign-in handler, which starts a new session (and so a new cookie) after the hook ran. */
export function markCookieSecurity(request: FastifyRequest, settings: Pick<ConsoleSettings, 'secureCookie'>): void {
  request.session.cookie.secure = settings.secureCookie ?? request.protocol === 'https';
}

async function signedInUserOf(request: FastifyRequest, database: Database) {
  const userId = request.session.userId;
  if (!userId) return null;
  const user = await findConsoleUserById(database.db, userId);
  if (!user || user.disabledAt) {
    // Removed since they signed in: the session ends here.
    await request.session.destroy();
    return null;
  }
  return { id: user.id, email: user.email, role: user.role };
}

function contextForError(request: FastifyRequest, reply: FastifyReply): PageContext {
  let csrfToken = '';
  try {
    csrfToken = reply.generateCsrf();
  } catch {
    // No session to hold a secret (it failed to load): the page shows no form that needs one.
  }
  return { user: request.consoleUser ?? null, csrfToken, currentPath: request.url.split('?')[0] ?? request.url };
}

function sendErrorPage(error: FastifyError | ConsolePageError, request: FastifyRequest, reply: FastifyReply, logger: Logger) {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  const context = contextForError(request, reply);
  if (status >= 500) {
    logger.error({ err: error, url: request.url.split('?')[0] }, 'console page failed');
    return sendPage(reply, context, { title: 'Something went wrong', status }, <Notice kind="error">This page failed. It was logged; try again, and tell whoever runs credbot if it keeps failing.</Notice>);
  }
  if (status === 429 && error instanceof ConsolePageError && error.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.retryAfterSeconds));
    return sendPage(reply, context, { title: 'Too many sign-in attempts', status }, <TooManyAttemptsBody seconds={error.retryAfterSeconds} />);
  }
  const message =
    error instanceof ConsolePageError
      ? error.message
      : error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET'
        ? 'This form has expired or did not come from the console. Go back, reload the page and try again.'
        : 'The request could not be understood.';
  const title = status === 403 ? 'Not allowed' : status === 401 ? 'Sign in first' : 'Bad request';
  return sendPage(reply, context, { title, status }, <Notice kind="error">{message}</Notice>);
}

function NotFoundBody() {
  return (
    <>
      <Notice kind="error">There is no such console page, or the thing it names does not exist.</Notice>
      <p>
        <a href="/console">Go to the overview</a>
      </p>
    </>
  );
}

function TooManyAttemptsBody({ seconds }: { seconds: number }) {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return (
    <>
      <Notice kind="error">
        Too many sign-in attempts from this address or for this account. Try again in {minutes} minute{minutes === 1 ? '' : 's'}.
      </Notice>
      <p>
        <a href="/console/sign-in">Back to sign-in</a>
      </p>
    </>
  );
}
