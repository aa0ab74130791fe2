/**
 * The console's view of each channel's mode. The modes themselves (what `shadow` or `suggest` makes a channel do)
 * belong to src/db/channel-modes.ts, built on another branch; until it is merged, the Settings page runs against
 * this port with the stand-in below, and switching over is one line in src/main.ts.
 */
import type { Drizzle } from '../db/database.ts';

export const CHANNEL_MODES = ['off', 'shadow', 'suggest', 'act'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];
export const CONSOLE_CHANNELS = ['zendesk', 'slack'] as const;
export type ConsoleChannel = (typeof CONSOLE_CHANNELS)[number];

export interface ChannelModes {
  read(): Promise<Record<ConsoleChannel, ChannelMode>>;
  set(channel: ConsoleChannel, mode: ChannelMode, changedBy: string): Promise<void>;
}

export function isChannelMode(value: unknown): value is ChannelMode {
  return typeof value === 'string' && (CHANNEL_MODES as readonly string[]).includes(value);
}

export function isConsoleChannel(value: unknown): value is ConsoleChannel {
  return typeof value === 'string' && (CONSOLE_CHANNELS as readonly string[]).includes(value);
}

/** The two functions src/db/channel-modes.ts (branch `modes`) provides; the console reaches the modes only through them. */
export interface ChannelModeStore {
  readChannelModes(db: Drizzle): Promise<Record<ConsoleChannel, ChannelMode>>;
  setChannelMode(db: Drizzle, channel: ConsoleChannel, mode: ChannelMode, changedBy: string): Promise<void>;
}

/** The console's port over a store on the service's database. */
export function channelModesOn(db: Drizzle, store: ChannelModeStore): ChannelModes {
  return {
    read: () => store.readChannelModes(db),
    set: (channel, mode, changedBy) => store.setChannelMode(db, channel, mode, changedBy),
  };
}

/**
 * A stand-in for src/db/channel-modes.ts until it is merged, kept in this process's memory, every channel starting
 * at `act` (what credbot does today). It changes nothing a channel does; it lets the page, its permissions and its
 * audit entries be built and tested. Switching over: pass `await import('./db/channel-modes.ts')` in src/main.ts.
 */
export function createInMemoryChannelModeStore(): ChannelModeStore {
  const modes: Record<ConsoleChannel, ChannelMode> = { zendesk: 'act', slack: 'act' };
  return {
    async readChannelModes() {
      return { ...modes };
    },
    async setChannelMode(_db, channel, mode) {
      modes[channel] = mode;
    },
  };
}
