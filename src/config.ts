import { z } from 'zod';
import { DEFAULT_INTENT_THRESHOLDS, type IntentThresholds } from './core/intent/intent-thresholds.ts';
import { LANGUAGES } from './core/messages/languages.ts';
import { credentialText, describeRejectedSetting, HTTP_URL_RULES, listenHost, mailboxSetting, pemPrivateKey, POSTGRES_URL_RULES, SMTP_URL_RULES, urlSetting } from './config-checks.ts';
import { CLAIM_MARGIN_SECONDS, emailClaimLeaseSeconds, slackReplyClaimLeaseSeconds } from './jobs/claim-leases.ts';
import { longestSlackCallMs, SLACK_CALLS_PER_REPLY } from './slack/slack-call-limits.ts';
import type { DkimSigning } from './mail/mailer.ts';
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

/**
 * Every setting credbot reads from the environment, each checked on its own. `.env.example` documents each one.
 * The rules between settings, and the settings each part of credbot receives, come from it in `configSchema`.
 */
export const environmentSchema = z.object({
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

export type Environment = z.infer<typeof environmentSchema>;

/**
 * How a rule between settings says what is wrong. `variable`: the one setting to change, shown as any rejected
 * setting is (describeRejectedSetting); without it the message names the settings itself and repeats no value.
 */
type ReportProblem = (message: string, variable?: keyof Environment) => void;

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
function readServiceRole(env: Environment, report: ReportProblem): ServiceRole {
  if (env.SERVICE_ROLE !== 'all' && env.DATABASE_URL === undefined) {
    report('needs DATABASE_URL (a PostgreSQL server): the embedded database can be opened by one process only', 'SERVICE_ROLE');
  }
  return { acceptRequests: env.SERVICE_ROLE !== 'worker', runWorkers: env.SERVICE_ROLE !== 'web' };
}

/** The classifier's bands: at or above `act` credbot answers on its own; from `suggest` it proposes an answer to staff. */
function readIntentThresholds(env: Environment, report: ReportProblem): IntentThresholds {
  const thresholds = { act: env.INTENT_ACT_THRESHOLD, suggest: env.INTENT_SUGGEST_THRESHOLD };
  if (thresholds.suggest > thresholds.act) {
    report(`must not be above INTENT_ACT_THRESHOLD (${thresholds.suggest} is above ${thresholds.act})`, 'INTENT_SUGGEST_THRESHOLD');
  }
  return thresholds;
}

/** DKIM signing when DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY are all set; none: unsigned; some: a mistake. */
function readDkimSigning(env: Environment, report: ReportProblem): DkimSigning | undefined {
  const { DKIM_DOMAIN: domainName, DKIM_SELECTOR: keySelector, DKIM_PRIVATE_KEY: privateKey } = env;
  if (domainName && keySelector && privateKey) return { domainName, keySelector, privateKey };
  const missing = (['DKIM_DOMAIN', 'DKIM_SELECTOR', 'DKIM_PRIVATE_KEY'] as const).filter((name) => !env[name]);
  if (missing.length < 3) {
    for (const name of missing) report('required with the other DKIM settings (DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY)', name);
  }
  return undefined;
}

export interface ZendeskApiSettings {
  apiUrl: string;
  auth: { email: string; apiToken: string } | { oauthToken: string };
}

export interface ZendeskSettings extends ZendeskApiSettings {
  webhookSecret: string;
  apiTimeoutMs: number;
  /** How far from now a webhook's signed timestamp may be, either side. */
  signatureToleranceSeconds: number;
  /** The ticket's status after a retrieve email went. */
  retrieveStatus: 'open' | 'pending' | 'hold' | 'solved';
  /** Where hand-offs go; undefined: the ticket's group is left alone. */
  handoffGroupId: number | undefined;
}

/** The Zendesk API's address and credentials: what the channel needs, and all `credbot zendesk setup` needs. */
function readZendeskApi(env: Environment, report: ReportProblem): ZendeskApiSettings | undefined {
  const apiUrl = env.ZENDESK_API_URL ?? (env.ZENDESK_SUBDOMAIN ? `https://${env.ZENDESK_SUBDOMAIN}.zendesk.com/api/v2` : undefined);
  const auth = env.ZENDESK_OAUTH_TOKEN
    ? { oauthToken: env.ZENDESK_OAUTH_TOKEN }
    : env.ZENDESK_EMAIL && env.ZENDESK_API_TOKEN
      ? { email: env.ZENDESK_EMAIL, apiToken: env.ZENDESK_API_TOKEN }
      : undefined;
  if (!apiUrl) report('ZENDESK_SUBDOMAIN or ZENDESK_API_URL: one is required for the Zendesk channel');
  if (!auth) report('ZENDESK_EMAIL and ZENDESK_API_TOKEN, or ZENDESK_OAUTH_TOKEN: required for the Zendesk channel');
  return apiUrl && auth ? { apiUrl: apiUrl.replace(/\/+$/, ''), auth } : undefined;
}

/**
 * The Zendesk channel runs when it has an API address, credentials and the webhook secret; with none of
 * them it is off. Some but not all is a mistake worth stopping for, so it is reported like any bad variable.
 */
function readZendesk(env: Environment, report: ReportProblem): ZendeskSettings | undefined {
  const given = [env.ZENDESK_SUBDOMAIN, env.ZENDESK_API_URL, env.ZENDESK_EMAIL, env.ZENDESK_API_TOKEN, env.ZENDESK_OAUTH_TOKEN, env.ZENDESK_WEBHOOK_SECRET];
  if (given.every((value) => value === undefined)) return undefined;
  const api = readZendeskApi(env, report);
  const webhookSecret = env.ZENDESK_WEBHOOK_SECRET;
  if (!webhookSecret) report('required for the Zendesk channel (`credbot zendesk setup` prints it)', 'ZENDESK_WEBHOOK_SECRET');
  return api && webhookSecret
    ? {
        ...api,
        webhookSecret,
        apiTimeoutMs: env.ZENDESK_API_TIMEOUT_MS,
        signatureToleranceSeconds: env.ZENDESK_SIGNATURE_TOLERANCE_SECONDS,
        retrieveStatus: env.ZENDESK_RETRIEVE_STATUS,
        handoffGroupId: env.ZENDESK_HANDOFF_GROUP_ID,
      }
    : undefined;
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
function readSlack(env: Environment, report: ReportProblem): SlackSettings | undefined {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = env;
  if (botToken === undefined && signingSecret === undefined && appToken === undefined) return undefined;
  const mode: SlackSettings['mode'] | undefined = appToken
    ? { kind: 'socket', appToken }
    : signingSecret
      ? { kind: 'http', signingSecret }
      : undefined;
  if (!botToken) report('required for the Slack channel', 'SLACK_BOT_TOKEN');
  if (!mode) report('SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode): one is required for the Slack channel');
  if (!botToken || !mode) return undefined;
  const apiUrl = env.SLACK_API_URL ?? 'https://slack.com/api/';
  return {
    botToken,
    mode,
    apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    supportChannels: env.SLACK_SUPPORT_CHANNELS ?? null,
    handoffChannel: env.SLACK_HANDOFF_CHANNEL ?? null,
    ephemeralReplies: env.SLACK_EPHEMERAL_REPLIES,
    apiTimeoutMs: env.SLACK_API_TIMEOUT_MS,
    apiRetries: env.SLACK_API_RETRIES,
  };
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

function readConsole(env: Environment): ConsoleSettings {
  const zendeskAgentOrigin = env.ZENDESK_SUBDOMAIN
    ? `https://${env.ZENDESK_SUBDOMAIN}.zendesk.com`
    : env.ZENDESK_API_URL
      ? new URL(env.ZENDESK_API_URL).origin
      : null;
  return {
    sessionSecret: env.CONSOLE_SESSION_SECRET,
    secureCookie: env.CONSOLE_SECURE_COOKIE,
    sessionIdleSeconds: env.CONSOLE_SESSION_IDLE_MINUTES * 60,
    zendeskAgentOrigin,
  };
}

/**
 * A job running longer than JOB_TIMEOUT_SECONDS is taken as crashed and retried, while its first attempt may still
 * be sending. The attempt's claim keeps the retry from sending again (src/db/claims.ts), but a timeout shorter than
 * what the clients may take would turn every slow send into a retry waiting on that claim: so it must be at least
 * as long as each claim (src/jobs/claim-leases.ts).
 */
function checkJobTimeout(env: Environment, report: ReportProblem): void {
  const slackCalls = { apiTimeoutMs: env.SLACK_API_TIMEOUT_MS, apiRetries: env.SLACK_API_RETRIES };
  const needs = [
    { seconds: emailClaimLeaseSeconds(env.SMTP_SEND_TIMEOUT_MS), why: `sending an email may take SMTP_SEND_TIMEOUT_MS (${env.SMTP_SEND_TIMEOUT_MS} ms)` },
    ...(env.SLACK_BOT_TOKEN === undefined
      ? []
      : [
          {
            seconds: slackReplyClaimLeaseSeconds(slackCalls),
            why:
              `a Slack reply makes up to ${SLACK_CALLS_PER_REPLY} calls of up to ${Math.ceil(longestSlackCallMs(slackCalls) / 1000)} s each ` +
              `(SLACK_API_TIMEOUT_MS=${env.SLACK_API_TIMEOUT_MS} per try, SLACK_API_RETRIES=${env.SLACK_API_RETRIES}, back-off between tries)`,
          },
        ]),
  ];
  for (const need of needs.filter(({ seconds }) => env.JOB_TIMEOUT_SECONDS < seconds)) {
    report(`must be at least ${need.seconds}: ${need.why}, and ${CLAIM_MARGIN_SECONDS} s more to record it; a job timing out sooner is retried while it still runs`, 'JOB_TIMEOUT_SECONDS');
  }
}

function reporterFor(context: z.RefinementCtx): ReportProblem {
  return (message, variable) => context.addIssue({ code: 'custom', message, path: variable === undefined ? [] : [variable] });
}

/**
 * The environment checked whole: each variable on its own, then every rule between them. What it yields is the
 * variables, and the settings each part of credbot is given (a channel's settings: undefined when it is off).
 */
export const configSchema = environmentSchema.transform((env, context) => {
  const report = reporterFor(context);
  checkJobTimeout(env, report);
  return {
    ...env,
    serviceRole: readServiceRole(env, report),
    intentThresholds: readIntentThresholds(env, report),
    dkimSigning: readDkimSigning(env, report),
    zendesk: readZendesk(env, report),
    slack: readSlack(env, report),
    console: readConsole(env),
  };
});

export type Config = z.infer<typeof configSchema>;

/**
 * What `credbot zendesk setup` reads: the API, before a webhook (and so its secret) exists. The command creates the
 * webhook and prints its secret, so the other settings' rules, the channel's included, wait for `credbot start`.
 */
const zendeskSetupSchema = environmentSchema.transform((env, context) => {
  const api = readZendeskApi(env, reporterFor(context));
  return api === undefined ? z.NEVER : { api, webhookSecret: env.ZENDESK_WEBHOOK_SECRET };
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment with `schema`; every problem, each naming its variable, in one ConfigError. */
function parseEnvironment<Output>(schema: z.ZodType<Output>, env: Record<string, string | undefined>): Output {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      return variable === '' ? issue.message : `${describeRejectedSetting(variable, env[variable])}: ${issue.message}`;
    }),
  );
}

/** Reads the environment once, at start-up. A bad value, or settings that do not go together, throw a ConfigError naming each variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  return parseEnvironment(configSchema, env);
}

/** `credbot zendesk setup`'s settings (zendeskSetupSchema). */
export function loadZendeskSetupConfig(env: Record<string, string | undefined> = process.env): z.infer<typeof zendeskSetupSchema> {
  return parseEnvironment(zendeskSetupSchema, env);
}

/**
 * Whether to load the demo dataset into an empty database: when LOAD_DEMO_DATA says so, and by default on the
 * embedded database only (a try-out on a laptop). A PostgreSQL server is where production lives: fake learners
 * loaded there before the first import would be answered as real ones.
 */
export function loadsDemoData(config: Pick<Config, 'LOAD_DEMO_DATA'>, databaseKind: 'embedded' | 'postgres'): boolean {
  return config.LOAD_DEMO_DATA ?? databaseKind === 'embedded';
}
