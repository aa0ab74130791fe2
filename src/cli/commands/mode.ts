import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../config.ts';
import { CHANNEL_MODES, CHANNELS_WITH_MODES, isChannelMode, isChannelWithMode } from '../../core/channel-mode.ts';
import { DEFAULT_CHANNEL_MODE_MAX_AGE_MS, readChannelModes, setChannelMode } from '../../db/channel-modes.ts';
import { openConfiguredDatabase } from '../../db/configured-database.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `credbot mode` lists each channel's mode; `credbot mode CHANNEL MODE` sets one. A running service picks a change
 * up on its own, without a restart.
 */
export async function runMode(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  const change = parseChange(positionals);

  const database = await openConfiguredDatabase(loadConfig());
  try {
    await migrateDatabase(database);
    if (change === null) {
      const modes = await readChannelModes(database.db);
      const width = Math.max(...CHANNELS_WITH_MODES.map((channel) => channel.length));
      process.stdout.write(`${CHANNELS_WITH_MODES.map((channel) => `${channel.padEnd(width)}  ${modes[channel]}`).join('\n')}\n`);
      return 0;
    }
    const before = (await readChannelModes(database.db))[change.channel];
    await setChannelMode(database.db, change.channel, change.mode, `cli:${operatorName()}`);
    const seconds = DEFAULT_CHANNEL_MODE_MAX_AGE_MS / 1000;
    process.stdout.write(
      before === change.mode
        ? `${change.channel} was already ${change.mode}.\n`
        : `${change.channel}: ${before} → ${change.mode}. A running credbot handles new messages in it within ${seconds} s.\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

function parseChange(positionals: string[]) {
  if (positionals.length === 0) return null;
  if (positionals.length !== 2) throw new UsageError('mode takes no arguments (to list the modes) or two: CHANNEL MODE');
  const [channel, mode] = positionals as [string, string];
  if (!isChannelWithMode(channel)) throw new UsageError(`unknown channel "${channel}": expected ${CHANNELS_WITH_MODES.join(' or ')}`);
  if (!isChannelMode(mode)) throw new UsageError(`unknown mode "${mode}": expected one of ${CHANNEL_MODES.join(', ')}`);
  return { channel, mode };
}

/** Who set the mode, for the record: the operating-system user running the command. */
function operatorName(): string {
  try {
    return userInfo().username;
  } catch {
    // A container user with no entry in /etc/passwd has no name.
    return 'unknown';
  }
}
