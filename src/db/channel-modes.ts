import { sql } from 'drizzle-orm';
import { type ChannelMode, type ChannelWithMode, CHANNELS_WITH_MODES, DEFAULT_CHANNEL_MODE } from '../core/channel-mode.ts';
import type { ChannelModeReader } from '../core/channel-ports.ts';
import { type CachedReadOptions as ChannelModeReaderOptions, createCachedRead } from './cached-read.ts';
import type { Drizzle } from './database.ts';
import { channelModes } from './schema.ts';

export type { ChannelMode, ChannelWithMode } from '../core/channel-mode.ts';

export type ChannelModes = Record<ChannelWithMode, ChannelMode>;

/** Every channel's mode: `act` for a channel nobody set. One query. */
export async function readChannelModes(db: Drizzle): Promise<ChannelModes> {
  const rows = await db.select({ channel: channelModes.channel, mode: channelModes.mode }).from(channelModes);
  const modes = Object.fromEntries(CHANNELS_WITH_MODES.map((channel) => [channel, DEFAULT_CHANNEL_MODE])) as ChannelModes;
  for (const row of rows) {
    if ((CHANNELS_WITH_MODES as readonly string[]).includes(row.channel)) modes[row.channel as ChannelWithMode] = row.mode;
  }
  return modes;
}

/**
 * Sets a channel's mode. Workers of every process see it within their reader's `maxAgeMs`; it commits durably
 * (on `db` as given), so a mode set to `off` stays off after a crash.
 */
export async function setChannelMode(db: Drizzle, channel: ChannelWithMode, mode: ChannelMode, changedBy: string): Promise<void> {
  await db
    .insert(channelModes)
    .values({ channel, mode, updatedBy: changedBy })
    .onConflictDoUpdate({ target: channelModes.channel, set: { mode, updatedBy: changedBy, updatedAt: sql`now()` } });
}

export type { CachedReadOptions as ChannelModeReaderOptions } from './cached-read.ts';

/** How long a mode set elsewhere (another process, the console) may take to reach a running worker. */
export const DEFAULT_CHANNEL_MODE_MAX_AGE_MS = 2_000;

/** The workers' reader: all modes read together, kept for `maxAgeMs` (src/db/cached-read.ts). */
export function createChannelModeReader(db: Drizzle, options: ChannelModeReaderOptions): ChannelModeReader {
  const readModes = createCachedRead(() => readChannelModes(db), options);
  return {
    async modeOf(channel) {
      return (await readModes())[channel];
    },
  };
}
