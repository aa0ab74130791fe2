import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { CredbotError } from '../../core/errors.ts';
import { maskEmail } from '../../core/mask.ts';
import { passwordProblem } from '../../console/passwords.ts';
import { addConsoleUser } from '../../console/user-accounts.ts';
import { normalizeEmailAddress } from '../../core/addresses.ts';
import { openConfiguredDatabase } from '../../db/configured-database.ts';
import { CONSOLE_ROLES, type ConsoleRole, disableConsoleUser, listConsoleUsers } from '../../db/console-users.ts';
import type { Database } from '../../db/database.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { UsageError } from '../usage-error.ts';

/** `credbot users add EMAIL --role admin|viewer`, `credbot users list`, `credbot users remove EMAIL`: who may use the console. */
export async function runUsers(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  switch (action) {
    case 'add':
      return runAdd(rest);
    case 'list':
      return runList(rest);
    case 'remove':
      return runRemove(rest);
    default:
      throw new UsageError(action === undefined ? 'users needs add, list or remove' : `unknown users action "${action}" (expected add, list or remove)`);
  }
}

async function runAdd(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { role: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('users add needs exactly one EMAIL');
  const role = parseRole(values.role);
  // Checked before the password is asked for and the database opened; addConsoleUser checks both again.
  if (normalizeEmailAddress(positionals[0]!) === null) throw new UsageError('users add: EMAIL is not an email address (expected something like name@example.com)');
  const password = await readNewPassword();
  const problem = passwordProblem(password);
  if (problem !== null) throw new UsageError(`users add: ${problem}; nothing was added`);
  return withDatabase(async (database) => {
    const outcome = await addConsoleUser(database.db, { email: positionals[0]!, role, password });
    switch (outcome.status) {
      case 'bad_email':
        throw new UsageError('users add: EMAIL is not an email address (expected something like name@example.com)');
      case 'bad_password':
        throw new UsageError(`users add: ${outcome.problem}; nothing was added`);
      case 'exists':
        throw new CredbotError('bad_input', `users add: a console user with that address already exists (see "credbot users list"); nothing was changed`);
      case 'added':
        process.stdout.write(`Added ${outcome.user.email} as ${outcome.user.role}: they can sign in at /console/sign-in\n`);
        return 0;
    }
  });
}

async function runList(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new UsageError('users list takes no arguments');
  return withDatabase(async (database) => {
    const users = await listConsoleUsers(database.db);
    if (users.length === 0) {
      process.stdout.write('No console users yet: add one with "credbot users add EMAIL --role admin".\n');
      return 0;
    }
    // The people listed are staff, not learners: their addresses are shown whole, to whoever runs the CLI.
    const lines = users.map((user) => `${user.email}  ${user.role}  added ${user.createdAt.toISOString()}${user.disabledAt ? `  removed ${user.disabledAt.toISOString()}` : ''}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}

async function runRemove(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('users remove needs exactly one EMAIL');
  return withDatabase(async (database) => {
    if (!(await disableConsoleUser(database.db, positionals[0]!))) {
      throw new CredbotError('not_found', `users remove: no console user has the address ${maskEmail(positionals[0]!)}`);
    }
    process.stdout.write('Removed: that user can no longer sign in, and is signed out at their next request.\n');
    return 0;
  });
}

function parseRole(role: string | undefined): ConsoleRole {
  if (role === undefined) throw new UsageError('users add needs --role admin or --role viewer');
  if (!(CONSOLE_ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be admin or viewer (got "${role}")`);
  return role as ConsoleRole;
}

async function withDatabase(work: (database: Database) => Promise<number>): Promise<number> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrateDatabase(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

/**
 * The new user's password: the first line of standard input when it is not a terminal (a script, a pipe), or
 * typed twice at a prompt that does not echo it. Prompts go to standard error, so standard output stays the result.
 */
async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const password = input.split(/\r?\n/)[0] ?? '';
    if (password === '') throw new UsageError('users add reads the password from standard input: it was empty');
    return password;
  }
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Password again: ');
  if (first !== second) throw new UsageError('users add: the two passwords differ; nothing was added');
  return first;
}

async function promptHidden(prompt: string): Promise<string> {
  let muted = false;
  // What the user types is echoed through this stream: silenced once the prompt is out.
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stderr.write(chunk, encoding);
      callback();
    },
  });
  const prompter = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = prompter.question(prompt);
    muted = true;
    return await answer;
  } finally {
    prompter.close();
    process.stderr.write('\n');
  }
}
