import type { UnitOfWork } from '../core/ports.ts';
import { createCredentialDirectory } from './credential-directory.ts';
import type { Database } from './database.ts';
import { createSupportLedger, type ScheduleEmailDelivery } from './support-ledger.ts';

export function createUnitOfWork(database: Database, scheduleEmailDelivery: ScheduleEmailDelivery): UnitOfWork {
  return (work) =>
    database.transaction((scope) =>
      work({ ledger: createSupportLedger(scope, scheduleEmailDelivery), directory: createCredentialDirectory(scope.db) }),
    );
}
