import { sql } from 'drizzle-orm';
import { type ChannelMode, type ChannelWithMode, CHANNELS_WITH_MODES, DEFAULT_CHANNEL_MODE } from '../core/channel-mode.ts';
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

export interface ChannelModeReader {
  /** The channel's mode as read at most `maxAgeMs` ago. */
  modeOf(channel: ChannelWithMode): Promise<ChannelMode>;
}

export interface ChannelModeReaderOptions {
  /** How old a read may be before the next message reads again: how long a change takes to reach the workers. */
  maxAgeMs: number;
  now?: () => number;
}

/** How long a mode set elsewhere (another process, the console) may take to reach a running worker. */
export const DEFAULT_CHANNEL_MODE_MAX_AGE_MS = 2_000;

/**
 * The workers' reader: every message job asks for its channel's mode, and a query per message would cost a round
 * trip each in a burst, so all modes are read together and kept for `maxAgeMs`. Concurrent jobs share one read; a
 * failed read is not kept (the job fails and is retried, and the next job reads again).
 */
export function createChannelModeReader(db: Drizzle, options: ChannelModeReaderOptions): ChannelModeReader {
  const now = options.now ?? Date.now;
  let cached: { readAt: number; modes: Promise<ChannelModes> } | null = null;
  return {
    async modeOf(channel) {
      const at = now();
      if (cached === null || at - cached.readAt >= options.maxAgeMs) {
        const reading = readChannelModes(db);
        const entry = { readAt: at, modes: reading };
        cached = entry;
        reading.catch(() => {
          if (cached === entry) cached = null;
        });
      }
      return (await cached.modes)[channel];
    },
  };
}
