import type { UnitOfWork } from '../core/ports.ts';
import { createCredentialDirectory } from './credential-directory.ts';
import type { Database } from './database.ts';
import { createSupportLedger, type LedgerScheduling } from './support-ledger.ts';

/**
 * A message's handling in one transaction. Its commit is relaxed (TransactionOptions): if the server loses it, the
 * message's job, committed durably when it was accepted, runs again and handles it again. The first effect outside (an email sent, a reply posted)
 * is recorded by a durable commit, which makes this one durable too; but the effect comes first, so a crash
 * between the two loses this transaction after the effect. The redone handling then has the same ids
 * (src/db/stable-ids.ts): a Zendesk reply finds its marker on the ticket, an email goes again under its
 * Message-ID; a Slack reply waits for a durable commit before it is posted (src/db/reply-records.ts), so only a retry
 * can follow it, and a retry looks for it in its thread.
 */
export function createUnitOfWork(database: Database, scheduling: LedgerScheduling): UnitOfWork {
  return (work) =>
    database.transaction((scope) => work({ ledger: createSupportLedger(scope, scheduling), directory: createCredentialDirectory(scope.db) }), {
      commit: 'relaxed',
    });
}

/** Schedules nothing: a dry run's emails and replies are never delivered. */
const SCHEDULING_NOTHING: LedgerScheduling = {
  scheduleEmailDelivery: async () => {},
  scheduleReplyDelivery: () => null,
};

/** Thrown to roll a dry run's transaction back, carrying out what the work returned. */
class DryRunRollback extends Error {
  constructor(readonly result: unknown) {
    super('dry run: rolled back on purpose');
  }
}

/**
 * A message's handling as createUnitOfWork runs it, with the same ledger and directory (locks, limits and lookups
 * included), but in a transaction that is always rolled back and with nothing scheduled: what credbot would do,
 * with nothing recorded, queued or sent.
 */
export function createDryRunUnitOfWork(database: Database): UnitOfWork {
  return async <T>(work: Parameters<UnitOfWork>[0]): Promise<T> => {
    try {
      await database.transaction(async (scope) => {
        const result = await work({ ledger: createSupportLedger(scope, SCHEDULING_NOTHING), directory: createCredentialDirectory(scope.db) });
        throw new DryRunRollback(result);
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.result as T;
      throw error;
    }
    throw new Error('a dry run committed its transaction');
  };
}
