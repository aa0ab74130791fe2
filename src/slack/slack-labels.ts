import { messagesIn } from '../core/messages/format-message.ts';
import type { Language } from '../core/messages/languages.ts';

/**
 * Every Slack-only word credbot shows, in one language: the buttons and the modal in the learner's, the hand-off
 * summary's heading in the staff's. The words themselves are in the catalogues (src/core/messages/, keys
 * `slack.*`); what credbot says to the learner is the core's reply (src/core/replies.ts), and nothing here repeats it.
 */
export function slackLabels(language: Language) {
  const text = messagesIn(language);
  return {
    sendToProfileAddress: (maskedAddress: string) => text.format('slack.sendToProfileAddress', { address: maskedAddress }),
    useAnotherAddress: text.format('slack.useAnotherAddress'),
    modalTitle: text.format('slack.modal.title'),
    modalSubmit: text.format('slack.modal.submit'),
    modalCancel: text.format('slack.modal.cancel'),
    modalAddressLabel: text.format('slack.modal.addressLabel'),
    modalAddressInvalid: text.format('slack.modal.addressInvalid'),
    handoffTitle: text.format('slack.handoff.title'),
    /** `learner` and `channel` are mrkdwn mentions (`<@U…>`, `<#C…>`). */
    handoffInChannel: (learner: string, channel: string) => text.format('slack.handoff.inChannel', { learner, channel }),
    handoffInDirectMessage: (learner: string) => text.format('slack.handoff.inDirectMessage', { learner }),
    handoffLearnerWrote: text.format('slack.handoff.learnerWrote'),
  };
}

