import { type ChannelMode, isProposalOnly } from '../core/channel-mode.ts';
import { awaitsLearnerReply, type DecisionKind, type DecisionSummary, isForPerson, isForStaff } from '../core/decision.ts';
import { ticketComment } from './comment-html.ts';
import type { TicketUpdate } from './zendesk-api.ts';

/** Tags that mean credbot is finished with a ticket: the trigger's condition and our own check skip it. */
export const FINISHED_TAGS = ['credbot_done', 'credbot_skipped'] as const;
/** On every ticket credbot has answered: its later comments continue a conversation credbot is part of. */
export const CREDBOT_TAG = 'credbot';
/** An email credbot sent for the ticket failed for good: the learner was told, and people take it on. */
export const DELIVERY_FAILED_TAG = 'credbot_delivery_failed';
/** The learner followed up on credbot's answer (and was told what became of the email). */
export const FOLLOW_UP_TAG = 'credbot_follow_up';
/** credbot asked the learner for the address they used: their next comment answers it. */
export const ASKED_FOR_ADDRESS_TAG = 'credbot_asked_email';

export interface ReplyStep {
  update: TicketUpdate;
  /**
   * A tag only this step of this request adds: finding it on the ticket means the step already landed (a
   * retry after a crash or a timeout), so it is not posted twice. It also lets an agent find our record.
   */
  marker: string;
}

export interface ReplyPlanOptions {
  /** The status a ticket gets once its retrieve email is on the way. */
  retrieveStatus: 'open' | 'pending' | 'hold' | 'solved';
  handoffGroupId: number | undefined;
}

/**
 * The ticket updates that answer one decision, in order. Tags are only ever added. `credbot_done` (which the
 * trigger's condition excludes) only when nothing more is expected of the learner: an answer that invites them to
 * write back (core's `awaitsLearnerReply`) leaves the ticket open to credbot, so their next comment reaches it.
 */
export function planTicketReply(
  request: { id: string; outcome: DecisionKind; decision: DecisionSummary; band: 'act' | 'suggest' | 'ignore'; mode: ChannelMode; learnerReply: string; agentNote: string },
  options: ReplyPlanOptions,
): ReplyStep[] {
  const replyMarker = `credbot_reply_${referenceOf(request.id)}`;
  const done = !awaitsLearnerReply(request.decision);
  const publicReply = (outcomeTag: string, extra: Omit<TicketUpdate, 'comment' | 'additionalTags'> = {}): ReplyStep => ({
    marker: replyMarker,
    update: {
      comment: ticketComment(request.learnerReply, true),
      additionalTags: [CREDBOT_TAG, outcomeTag, replyMarker, ...(done ? ['credbot_done'] : [])],
      ...extra,
    },
  });
  // What only staff should read goes first, in an internal note; the ticket goes to the hand-off group.
  const forStaff = (outcomeTag: string, extra: Pick<TicketUpdate, 'status'> = {}): ReplyStep[] => [
    internalNoteStep(request),
    publicReply(outcomeTag, { ...extra, ...(options.handoffGroupId === undefined ? {} : { groupId: options.handoffGroupId }) }),
  ];
  // Only proposed: the learner hears nothing; staff get the answer in a note, and the ticket is theirs now.
  if (isProposalOnly(request)) {
    const note = internalNoteStep(request);
    return [
      {
        marker: note.marker,
        update: {
          ...note.update,
          additionalTags: [...(note.update.additionalTags ?? []), 'credbot_suggested', 'credbot_done'],
          ...(options.handoffGroupId === undefined ? {} : { groupId: options.handoffGroupId }),
        },
      },
    ];
  }
  const { outcome } = request;
  // The ticket was pending on an email that will never arrive: open again, in front of people.
  if (outcome === 'delivery_failed') return forStaff(DELIVERY_FAILED_TAG, { status: 'open' });
  // A follow-up credbot's answer settles waits for the learner again; one it does not goes to people, open.
  if (outcome === 'follow_up') {
    return isForPerson(request.decision) ? forStaff(FOLLOW_UP_TAG, { status: 'open' }) : [publicReply(FOLLOW_UP_TAG, { status: options.retrieveStatus })];
  }
  if (isForStaff(outcome)) return forStaff(`credbot_${outcome}`);
  switch (outcome) {
    case 'retrieve':
      return [publicReply('credbot_retrieve_sent', { status: options.retrieveStatus })];
    case 'ask_for_email':
      return [publicReply(ASKED_FOR_ADDRESS_TAG)];
    case 'rate_limited':
      return [publicReply('credbot_rate_limited')];
    case 'ignore':
      return [{ marker: 'credbot_skipped', update: { additionalTags: ['credbot_skipped'] } }];
    default:
      throw new Error(`no ticket reply for outcome "${request.outcome}"`);
  }
}

/** credbot gave up answering the ticket: people take it from here. */
export const REPLY_FAILED_TAG = 'credbot_reply_failed';

/**
 * The update that leaves a ticket to people once credbot has given up answering it: an internal note with what
 * credbot meant to say and why it could not, the ticket in the hand-off group when there is one, and the tags that
 * keep the trigger from sending it to credbot again. Its status stays as it is (open, or new), in the agents' views.
 */
export function handOverAfterFailedReply(
  request: { learnerReply: string; agentNote: string },
  failure: string,
  options: Pick<ReplyPlanOptions, 'handoffGroupId'>,
): TicketUpdate {
  const note = [
    `credbot could not answer this ticket and leaves it to you. The last error: ${failure}`,
    ...(request.learnerReply ? [`What credbot meant to reply to the requester:\n\n${request.learnerReply}`] : []),
    ...(request.agentNote ? [`Its note for agents:\n\n${request.agentNote}`] : []),
  ].join('\n\n');
  return {
    comment: ticketComment(note, false),
    additionalTags: [CREDBOT_TAG, REPLY_FAILED_TAG, 'credbot_done'],
    ...(options.handoffGroupId === undefined ? {} : { groupId: options.handoffGroupId }),
  };
}

/** The request's agent note as an internal (private) comment: staff see it, the requester never does. */
export function internalNoteStep(request: { id: string; agentNote: string }): ReplyStep {
  const marker = `credbot_note_${referenceOf(request.id)}`;
  return { marker, update: { comment: ticketComment(request.agentNote, false), additionalTags: [CREDBOT_TAG, marker] } };
}

function referenceOf(requestId: string): string {
  return requestId.replaceAll('-', '').slice(0, 12);
}
