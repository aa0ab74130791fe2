import type { ChannelMode, ChannelWithMode } from '../core/channel-mode.ts';
import type { IntentThresholds } from '../core/intent/intent-thresholds.ts';
import { readChannelModes, setChannelMode } from '../db/channel-modes.ts';
import type { Drizzle } from '../db/database.ts';
import { clearIntentThresholds, readIntentThresholds, setIntentThresholds, type ThresholdsInForce } from '../db/intent-settings.ts';

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

/** The console's view of the intent thresholds: those in force, and the configured ones a reset returns to. */
export interface ConsoleIntentThresholds {
  read(): Promise<ThresholdsInForce & { configured: IntentThresholds }>;
  set(thresholds: IntentThresholds, changedBy: string): Promise<void>;
  /** Back to INTENT_ACT_THRESHOLD / INTENT_SUGGEST_THRESHOLD. */
  reset(): Promise<void>;
}

export function createConsoleIntentThresholds(db: Drizzle, configured: IntentThresholds): ConsoleIntentThresholds {
  return {
    read: async () => ({ ...(await readIntentThresholds(db, configured)), configured }),
    set: (thresholds, changedBy) => setIntentThresholds(db, thresholds, changedBy),
    reset: () => clearIntentThresholds(db),
  };
}
