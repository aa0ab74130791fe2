import { createPrivateKey } from 'node:crypto';
import { isIP } from 'node:net';
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';

/**
 * Checks of single setting values that need more than a regex, and the one rule for how a rejected value is
 * shown. Every problem is worded without repeating the value: a URL may hold a password, a token is a secret.
 */

/** What a URL setting must be. */
export interface UrlRules {
  schemes: readonly string[];
  /** How the message names the expected form, e.g. `an http(s):// URL`. */
  kind: string;
  /** `refused`: a user name or password in the URL is an error (the setting's credentials live elsewhere). */
  credentials: 'allowed' | 'refused';
  /** postgres.js takes `host1:5432,host2:5433` in place of one host, and connects to the first that answers. */
  hostList?: boolean;
  /** Query parameters whose value must be one of a list. */
  queryValues?: Readonly<Record<string, readonly string[]>>;
}

export const POSTGRES_URL_RULES: UrlRules = {
  schemes: ['postgres', 'postgresql'],
  kind: 'a postgres:// or postgresql:// URL',
  credentials: 'allowed',
  hostList: true,
  // libpq's modes. postgres.js reads any other word as "TLS, verified", so a typo would fail only at the connection.
  queryValues: { sslmode: ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] },
};
export const SMTP_URL_RULES: UrlRules = { schemes: ['smtp', 'smtps'], kind: 'an smtp:// or smtps:// URL', credentials: 'allowed' };
// An API URL is logged at start-up, and the APIs' credentials are settings of their own (ZENDESK_API_TOKEN, SLACK_BOT_TOKEN).
export const HTTP_URL_RULES: UrlRules = { schemes: ['http', 'https'], kind: 'an http(s):// URL', credentials: 'refused' };

const ENCODING_HINT = ' (a user name or password holding : / ? # @ % or a space must be percent-encoded)';

/** The first thing wrong with a URL, in words that never repeat it; undefined when the drivers can use it. */
export function urlProblem(value: string, rules: UrlRules): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined || !rules.schemes.includes(scheme)) return `must be ${rules.kind}`;
  // Split where the drivers split: the authority ends at the first / ? or #, the host list after the last @.
  const start = scheme.length + 3;
  const authorityEnd = value.slice(start).search(/[/?#]/);
  const authority = authorityEnd === -1 ? value.slice(start) : value.slice(start, start + authorityEnd);
  const hostsStart = authority.lastIndexOf('@') + 1;
  // A password with a stray : or / is the likely cause of a bad host or port, so say how to write one.
  const hint = rules.credentials === 'allowed' ? ENCODING_HINT : '';
  const hosts = rules.hostList ? authority.slice(hostsStart).split(',') : [authority.slice(hostsStart)];
  for (const host of hosts) {
    const port = /^(?:\[[^\]]*\]|[^:[\]]*)(?::(.*))?$/.exec(host);
    if (!port) return `has a malformed host${hint}`;
    if (port[1] && !isPortNumber(port[1])) return `has a port that is not a number from 1 to 65535${hint}`;
  }
  let url: URL;
  try {
    const firstHostOnly = value.slice(0, start + hostsStart) + hosts[0] + value.slice(start + authority.length);
    url = new URL(firstHostOnly);
  } catch {
    return `is not a valid URL${hint}`;
  }
  for (const [name, allowed] of Object.entries(rules.queryValues ?? {})) {
    const given = url.searchParams.get(name);
    if (given !== null && !allowed.includes(given)) return `has an ${name} that is not one of ${allowed.join(', ')}`;
  }
  if (url.username === '' && url.password === '') return undefined;
  if (rules.credentials === 'refused') return 'must not hold a user name or password';
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
  } catch {
    return 'has a user name or password with a malformed %-escape (write a % itself as %25)';
  }
  return undefined;
}

function isPortNumber(text: string): boolean {
  return /^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535;
}

/** A zod string that must pass `urlProblem`. */
export function urlSetting(rules: UrlRules) {
  return z.string().superRefine((value, context) => {
    const problem = urlProblem(value, rules);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  });
}

const HOST_NAME_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * What HOST must look like: an IP address or a host name. Whether this machine has that address is known only
 * when the server listens, which reports it as a bad HOST too (main.ts).
 */
export function listenHostProblem(value: string): string | undefined {
  if (isIP(value) !== 0) return undefined;
  if (/^[\d.]+$/.test(value)) return 'must be an IPv4 address of four numbers from 0 to 255, e.g. 127.0.0.1';
  if (value.startsWith('[')) return 'must be an IPv6 address without brackets, e.g. ::1';
  const labels = value.replace(/\.$/, '').split('.');
  if (value.length <= 253 && labels.every((label) => HOST_NAME_LABEL.test(label))) return undefined;
  return 'must be a host name or an IP address, e.g. 0.0.0.0, 127.0.0.1 or ::';
}

export const listenHost = z.string().superRefine((value, context) => {
  const problem = listenHostProblem(value);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
});

/** A token or secret as pasted: one word. A space or a line break means the paste went wrong (`Bearer …`, two values). */
export const credentialText = z.string().regex(/^\S+$/, 'must be the value alone, with no spaces or line breaks');

/** Settings whose value is, or may hold, a credential: tokens, secrets, passwords, and URLs (their userinfo). */
const CREDENTIAL_SETTING = /(TOKEN|SECRET|PASSWORD|_KEY|_URL)$/;
/** The kind of a Slack token is public and tells a bot token from a user token pasted by mistake. */
const TOKEN_KIND = /^(?:xox[a-z]|xapp)-/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * How an error names a rejected setting: `NAME="value"`; for a credential setting, at most the recognisable start
 * of the value (`SLACK_BOT_TOKEN=xoxp-…`, `DATABASE_URL=mysql://…`), or the name alone.
 */
export function describeRejectedSetting(variable: string, given: string | undefined): string {
  if (given === undefined) return variable;
  if (!CREDENTIAL_SETTING.test(variable)) return `${variable}=${JSON.stringify(given)}`;
  const recognisable = TOKEN_KIND.exec(given)?.[0] ?? URL_SCHEME.exec(given)?.[0];
  return recognisable === undefined ? variable : `${variable}=${recognisable}…`;
}

const MAILBOX_EXAMPLE = 'e.g. "Credentials Support <no-reply@example.org>" or no-reply@example.org';

/**
 * A sender: one address, with or without a display name. Parsed as nodemailer will parse it when it sends, so a
 * value accepted here is the sender every email carries (a bare name would go out with no address at all).
 */
export const mailboxSetting = z.string().superRefine((value, context) => {
  const mailboxes = addressparser(value, { flatten: true });
  if (mailboxes.length !== 1) {
    context.addIssue({ code: 'custom', message: `must be one sender address, ${MAILBOX_EXAMPLE}` });
    return;
  }
  if (!z.email().safeParse(mailboxes[0]?.address).success) {
    context.addIssue({ code: 'custom', message: `must hold an email address, ${MAILBOX_EXAMPLE}` });
  }
});

/**
 * A PEM private key (DKIM_PRIVATE_KEY). One line with `\n` escapes is taken too: many environments cannot hold a
 * value of several lines. The message never repeats the key.
 */
export const pemPrivateKey = z.string().transform((value, context) => {
  const pem = value.includes('\n') ? value : value.replace(/\\n/g, '\n');
  try {
    createPrivateKey(pem);
    return pem;
  } catch {
    context.addIssue({ code: 'custom', message: 'must be a PEM private key (-----BEGIN PRIVATE KEY----- …), with its line breaks or \\n' });
    return z.NEVER;
  }
});
