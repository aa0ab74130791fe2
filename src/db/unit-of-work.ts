import type { UnitOfWork } from '../core/ports.ts';
import { createCredentialDirectory } from './credential-directory.ts';
import type { Database } from './database.ts';
import { createSupportLedger, type LedgerScheduling } from './support-ledger.ts';

/**
 * A message's handling in one transaction. It commits asynchronously (Database.asyncCommit): if the server loses
 * it, the accepted message is relayed and handled again. The first effect outside (an email sent, a reply posted)
 * is recorded by a durable commit, which makes this one durable too; but the effect comes first, so a crash
 * between the two loses this transaction after the effect. The redone handling then has the same ids
 * (src/db/stable-ids.ts): a Zendesk reply finds its marker on the ticket, an email goes again under its
 * Message-ID; a Slack reply waits for a durable commit before it is posted (ReplyRecords), so only a retry
 * can follow it, and a retry looks for it in its thread.
 */
export function createUnitOfWork(database: Database, scheduling: LedgerScheduling): UnitOfWork {
  return (work) =>
    database.asyncCommit.transaction((scope) =>
      work({ ledger: createSupportLedger(scope, scheduling), directory: createCredentialDirectory(scope.db) }),
    );
}
