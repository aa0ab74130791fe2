import type { types } from '@slack/bolt';
import { isLanguage, type Language } from '../core/messages/languages.ts';
import { codeBlockMrkdwn, escapeMrkdwn, quoteMrkdwn } from './mrkdwn.ts';
import { slackLabels } from './slack-labels.ts';

/** Ids Slack sends back with interactions: the listeners route on them. */
export const ACTION_SEND_TO_PROFILE = 'credbot_send_to_profile_address';
export const ACTION_USE_ANOTHER_ADDRESS = 'credbot_use_another_address';
export const ADDRESS_MODAL_ID = 'credbot_address_modal';
export const ADDRESS_BLOCK_ID = 'address';
export const ADDRESS_INPUT_ID = 'address';
/**
 * The block of the address buttons, named with the learner's language (`credbot_address_choice.es`): the modal a click
 * opens is written in it, and Slack sends the block's id with the click.
 */
const ADDRESS_CHOICE_BLOCK = 'credbot_address_choice';

const SECTION_TEXT_LIMIT = 3000;
const BUTTON_TEXT_LIMIT = 75;

export interface SlackMessage {
  /** mrkdwn, escaped; also the notification and fallback text. */
  text: string;
  blocks?: types.KnownBlock[];
}

/** The core's reply to the learner as a Slack message: escaped, never unfurled by the caller. */
export function learnerReplyMessage(learnerReply: string): SlackMessage {
  return { text: escapeMrkdwn(learnerReply) };
}

export interface AddressButtons {
  /** The ask's request id: all a click needs (the rest is read again, never taken from the button). */
  askRequestId: string;
  /** Masked, for the button's label; absent when the profile address cannot be read or was already tried. */
  maskedProfileAddress?: string | undefined;
}

/** The question for an address, with a button per way of answering it, labelled in the learner's language. */
export function askForAddressMessage(learnerReply: string, buttons: AddressButtons, language: Language): SlackMessage {
  const text = escapeMrkdwn(learnerReply);
  const labels = slackLabels(language);
  const elements: types.Button[] = [];
  if (buttons.maskedProfileAddress) {
    elements.push({
      type: 'button',
      action_id: ACTION_SEND_TO_PROFILE,
      style: 'primary',
      text: { type: 'plain_text', text: truncate(labels.sendToProfileAddress(buttons.maskedProfileAddress), BUTTON_TEXT_LIMIT) },
      value: buttons.askRequestId,
    });
  }
  elements.push({
    type: 'button',
    action_id: ACTION_USE_ANOTHER_ADDRESS,
    text: { type: 'plain_text', text: labels.useAnotherAddress },
    value: buttons.askRequestId,
  });
  return {
    text,
    blocks: [
      ...sections(text),
      { type: 'actions', block_id: `${ADDRESS_CHOICE_BLOCK}.${language}`, elements },
    ],
  };
}

/** The learner's language from the block a click came from; null for a block that names none. */
export function languageOfAddressChoice(blockId: string): Language | null {
  const language = blockId.startsWith(`${ADDRESS_CHOICE_BLOCK}.`) ? blockId.slice(ADDRESS_CHOICE_BLOCK.length + 1) : null;
  return isLanguage(language) ? language : null;
}

/** What the modal carries from the click to the submission. */
export interface AddressModalState {
  askRequestId: string;
  /** The click's response_url, for a conversation that started with a slash command (no thread to answer in). */
  responseUrl?: string | undefined;
  /** The learner's language, for the modal's words and its error. */
  language: Language;
}

export function addressModal(state: AddressModalState): types.ModalView {
  const labels = slackLabels(state.language);
  return {
    type: 'modal',
    callback_id: ADDRESS_MODAL_ID,
    private_metadata: JSON.stringify(state),
    title: { type: 'plain_text', text: labels.modalTitle },
    submit: { type: 'plain_text', text: labels.modalSubmit },
    close: { type: 'plain_text', text: labels.modalCancel },
    blocks: [
      {
        type: 'input',
        block_id: ADDRESS_BLOCK_ID,
        label: { type: 'plain_text', text: labels.modalAddressLabel },
        element: { type: 'email_text_input', action_id: ADDRESS_INPUT_ID },
      },
    ],
  };
}

export interface HandoffSummary {
  learnerUserId: string;
  channelId: string;
  isDm: boolean;
  learnerMessage: string | null;
  agentNote: string;
}

/**
 * The note for the support team, in the staff's language: who, where, what they wrote, and the core's agent note
 * (which names the learner's language). All escaped.
 */
export function handoffSummaryMessage(summary: HandoffSummary, staffLanguage: Language): SlackMessage {
  const labels = slackLabels(staffLanguage);
  const learner = `<@${summary.learnerUserId}>`;
  const where = summary.isDm ? labels.handoffInDirectMessage(learner) : labels.handoffInChannel(learner, `<#${summary.channelId}>`);
  const heading = `*${labels.handoffTitle}* ${where}`;
  const parts = [heading];
  if (summary.learnerMessage) parts.push(`${labels.handoffLearnerWrote}\n${quoteMrkdwn(summary.learnerMessage)}`);
  parts.push(codeBlockMrkdwn(summary.agentNote));
  return { text: parts.join('\n\n') };
}

/** Section blocks hold at most 3000 characters each; long text is split at line breaks. */
function sections(text: string): types.SectionBlock[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (candidate.length <= SECTION_TEXT_LIMIT) {
      current = candidate;
      continue;
    }
    if (current !== '') chunks.push(current);
    current = line.slice(0, SECTION_TEXT_LIMIT);
  }
  if (current !== '') chunks.push(current);
  return chunks.map((chunk) => ({ type: 'section', text: { type: 'mrkdwn', text: chunk } }));
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
