import type { UnitOfWork } from '../core/ports.ts';
import { createCredentialDirectory } from './credential-directory.ts';
import type { Database } from './database.ts';
import { createSupportLedger, type LedgerScheduling } from './support-ledger.ts';

export function createUnitOfWork(database: Database, scheduling: LedgerScheduling): UnitOfWork {
  return (work) =>
    database.transaction((scope) =>
      work({ ledger: createSupportLedger(scope, scheduling), directory: createCredentialDirectory(scope.db) }),
    );
}
