import path from 'node:path';
import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { openDatabase } from './open-database.ts';

/** The database the configuration names: the PostgreSQL server at DATABASE_URL, or the embedded one in DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  // pg_stat_activity then tells a split service's web connections from its worker's.
  const applicationName = config.SERVICE_ROLE === 'all' ? 'credbot' : `credbot-${config.SERVICE_ROLE}`;
  return config.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL, applicationName })
    : openDatabase({ kind: 'embedded', dataDir: path.resolve(config.DATA_DIR) });
}
