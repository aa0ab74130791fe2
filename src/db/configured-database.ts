import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Config, ConfigError } from '../config.ts';
import type { Database } from './database.ts';
import { openDatabase } from './open-database.ts';

/** The database the configuration names: the PostgreSQL server at DATABASE_URL, or the embedded one in DATA_DIR. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  // pg_stat_activity then tells a split service's web connections from its worker's.
  const applicationName = config.SERVICE_ROLE === 'all' ? 'credbot' : `credbot-${config.SERVICE_ROLE}`;
  if (config.DATABASE_URL) return openDatabase({ kind: 'postgres', url: config.DATABASE_URL, applicationName });
  const dataDir = path.resolve(config.DATA_DIR);
  await createDataDir(config.DATA_DIR, dataDir);
  return openDatabase({ kind: 'embedded', dataDir });
}

const DATA_DIR_PROBLEMS: Record<string, string> = {
  EEXIST: 'a file is in the way of this folder',
  ENOTDIR: 'a file is in the way of this folder',
  EACCES: 'no permission to create this folder',
  EPERM: 'no permission to create this folder',
  EROFS: 'the disk is read-only',
};

/** A DATA_DIR that cannot be a folder (a file is there, no permission, a read-only disk) is a bad setting. */
async function createDataDir(setting: string, dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ConfigError([`DATA_DIR=${JSON.stringify(setting)}: ${DATA_DIR_PROBLEMS[code] ?? `cannot create this folder (${code})`}`]);
  }
}
