/** One browser-like visitor of the console over real HTTP: it keeps its cookies and reads the CSRF token off pages. */
export interface ConsoleClient {
  get(path: string): Promise<ConsoleResponse>;
  /** Posts a form with the CSRF token of the last page read, unless `withToken: false` or the fields carry one. */
  post(path: string, fields: Record<string, string>, options?: { withToken?: boolean }): Promise<ConsoleResponse>;
  signIn(email: string, password: string, next?: string): Promise<ConsoleResponse>;
  /** The CSRF token on the last page read. */
  lastToken(): string | undefined;
}

export interface ConsoleResponse {
  status: number;
  location: string | null;
  headers: Headers;
  html: string;
}

/** `clientAddress` is sent as X-Forwarded-For (for a service with TRUST_PROXY on): each client counts on its own. */
export function createConsoleClient(serviceUrl: string, options: { clientAddress?: string } = {}): ConsoleClient {
  const cookies = new Map<string, string>();
  let token: string | undefined;

  async function send(method: 'GET' | 'POST', path: string, body?: URLSearchParams): Promise<ConsoleResponse> {
    const headers: Record<string, string> = {};
    if (cookies.size > 0) headers.cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (body) headers['content-type'] = 'application/x-www-form-urlencoded';
    if (options.clientAddress) headers['x-forwarded-for'] = options.clientAddress;
    const response = await fetch(new URL(path, serviceUrl), { method, headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    const html = await response.text();
    const found = /name="_csrf" value="([^"]+)"/.exec(html);
    if (found) token = found[1];
    return { status: response.status, location: response.headers.get('location'), headers: response.headers, html };
  }

  const client: ConsoleClient = {
    get: (path) => send('GET', path),
    async post(path, fields, postOptions = {}) {
      const body = new URLSearchParams(fields);
      if (postOptions.withToken !== false && token !== undefined && !('_csrf' in fields)) body.set('_csrf', token);
      return send('POST', path, body);
    },
    async signIn(email, password, next) {
      await client.get('/console/sign-in');
      return client.post('/console/sign-in', { email, password, ...(next ? { next } : {}) });
    },
    lastToken: () => token,
  };
  return client;
}
