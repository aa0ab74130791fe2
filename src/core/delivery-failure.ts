import type { Decision } from './decision.ts';
import type { Language } from './messages/languages.ts';
import type { ComposedReply } from './ports.ts';
import { composeDeliveryFailureNote, composeLearnerReply } from './replies.ts';

export type DeliveryFailure = Extract<Decision, { kind: 'delivery_failed' }>;

export interface DeliveryFailureNoticeOptions {
  /** The language the conversation's learner was answered in. */
  language: Language;
  staffLanguage: Language;
  supportEmail: string;
  now: Date;
}

/**
 * What the conversation is told when one of its emails can never arrive: the learner, in their language, to check
 * the address or write to support; staff, why (the mail server's answer, masked). Channels put the note where
 * staff read it, since a person should take the conversation on.
 */
export function composeDeliveryFailureNotice(
  failure: Omit<DeliveryFailure, 'kind'>,
  options: DeliveryFailureNoticeOptions,
): { decision: DeliveryFailure; reply: ComposedReply } {
  const decision: DeliveryFailure = { kind: 'delivery_failed', ...failure };
  return {
    decision,
    reply: {
      learnerReply: composeLearnerReply(decision, { now: options.now, retrieveLimitPerDay: 1 /* not read for this kind */, supportEmail: options.supportEmail, language: options.language }),
      agentNote: composeDeliveryFailureNote(decision, options.staffLanguage),
      language: options.language,
    },
  };
}
