import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { ConfigError } from '../config.ts';

/** Read when ENV_FILE is unset; `ENV_FILE=` (empty) reads none. */
const DEFAULT_ENV_FILE = '.env';

/**
 * Adds the settings of a `.env` file (or the file ENV_FILE names) to `env`, for every command: what an operator
 * writes once in `.env` applies to `credbot start`, `ask` and `import` alike. A variable set in the environment
 * itself wins over the file, so a supervisor or a one-off `LOG_LEVEL=debug credbot …` still decides.
 * A missing default `.env` is normal; a missing file that ENV_FILE names is a bad setting.
 * Node's own parser (util.parseEnv, the one behind `node --env-file`), not a library: the same rules as Node's.
 * Returns the file read, or null.
 */
export function applyEnvFile(env: NodeJS.ProcessEnv = process.env): string | null {
  const named = env.ENV_FILE;
  if (named === '') return null;
  const file = named ?? DEFAULT_ENV_FILE;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (named === undefined && code === 'ENOENT') return null;
    throw new ConfigError([`ENV_FILE=${JSON.stringify(file)}: cannot read it (${code ?? 'unreadable'})`]);
  }
  for (const [key, value] of Object.entries(parseEnv(text))) {
    if (env[key] === undefined && value !== undefined) env[key] = value;
  }
  return file;
}
