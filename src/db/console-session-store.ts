import { eq, lt } from 'drizzle-orm';
import type { Drizzle } from './database.ts';
import { consoleSessions } from './schema.ts';

/** The shape @fastify/session's `store` option takes: callbacks, not promises. */
export interface CallbackSessionStore {
  set(sessionId: string, session: any, callback: (error?: unknown) => void): void;
  get(sessionId: string, callback: (error: unknown, session?: any) => void): void;
  destroy(sessionId: string, callback: (error?: unknown) => void): void;
}

/**
 * Console sessions in the database: every web process sees the same ones, and a restart signs nobody out. A session
 * past its idle expiry reads as none; expired rows are deleted now and then by `set`.
 */
export function createDatabaseSessionStore(db: Drizzle, idleSeconds: number): CallbackSessionStore {
  let writesSincePrune = 0;
  const expiryOf = (session: { cookie?: { expires?: Date | string | null } }) => {
    const expires = session.cookie?.expires;
    return expires ? new Date(expires) : new Date(Date.now() + idleSeconds * 1000);
  };
  const settle = <T>(work: Promise<T>, callback: (error: unknown, value?: T) => void) => {
    work.then((value) => callback(null, value), (error: unknown) => callback(error));
  };
  return {
    set(sessionId, session, callback) {
      const data = JSON.parse(JSON.stringify(session)) as Record<string, unknown>;
      const expiresAt = expiryOf(session);
      settle(
        (async () => {
          await db
            .insert(consoleSessions)
            .values({ id: sessionId, data, expiresAt })
            .onConflictDoUpdate({ target: consoleSessions.id, set: { data, expiresAt } });
          // A signed-out session is deleted; one merely left to expire would stay for ever without this.
          if (++writesSincePrune >= 100) {
            writesSincePrune = 0;
            await db.delete(consoleSessions).where(lt(consoleSessions.expiresAt, new Date()));
          }
        })(),
        callback,
      );
    },
    get(sessionId, callback) {
      settle(
        (async () => {
          const [row] = await db.select().from(consoleSessions).where(eq(consoleSessions.id, sessionId));
          if (!row || row.expiresAt.getTime() <= Date.now()) return null;
          return row.data;
        })(),
        callback,
      );
    },
    destroy(sessionId, callback) {
      settle(db.delete(consoleSessions).where(eq(consoleSessions.id, sessionId)).then(() => undefined), callback);
    },
  };
}
