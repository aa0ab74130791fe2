import { normalizeEmailAddress } from '../core/addresses.ts';
import type { Drizzle } from '../db/database.ts';
import { type ConsoleRole, type ConsoleUser, insertConsoleUser } from '../db/console-users.ts';
import { hashPassword, passwordProblem } from './passwords.ts';

export type AddUserOutcome =
  | { status: 'added'; user: ConsoleUser }
  | { status: 'exists' }
  | { status: 'bad_email' }
  | { status: 'bad_password'; problem: string };

/** Adds a console user: the address checked and lower-cased, the password checked and hashed (never stored as given). */
export async function addConsoleUser(db: Drizzle, input: { email: string; role: ConsoleRole; password: string }): Promise<AddUserOutcome> {
  const email = normalizeEmailAddress(input.email);
  if (email === null) return { status: 'bad_email' };
  const problem = passwordProblem(input.password);
  if (problem !== null) return { status: 'bad_password', problem };
  return insertConsoleUser(db, { email, role: input.role, passwordHash: await hashPassword(input.password) });
}
