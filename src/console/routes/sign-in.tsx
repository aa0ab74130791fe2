import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../db/console-audit.ts';
import { findConsoleUserByEmail, normalizeConsoleEmail } from '../../db/console-users.ts';
import { ConsolePageError, safeNextPath } from '../access.ts';
import { CsrfField, Notice } from '../layout.tsx';
import { pageContext, redirectAfterPost, sendPage } from '../page.tsx';
import { isPasswordCorrect } from '../passwords.ts';
import type { ConsoleDeps } from '../register-console.tsx';
import { markCookieSecurity } from '../register-console.tsx';

/** Sign-in attempts allowed per client address, and per account address, in each window. */
const SIGN_IN_ATTEMPTS = 10;
const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/** The one answer to a wrong password and an unknown address alike: it tells nobody which addresses have accounts. */
const WRONG_CREDENTIALS = 'That email and password do not match an account. Check both and try again.';

interface SignInBody {
  email?: unknown;
  password?: unknown;
  next?: unknown;
}

export function registerSignIn(pages: FastifyInstance, deps: ConsoleDeps): void {
  const limitByClient = pages.createRateLimit({ max: SIGN_IN_ATTEMPTS, timeWindow: SIGN_IN_WINDOW_MS, keyGenerator: (request) => `sign-in:ip:${request.ip}` });
  const limitByAccount = pages.createRateLimit({
    max: SIGN_IN_ATTEMPTS,
    timeWindow: SIGN_IN_WINDOW_MS,
    keyGenerator: (request) => `sign-in:email:${normalizeConsoleEmail(String((request.body as SignInBody | undefined)?.email ?? ''))}`,
  });
  const enforceSignInLimits = async (request: FastifyRequest) => {
    for (const limit of [limitByClient, limitByAccount]) {
      const outcome = await limit(request);
      if (!outcome.isAllowed && outcome.isExceeded) {
        throw new ConsolePageError(429, 'Too many sign-in attempts.', outcome.ttlInSeconds);
      }
    }
  };

  pages.get<{ Querystring: { next?: string } }>('/sign-in', { config: { consoleAccess: 'public' } }, async (request, reply) => {
    const next = safeNextPath(request.query.next);
    if (request.consoleUser) return reply.code(303).header('location', next).send();
    return sendSignInForm(request, reply, { next });
  });

  pages.post<{ Body: SignInBody }>('/sign-in', { config: { consoleAccess: 'public' }, preHandler: enforceSignInLimits }, async (request, reply) => {
    const body = request.body ?? {};
    const next = safeNextPath(body.next);
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    if (email === '') return sendSignInForm(request, reply, { next, email, status: 400, error: { field: 'email', message: 'Email: enter the address your account was added with.' } });
    if (password === '') return sendSignInForm(request, reply, { next, email, status: 400, error: { field: 'password', message: 'Password: enter your password.' } });

    const user = await findConsoleUserByEmail(deps.database.db, email);
    const usable = user !== null && user.disabledAt === null;
    const correct = await isPasswordCorrect(usable ? user.passwordHash : null, password);
    if (!usable || !correct) {
      // Only attempts on a real account are recorded: an address typed by mistake is nobody's business to keep.
      if (user) await recordAudit(deps.database.db, { userId: user.id, userEmail: user.email, action: 'sign_in_failed', detail: { ip: request.ip } });
      return sendSignInForm(request, reply, { next, email, status: 401, error: { field: null, message: WRONG_CREDENTIALS } });
    }

    // A new session id at sign-in, so that one planted before it (session fixation) is worth nothing.
    await request.session.regenerate();
    markCookieSecurity(request, deps.settings);
    request.session.userId = user.id;
    await recordAudit(deps.database.db, { userId: user.id, userEmail: user.email, action: 'sign_in', detail: { ip: request.ip } });
    return redirectAfterPost(reply, next);
  });

  pages.post('/sign-out', { config: { consoleAccess: 'public' } }, async (request, reply) => {
    const user = request.consoleUser;
    if (user) await recordAudit(deps.database.db, { userId: user.id, userEmail: user.email, action: 'sign_out' });
    await request.session.destroy();
    return redirectAfterPost(reply, '/console/sign-in');
  });
}

function sendSignInForm(
  request: FastifyRequest,
  reply: FastifyReply,
  form: { next: string; email?: string; status?: number; error?: { field: 'email' | 'password' | null; message: string } },
) {
  const context = pageContext(request, reply);
  const error = form.error;
  return sendPage(
    reply,
    context,
    { title: 'Sign in', status: form.status ?? 200 },
    <form method="post" action="/console/sign-in" class="card sign-in" novalidate>
      {error && <Notice kind="error">{error.message}</Notice>}
      <CsrfField token={context.csrfToken} />
      <input type="hidden" name="next" value={form.next} />
      <div class="field">
        <label for="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={form.email ?? ''}
          aria-invalid={error?.field === 'email' ? 'true' : undefined}
          autofocus={error?.field !== 'password'}
        />
      </div>
      <div class="field">
        <label for="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          aria-invalid={error?.field === 'password' ? 'true' : undefined}
          autofocus={error?.field === 'password'}
        />
      </div>
      <button type="submit">Sign in</button>
    </form>,
  );
}
