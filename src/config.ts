import { z } from 'zod';
import { DEFAULT_INTENT_THRESHOLDS, type IntentThresholds } from './core/intent/intent-thresholds.ts';
import { LANGUAGES } from './core/messages/languages.ts';
import { credentialText, describeRejectedSetting, HTTP_URL_RULES, listenHost, mailboxSetting, pemPrivateKey, POSTGRES_URL_RULES, SMTP_URL_RULES, urlSetting } from './config-checks.ts';
import { CLAIM_MARGIN_SECONDS, emailClaimLeaseSeconds, slackReplyClaimLeaseSeconds } from './jobs/claim-leases.ts';
import { longestSlackCallMs, SLACK_CALLS_PER_REPLY } from './slack/slack-call-limits.ts';
import { SLACK_ID_PATTERN as slackId } from './slack/slack-inbound.ts';
import { ZENDESK_TEST_SIGNING_SECRET } from './zendesk/webhook-signature.ts';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const postgresUrl = urlSetting(POSTGRES_URL_RULES);

const httpUrl = urlSetting(HTTP_URL_RULES);

const slackIdList = z
  .string()
  .transform((value) => value.split(',').map((id) => id.trim()).filter((id) => id !== ''))
  .refine((ids) => ids.length > 0 && ids.every((id) => slackId.test(id)), 'must be channel ids separated by commas, e.g. C0123ABCD,C0456EFGH');

const smtpUrl = urlSetting(SMTP_URL_RULES);

// Zendesk signs its "Test webhook" deliveries with this public value: as our secret, anyone could sign tickets.
const zendeskTestSecretRefused = 'is Zendesk\'s public test secret, which anyone can sign with: set the webhook\'s own secret (`credbot zendesk setup` prints it)';

/** Every setting credbot reads from the environment. `.env.example` documents each one. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: listenHost.default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  LOAD_DEMO_DATA: z.preprocess(emptyAsUndefined, booleanFlag.optional()),
  SMTP_URL: z.preprocess(emptyAsUndefined, smtpUrl.optional()),
  SMTP_SEND_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  MAIL_FROM: mailboxSetting.default('Credentials Support <no-reply@credbot.invalid>'),
  DKIM_DOMAIN: z.preprocess(emptyAsUndefined, z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i, 'must be a domain name, e.g. example.org').optional()),
  DKIM_SELECTOR: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/i, 'must be the DNS selector alone, e.g. credbot').optional()),
  DKIM_PRIVATE_KEY: z.preprocess(emptyAsUndefined, pemPrivateKey.optional()),
  SUPPORT_EMAIL: z.email({ message: 'must be an email address' }).default('support@credbot.invalid'),
  BRAND_NAME: z.string().min(1).default('Credentials'),
  DEFAULT_LANGUAGE: z.preprocess(emptyAsUndefined, z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` }).default('en')),
  STAFF_LANGUAGE: z.preprocess(emptyAsUndefined, z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(', ')}` }).default('en')),
  INTENT_ACT_THRESHOLD: z.coerce.number().gt(0, 'must be a probability above 0').max(1, 'must be a probability, at most 1').default(DEFAULT_INTENT_THRESHOLDS.act),
  INTENT_SUGGEST_THRESHOLD: z.coerce.number().gt(0, 'must be a probability above 0').max(1, 'must be a probability, at most 1').default(DEFAULT_INTENT_THRESHOLDS.suggest),
  RETRIEVE_LIMIT_PER_DAY: z.coerce.number().int().min(1).max(1000).default(3),
  ISSUER_HANDOFF_EMAILS: z.preprocess(emptyAsUndefined, booleanFlag.default(false)),
  ISSUER_HANDOFF_EMAIL_LIMIT_PER_DAY: z.coerce.number().int().min(1).max(1000).default(10),
  MAX_ADDRESSES_PER_MESSAGE: z.coerce.number().int().min(1).max(100).default(3),
  REQUESTER_ADDRESS_LIMIT_PER_DAY: z.coerce.number().int().min(1).max(1000).default(5),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  EMAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  CHANNEL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(9),
  CHANNEL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  READY_MAX_JOB_WAIT_SECONDS: z.coerce.number().int().min(10).max(86_400).default(600),
  RETENTION_DAYS: z.coerce.number().int().min(1, 'must be at least 1 (days)').max(3650).default(90),
  SERVICE_ROLE: z.preprocess(emptyAsUndefined, z.enum(['all', 'web', 'worker'], { message: 'must be all, web or worker' }).default('all')),
  /** Unset: `/metrics` is open to whoever reaches the port. */
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, credentialText.min(16, 'must be at least 16 characters, e.g. from `openssl rand -hex 32`').optional()),
  TRUST_PROXY: z.preprocess(emptyAsUndefined, booleanFlag.default(false)),
  CONSOLE_SESSION_SECRET: z.preprocess(emptyAsUndefined, credentialText.min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional()),
  CONSOLE_SECURE_COOKIE: z.preprocess(emptyAsUndefined, booleanFlag.optional()),
  CONSOLE_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(60),

  ZENDESK_SUBDOMAIN: z.preprocess(emptyAsUndefined, z.string().regex(/^[a-z0-9][a-z0-9-]*$/i, 'must be the subdomain alone, e.g. acme for acme.zendesk.com').optional()),
  ZENDESK_API_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  ZENDESK_EMAIL: z.preprocess(emptyAsUndefined, z.email({ message: 'must be an email address' }).optional()),
  ZENDESK_API_TOKEN: z.preprocess(emptyAsUndefined, credentialText.optional()),
  ZENDESK_OAUTH_TOKEN: z.preprocess(emptyAsUndefined, credentialText.optional()),
  ZENDESK_WEBHOOK_SECRET: z.preprocess(emptyAsUndefined, credentialText.min(8, 'must be the webhook signing secret').refine((secret) => secret !== ZENDESK_TEST_SIGNING_SECRET, zendeskTestSecretRefused).optional()),
  ZENDESK_SIGNATURE_TOLERANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  ZENDESK_RETRIEVE_STATUS: z.enum(['open', 'pending', 'hold', 'solved']).default('pending'),
  ZENDESK_HANDOFF_GROUP_ID: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().optional()),
  ZENDESK_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),

  SLACK_BOT_TOKEN: z.preprocess(emptyAsUndefined, z.string().regex(/^xoxb-\S+$/, 'must be a bot token (xoxb-...)').optional()),
  SLACK_SIGNING_SECRET: z.preprocess(emptyAsUndefined, credentialText.min(8, 'must be the app\'s signing secret').optional()),
  SLACK_APP_TOKEN: z.preprocess(emptyAsUndefined, z.string().regex(/^xapp-\S+$/, 'must be an app-level token (xapp-...)').optional()),
  SLACK_API_URL: z.preprocess(emptyAsUndefined, httpUrl.optional()),
  SLACK_SUPPORT_CHANNELS: z.preprocess(emptyAsUndefined, slackIdList.optional()),
  SLACK_HANDOFF_CHANNEL: z.preprocess(emptyAsUndefined, z.string().regex(slackId, 'must be a channel id, e.g. C0123ABCD').optional()),
  SLACK_EPHEMERAL_REPLIES: z.preprocess(emptyAsUndefined, booleanFlag.default(true)),
  SLACK_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  SLACK_API_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
});

export type Config = z.infer<typeof configSchema>;

/** What one `credbot start` process does: take requests (webhooks, Slack events), run the jobs, or both. */
export interface ServiceRole {
  acceptRequests: boolean;
  runWorkers: boolean;
}

/**
 * `all` (the default) is one process doing everything. `web` and `worker` split it in two processes on one
 * PostgreSQL database, so the jobs can run at a lower priority (`nice`) or on other machines, and a burst of work
 * never slows the acknowledgements down. The embedded database belongs to one process, so a split needs a server.
 */
export function serviceRole(config: Config): ServiceRole {
  if (config.SERVICE_ROLE !== 'all' && config.DATABASE_URL === undefined) {
    throw new ConfigError([
      `SERVICE_ROLE=${config.SERVICE_ROLE}: needs DATABASE_URL (a PostgreSQL server): the embedded database can be opened by one process only`,
    ]);
  }
  return { acceptRequests: config.SERVICE_ROLE !== 'worker', runWorkers: config.SERVICE_ROLE !== 'web' };
}

/** The classifier's bands: at or above `act` credbot answers on its own; from `suggest` it proposes an answer to staff. */
export function intentThresholds(config: Config): IntentThresholds {
  const thresholds = { act: config.INTENT_ACT_THRESHOLD, suggest: config.INTENT_SUGGEST_THRESHOLD };
  if (thresholds.suggest > thresholds.act) {
    throw new ConfigError([
      `INTENT_SUGGEST_THRESHOLD=${thresholds.suggest}: must not be above INTENT_ACT_THRESHOLD (${thresholds.act})`,
    ]);
  }
  return thresholds;
}

/** DKIM signing when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY are all set; none: unsigned; some: a mistake. */
export function dkimSigning(config: Config): { domainName: string; keySelector: string; privateKey: string } | undefined {
  const { DKIM_DOMAIN: domainName, DKIM_SELECTOR: keySelector, DKIM_PRIVATE_KEY: privateKey } = config;
  if (domainName && keySelector && privateKey) return { domainName, keySelector, privateKey };
  const missing = Object.entries({ DKIM_DOMAIN: domainName, DKIM_SELECTOR: keySelector, DKIM_PRIVATE_KEY: privateKey }).filter(([, value]) => !value);
  if (missing.length === 3) return undefined;
  throw new ConfigError(missing.map(([name]) => `${name}: required with the other DKIM settings (DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY)`));
}

export interface ZendeskApiSettings {
  apiUrl: string;
  auth: { email: string; apiToken: string } | { oauthToken: string };
}

export interface ZendeskSettings extends ZendeskApiSettings {
  webhookSecret: string;
}

/** What `credbot zendesk setup` needs: the API, before a webhook (and so its secret) exists. */
export function zendeskApiSettings(config: Config): ZendeskApiSettings {
  const apiUrl = config.ZENDESK_API_URL ?? (config.ZENDESK_SUBDOMAIN ? `https://${config.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2` : undefined);
  const auth = config.ZENDESK_OAUTH_TOKEN
    ? { oauthToken: config.ZENDESK_OAUTH_TOKEN }
    : config.ZENDESK_EMAIL && config.ZENDESK_API_TOKEN
      ? { email: config.ZENDESK_EMAIL, apiToken: config.ZENDESK_API_TOKEN }
      : undefined;
  const problems = [
    ...(apiUrl ? [] : ['ZENDESK_SUBDOMAIN or ZENDESK_API_URL: one is required for the Zendesk channel']),
    ...(auth ? [] : ['ZENDESK_EMAIL and ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN: required for the Zendesk channel']),
  ];
  if (!apiUrl || !auth) throw new ConfigError(problems);
  return { apiUrl: apiUrl.replace(/\/+$/, ''), auth };
}

/**
 * The Zendesk channel runs when it has an API address, credentials and the webhook secret; with none of
 * them it is off. Some but not all is a mistake worth stopping for, so it is reported like any bad variable.
 */
export function zendeskSettings(config: Config): ZendeskSettings | null {
  const given = [config.ZENDESK_SUBDOMAIN, config.ZENDESK_API_URL, config.ZENDESK_EMAIL, config.ZENDESK_API_TOKEN, config.ZENDESK_OAUTH_TOKEN, config.ZENDESK_WEBHOOK_SECRET];
  if (given.every((value) => value === undefined)) return null;
  const secretProblem = config.ZENDESK_WEBHOOK_SECRET ? [] : ['ZENDESK_WEBHOOK_SECRET: required for the Zendesk channel (`credbot zendesk setup` prints it)'];
  let api: ZendeskApiSettings | undefined;
  try {
    api = zendeskApiSettings(config);
  } catch (error) {
    throw new ConfigError([...(error as ConfigError).problems, ...secretProblem]);
  }
  if (!config.ZENDESK_WEBHOOK_SECRET) throw new ConfigError(secretProblem);
  return { ...api, webhookSecret: config.ZENDESK_WEBHOOK_SECRET };
}

export interface SlackSettings {
  botToken: string;
  /** `http`: Slack posts to /slack/events, signed; `socket`: credbot connects out over Socket Mode. */
  mode: { kind: 'http'; signingSecret: string } | { kind: 'socket'; appToken: string };
  /** The Web API base URL, ending in `/`: Slack's unless SLACK_API_URL points elsewhere (tests, proxies). */
  apiUrl: string;
  /** Channels whose messages credbot reads; null: every channel it is in. */
  supportChannels: string[] | null;
  handoffChannel: string | null;
  ephemeralReplies: boolean;
  apiTimeoutMs: number;
  apiRetries: number;
}

/**
 * The Slack channel runs with a bot token and either a signing secret (HTTP) or an app-level token (Socket
 * Mode); with none of the three it is off. Some but not all is reported like any bad variable.
 */
export function slackSettings(config: Config): SlackSettings | null {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = config;
  if (botToken === undefined && signingSecret === undefined && appToken === undefined) return null;
  const mode: SlackSettings['mode'] | undefined = appToken
    ? { kind: 'socket', appToken }
    : signingSecret
      ? { kind: 'http', signingSecret }
      : undefined;
  if (!botToken || !mode) {
    throw new ConfigError([
      ...(botToken ? [] : ['SLACK_BOT_TOKEN: required for the Slack channel']),
      ...(mode ? [] : ['SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode): one is required for the Slack channel']),
    ]);
  }
  const apiUrl = config.SLACK_API_URL ?? 'https://slack.com/api/';
  return {
    botToken,
    mode,
    apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    supportChannels: config.SLACK_SUPPORT_CHANNELS ?? null,
    handoffChannel: config.SLACK_HANDOFF_CHANNEL ?? null,
    ephemeralReplies: config.SLACK_EPHEMERAL_REPLIES,
    apiTimeoutMs: config.SLACK_API_TIMEOUT_MS,
    apiRetries: config.SLACK_API_RETRIES,
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * A job running longer than JOB_TIMEOUT_SECONDS is taken as crashed and retried, while its first attempt may still
 * be sending. The attempt's claim keeps the retry from sending again (src/db/claims.ts), but a timeout shorter than
 * what the clients may take would turn every slow send into a retry waiting on that claim: so it must be at least
 * as long as each claim (src/jobs/claim-leases.ts).
 */
function jobTimeoutProblems(config: Config, env: Record<string, string | undefined>): string[] {
  const slackCalls = { apiTimeoutMs: config.SLACK_API_TIMEOUT_MS, apiRetries: config.SLACK_API_RETRIES };
  const needs = [
    { seconds: emailClaimLeaseSeconds(config.SMTP_SEND_TIMEOUT_MS), why: `sending an email may take SMTP_SEND_TIMEOUT_MS (${config.SMTP_SEND_TIMEOUT_MS} ms)` },
    ...(config.SLACK_BOT_TOKEN === undefined
      ? []
      : [
          {
            seconds: slackReplyClaimLeaseSeconds(slackCalls),
            why:
              `a Slack reply makes up to ${SLACK_CALLS_PER_REPLY} calls of up to ${Math.ceil(longestSlackCallMs(slackCalls) / 1000)} s each ` +
              `(SLACK_API_TIMEOUT_MS=${config.SLACK_API_TIMEOUT_MS} per try, SLACK_API_RETRIES=${config.SLACK_API_RETRIES}, back-off between tries)`,
          },
        ]),
  ];
  const setting = describeRejectedSetting('JOB_TIMEOUT_SECONDS', env.JOB_TIMEOUT_SECONDS);
  return needs
    .filter((need) => config.JOB_TIMEOUT_SECONDS < need.seconds)
    .map((need) => `${setting}: must be at least ${need.seconds}: ${need.why}, and ${CLAIM_MARGIN_SECONDS} s more to record it; a job timing out sooner is retried while it still runs`);
}

/**
 * Whether to load the demo dataset into an empty database: when LOAD_DEMO_DATA says so, and by default on the
 * embedded database only (a try-out on a laptop). A PostgreSQL server is where production lives: fake learners
 * loaded there before the first import would be answered as real ones.
 */
export function loadsDemoData(config: Pick<Config, 'LOAD_DEMO_DATA'>, databaseKind: 'embedded' | 'postgres'): boolean {
  return config.LOAD_DEMO_DATA ?? databaseKind === 'embedded';
}

/** Reads the environment once, at start-up. A bad value throws a ConfigError naming each variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) {
    const problems = jobTimeoutProblems(result.data, env);
    if (problems.length > 0) throw new ConfigError(problems);
    return result.data;
  }
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      return `${describeRejectedSetting(variable, env[variable])}: ${issue.message}`;
    }),
  );
}

export interface ConsoleSettings {
  /** Signs the session cookie; undefined: a random one per process (sessions then end with the process). */
  sessionSecret: string | undefined;
  /** undefined: Secure when the request came over https; true/false: always/never. */
  secureCookie: boolean | undefined;
  sessionIdleSeconds: number;
  /** Where a ticket opens for an agent: `https://acme.zendesk.com`, or ZENDESK_API_URL's origin; null without Zendesk. */
  zendeskAgentOrigin: string | null;
}

export function consoleSettings(config: Config): ConsoleSettings {
  const zendeskAgentOrigin = config.ZENDESK_SUBDOMAIN
    ? `https://${config.ZENDESK_SUBDOMAIN}.zendesk.com`
    : config.ZENDESK_API_URL
      ? new URL(config.ZENDESK_API_URL).origin
      : null;
  return {
    sessionSecret: config.CONSOLE_SESSION_SECRET,
    secureCookie: config.CONSOLE_SECURE_COOKIE,
    sessionIdleSeconds: config.CONSOLE_SESSION_IDLE_MINUTES * 60,
    zendeskAgentOrigin,
  };
}
