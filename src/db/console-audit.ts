import { desc } from 'drizzle-orm';
import type { Drizzle } from './database.ts';
import { consoleAudit } from './schema.ts';

export type AuditAction = 'sign_in' | 'sign_in_failed' | 'sign_out' | 'reveal_addresses' | 'retry_email' | 'set_channel_mode';

export interface AuditEntry {
  id: string;
  at: Date;
  userId: string | null;
  userEmail: string;
  action: string;
  subject: string | null;
  detail: Record<string, unknown>;
}

export interface NewAuditEntry {
  /** Null for what nobody signed in did. */
  userId: string | null;
  userEmail: string;
  action: AuditAction;
  subject?: string | null;
  detail?: Record<string, unknown>;
}

export async function recordAudit(db: Drizzle, entry: NewAuditEntry): Promise<string> {
  const [row] = await db
    .insert(consoleAudit)
    .values({ userId: entry.userId, userEmail: entry.userEmail, action: entry.action, subject: entry.subject ?? null, detail: entry.detail ?? {} })
    .returning({ id: consoleAudit.id });
  return row!.id;
}

/** Newest first; one row more than `limit` tells the caller there is a next page. */
export async function listAudit(db: Drizzle, page: { limit: number; offset: number }): Promise<AuditEntry[]> {
  return db.select().from(consoleAudit).orderBy(desc(consoleAudit.at), desc(consoleAudit.id)).limit(page.limit).offset(page.offset);
}
