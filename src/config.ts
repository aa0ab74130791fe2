import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// or postgresql:// URL');

const smtpUrl = z.string().refine((value) => /^smtps?:\/\//.test(value), 'must be an smtp:// or smtps:// URL');

/** Every setting credbot reads from the environment. `.env.example` documents each one. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
  LOAD_DEMO_DATA: z.preprocess(emptyAsUndefined, booleanFlag.default(true)),
  SMTP_URL: z.preprocess(emptyAsUndefined, smtpUrl.optional()),
  MAIL_FROM: z.string().min(3).default('Credentials Support <no-reply@credbot.invalid>'),
  SUPPORT_EMAIL: z.email({ message: 'must be an email address' }).default('support@credbot.invalid'),
  BRAND_NAME: z.string().min(1).default('Credentials'),
  RETRIEVE_LIMIT_PER_DAY: z.coerce.number().int().min(1).max(1000).default(3),
  ISSUER_HANDOFF_EMAILS: z.preprocess(emptyAsUndefined, booleanFlag.default(false)),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
  EMAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once, at start-up. A bad value throws a ConfigError naming each variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      const given = env[variable];
      return given === undefined
        ? `${variable}: ${issue.message}`
        : `${variable}=${JSON.stringify(given)}: ${issue.message}`;
    }),
  );
}
