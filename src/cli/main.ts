import { ConfigError } from '../config.ts';
import { isCredbotError, type ErrorCode } from '../core/errors.ts';
import { applyEnvFile } from './env-file.ts';
import { UsageError } from './usage-error.ts';

/** Each command's usage lines: `credbot COMMAND --help` prints its own, `credbot --help` all of them. */
const COMMAND_USAGE: Record<string, string> = {
  start: '  start                                   run the service (HTTP server and job workers) until SIGTERM or Ctrl-C',
  db: '  db migrate                              apply database migrations',
  import:
    '  import issuers FILE [--skip-invalid]    upsert issuers from CSV or JSON lines (no --replace: an import\n' +
    '                                          never removes an issuer)\n' +
    '  import credentials FILE [--skip-invalid] [--replace]\n' +
    '                                          upsert credentials from CSV or JSON lines; --replace also withdraws\n' +
    '                                          the credentials of each issuer in FILE that FILE does not list',
  ask: "  ask TEXT [--json] [--from ADDRESS]      handle one message as a learner's request and show what happened",
  classify: '  classify [TEXT] [--jsonl]               classify a message (JSON out); --jsonl reads JSON lines from stdin',
  zendesk: '  zendesk setup --url URL                 create or update the Zendesk webhook and trigger; prints the secret',
  purge: "  purge [--older-than DAYS]               erase learners' words and addresses older than DAYS (default RETENTION_DAYS)",
  forget: "  forget ADDRESS                          erase every trace of one learner's address and the messages that named it",
  failures: '  failures [--limit N] [--json]           list the replies and emails credbot gave up on, or that are stuck',
  mode:
    '  mode [CHANNEL MODE]                     list each channel\'s mode, or set CHANNEL (zendesk, slack) to MODE:\n' +
    '                                          off, shadow (decide and record, send nothing), suggest (shadow, and\n' +
    '                                          staff see the proposed answer) or act (answer learners, the default)',
  users:
    '  users add EMAIL --role admin|viewer     add a console user; the password is read from stdin, or prompted for\n' +
    '                                          twice when stdin is a terminal (at least 12 characters)\n' +
    '  users list                              list the console users and their roles\n' +
    '  users remove EMAIL                      disable a console user (the audit log keeps their name)',
};

const CONFIGURATION_NOTE = 'Configuration comes from the environment and from ./.env (ENV_FILE names another file): see .env.example.';

const USAGE = `Usage: credbot <command>\n\nCommands:\n${Object.values(COMMAND_USAGE).join('\n')}\n\n${CONFIGURATION_NOTE}`;

function usageOf(command: string): string {
  return `Usage:\n${COMMAND_USAGE[command]}\n\n${CONFIGURATION_NOTE}`;
}

/** `--help` or `-h` anywhere before a `--`: a request for help, never a value (a message is not called "--help"). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** The one place an error code becomes an exit code. 2 is kept for bad configuration and usage. */
const EXIT_CODE_BY_ERROR: Record<ErrorCode, number> = {
  bad_input: 1,
  not_found: 1,
  data_dir_locked: 3,
  database_unavailable: 3,
  migrations_pending: 3,
  mail_unavailable: 3,
  address_in_use: 3,
  internal: 1,
};

/** Runs one command and returns its exit code; never throws, never prints a stack trace for expected failures. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command !== undefined && Object.hasOwn(COMMAND_USAGE, command) && asksForHelp(rest)) {
      process.stdout.write(`${usageOf(command)}\n`);
      return 0;
    }
    applyEnvFile();
    // Each command loads only its own modules: an import or a migration need not build the classifier.
    switch (command) {
      case 'start':
        return await (await import('./commands/start.ts')).runStart();
      case 'db':
        if (rest[0] !== 'migrate') throw new UsageError('expected "db migrate"');
        return await (await import('./commands/migrate.ts')).runMigrate();
      case 'import':
        return await (await import('./commands/import.ts')).runImport(rest);
      case 'ask':
        return await (await import('./commands/ask.ts')).runAsk(rest);
      case 'classify':
        return await (await import('./commands/classify.ts')).runClassify(rest);
      case 'zendesk':
        return await (await import('./commands/zendesk.ts')).runZendesk(rest);
      case 'purge':
        return await (await import('./commands/purge.ts')).runPurge(rest);
      case 'forget':
        return await (await import('./commands/forget.ts')).runForget(rest);
      case 'failures':
        return await (await import('./commands/failures.ts')).runFailures(rest);
      case 'mode':
        return await (await import('./commands/mode.ts')).runMode(rest);
      case 'users':
        return await (await import('./commands/users.ts')).runUsers(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`credbot: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (isArgumentError(error)) {
    // node:util parseArgs: an unknown option, or an option without its value.
    process.stderr.write(`credbot: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`credbot: ${error.message}\n`);
    return 2;
  }
  if (isCredbotError(error)) {
    process.stderr.write(`credbot: ${error.message}\n`);
    return EXIT_CODE_BY_ERROR[error.code];
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`credbot: unexpected error (a bug; please report it with this output):\n${detail}\n`);
  return 1;
}

function isArgumentError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
