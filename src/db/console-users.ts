import { asc, eq } from 'drizzle-orm';
import type { Drizzle } from './database.ts';
import { consoleUsers } from './schema.ts';

export type ConsoleRole = (typeof consoleUsers.$inferSelect)['role'];
export const CONSOLE_ROLES: readonly ConsoleRole[] = ['admin', 'viewer'];

export interface ConsoleUser {
  id: string;
  email: string;
  role: ConsoleRole;
  createdAt: Date;
  disabledAt: Date | null;
}

export interface ConsoleUserWithPassword extends ConsoleUser {
  passwordHash: string;
}

/** The console knows one spelling of an address: the one `credbot users add` and the sign-in form both reduce to. */
export function normalizeConsoleEmail(email: string): string {
  return email.trim().toLowerCase();
}

const userColumns = {
  id: consoleUsers.id,
  email: consoleUsers.email,
  role: consoleUsers.role,
  createdAt: consoleUsers.createdAt,
  disabledAt: consoleUsers.disabledAt,
};

/** Adds a user; `exists` when the address already has one (disabled or not), which is then left as it was. */
export async function insertConsoleUser(
  db: Drizzle,
  user: { email: string; role: ConsoleRole; passwordHash: string },
): Promise<{ status: 'added'; user: ConsoleUser } | { status: 'exists' }> {
  const [added] = await db
    .insert(consoleUsers)
    .values({ email: normalizeConsoleEmail(user.email), role: user.role, passwordHash: user.passwordHash })
    .onConflictDoNothing({ target: consoleUsers.email })
    .returning(userColumns);
  return added ? { status: 'added', user: added } : { status: 'exists' };
}

export async function listConsoleUsers(db: Drizzle): Promise<ConsoleUser[]> {
  return db.select(userColumns).from(consoleUsers).orderBy(asc(consoleUsers.email));
}

/** Disables the user with this address; false when there is none. Their open sessions end at their next request. */
export async function disableConsoleUser(db: Drizzle, email: string): Promise<boolean> {
  const rows = await db
    .update(consoleUsers)
    .set({ disabledAt: new Date() })
    .where(eq(consoleUsers.email, normalizeConsoleEmail(email)))
    .returning({ id: consoleUsers.id });
  return rows.length > 0;
}

export async function findConsoleUserByEmail(db: Drizzle, email: string): Promise<ConsoleUserWithPassword | null> {
  const [user] = await db
    .select({ ...userColumns, passwordHash: consoleUsers.passwordHash })
    .from(consoleUsers)
    .where(eq(consoleUsers.email, normalizeConsoleEmail(email)));
  return user ?? null;
}

export async function findConsoleUserById(db: Drizzle, id: string): Promise<ConsoleUser | null> {
  const [user] = await db.select(userColumns).from(consoleUsers).where(eq(consoleUsers.id, id));
  return user ?? null;
}
