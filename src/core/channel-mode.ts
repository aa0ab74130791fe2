import type { IntentBand } from './intent/intent-thresholds.ts';

/**
 * How much of its work credbot does on a channel, set by support staff while the service runs (`credbot mode`):
 * - `off`: the channel's messages are acknowledged and dropped, unread and unrecorded;
 * - `shadow`: everything is decided and recorded (the emails as `withheld`), and nothing leaves credbot;
 * - `suggest`: as shadow, and staff see the proposed answer (a Zendesk internal note, the Slack hand-off channel);
 * - `act`: credbot answers learners and sends the emails, the default.
 */
export const CHANNEL_MODES = ['off', 'shadow', 'suggest', 'act'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];

/** The mode of a channel nobody has set one for. */
export const DEFAULT_CHANNEL_MODE: ChannelMode = 'act';

/** The channels a mode is set for: those where learners write. The CLI is a tool for staff and always acts. */
export const CHANNELS_WITH_MODES = ['zendesk', 'slack'] as const;
export type ChannelWithMode = (typeof CHANNELS_WITH_MODES)[number];

export function isChannelMode(value: unknown): value is ChannelMode {
  return typeof value === 'string' && (CHANNEL_MODES as readonly string[]).includes(value);
}

export function isChannelWithMode(value: unknown): value is ChannelWithMode {
  return typeof value === 'string' && (CHANNELS_WITH_MODES as readonly string[]).includes(value);
}

/**
 * Whether the answer goes to staff only, as a proposal: the classifier is not sure enough to answer (band
 * `suggest`), or the channel is set to `suggest`. The learner then hears nothing and no email goes out.
 */
export function isProposalOnly(request: { band: IntentBand; mode: ChannelMode }): boolean {
  return request.band === 'suggest' || request.mode === 'suggest';
}
