import type { UnitOfWork } from '../core/ports.ts';
import { createCredentialDirectory } from './credential-directory.ts';
import type { Database } from './database.ts';
import { createSupportLedger, type LedgerScheduling } from './support-ledger.ts';

/**
 * A message's handling in one transaction. It commits asynchronously (Database.asyncCommit): if the server loses
 * it, the accepted message is relayed and handled again. The first effect outside (an email sent, a reply posted)
 * is recorded by a durable commit, which makes this one durable too.
 */
export function createUnitOfWork(database: Database, scheduling: LedgerScheduling): UnitOfWork {
  return (work) =>
    database.asyncCommit.transaction((scope) =>
      work({ ledger: createSupportLedger(scope, scheduling), directory: createCredentialDirectory(scope.db) }),
    );
}
