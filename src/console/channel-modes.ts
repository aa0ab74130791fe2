import type { ChannelMode, ChannelWithMode } from '../core/channel-mode.ts';
import { readChannelModes, setChannelMode } from '../db/channel-modes.ts';
import type { Drizzle } from '../db/database.ts';

/** The console's view of each channel's mode (what a mode makes a channel do: src/core/channel-mode.ts). */
export interface ChannelModes {
  read(): Promise<Record<ChannelWithMode, ChannelMode>>;
  set(channel: ChannelWithMode, mode: ChannelMode, changedBy: string): Promise<void>;
}

/** The modes as stored in the service's database: a change reaches every process's workers within seconds. */
export function createConsoleChannelModes(db: Drizzle): ChannelModes {
  return {
    read: () => readChannelModes(db),
    set: (channel, mode, changedBy) => setChannelMode(db, channel, mode, changedBy),
  };
}
