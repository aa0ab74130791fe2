import type { ComponentChildren } from 'preact';

/** Who is signed in, as the layout shows them. */
export interface SignedInUser {
  id: string;
  email: string;
  role: 'admin' | 'viewer';
}

export interface LayoutProps {
  title: string;
  /** The page's path, to mark its nav link as the current page. */
  currentPath: string;
  /** Null on pages shown to nobody signed in (sign-in, and its errors). */
  user: SignedInUser | null;
  /** The token every POST form carries (the sign-out form here). */
  csrfToken: string;
  children: ComponentChildren;
}

export const NAV_LINKS: readonly { href: string; label: string }[] = [
  { href: '/console', label: 'Overview' },
  { href: '/console/requests', label: 'Requests' },
  { href: '/console/emails/failed', label: 'Failed emails' },
  { href: '/console/try', label: 'Try a message' },
  { href: '/console/settings', label: 'Settings' },
  { href: '/console/audit', label: 'Audit' },
];

function isCurrent(href: string, currentPath: string): boolean {
  return href === '/console' ? currentPath === '/console' : currentPath === href || currentPath.startsWith(`${href}/`);
}

/** Every console page: the header with the nav and who is signed in, then the page's own content. */
export function Layout({ title, currentPath, user, csrfToken, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · credbot console`}</title>
        {/* No icon: without this line every page also asks for /favicon.ico, which the service does not have. */}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/console/assets/console.css" />
        <script src="/console/assets/chart.umd.js" defer />
        <script src="/console/assets/console.js" defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site">
          <span class="brand">credbot console</span>
          {user && (
            <nav aria-label="Console">
              <ul>
                {NAV_LINKS.map((link) => (
                  <li key={link.href}>
                    <a href={link.href} aria-current={isCurrent(link.href, currentPath) ? 'page' : undefined}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {user && (
            <div class="who">
              <span>
                {user.email} <span class="badge">{user.role}</span>
              </span>
              <form method="post" action="/console/sign-out">
                <input type="hidden" name="_csrf" value={csrfToken} />
                <button type="submit" class="secondary">
                  Sign out
                </button>
              </form>
            </div>
          )}
        </header>
        <main id="main">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

/** The hidden field that carries the CSRF token in a POST form. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function Notice({ kind, children }: { kind: 'ok' | 'error' | 'info'; children: ComponentChildren }) {
  return (
    <p class={`notice ${kind === 'info' ? '' : kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
