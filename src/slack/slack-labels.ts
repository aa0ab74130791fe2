/**
 * Every Slack-only word credbot shows: buttons, the modal, the hand-off summary's heading. What credbot says to
 * the learner is the core's reply (src/core/replies.ts); nothing here repeats it.
 */
export const LABELS = {
  sendToProfileAddress: (maskedAddress: string) => `Send to ${maskedAddress}`,
  useAnotherAddress: 'Use another address',
  modalTitle: 'Your email address',
  modalSubmit: 'Look up',
  modalCancel: 'Cancel',
  modalAddressLabel: 'The address you signed up for your course with',
  modalAddressInvalid: 'That doesn’t look like an email address. Please check it and try again.',
  handoffHeading: 'credbot hand-off',
  handoffInDm: 'in a direct message',
  handoffLearnerWrote: 'The learner wrote:',
} as const;

/**
 * What a slash command, a button or a modal stands for when the core needs the learner's words and there are
 * none: it must read as a missing-credential request (checked in slack-labels.test.ts).
 */
export const CREDENTIAL_REQUEST_TEXT = 'I haven’t received my credential.';
