import type { DecisionKind } from '../core/decision.ts';
import { ticketComment } from './comment-html.ts';
import type { TicketUpdate } from './zendesk-api.ts';

/** Tags that mean credbot is finished with a ticket: the trigger's condition and our own check skip it. */
export const FINISHED_TAGS = ['credbot_done', 'credbot_skipped'] as const;

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
 * The ticket updates that answer one decision, in order. Tags are only ever added. `ask_for_email` leaves the
 * ticket open to credbot, so the learner's answer on the ticket is handled as the next message.
 */
export function planTicketReply(
  request: { id: string; outcome: string; learnerReply: string; agentNote: string },
  options: ReplyPlanOptions,
): ReplyStep[] {
  const reference = request.id.replaceAll('-', '').slice(0, 12);
  const replyMarker = `credbot_reply_${reference}`;
  const publicReply = (outcomeTag: string, extra: Omit<TicketUpdate, 'comment' | 'additionalTags'> = {}, done = true): ReplyStep => ({
    marker: replyMarker,
    update: {
      comment: ticketComment(request.learnerReply, true),
      additionalTags: ['credbot', outcomeTag, replyMarker, ...(done ? ['credbot_done'] : [])],
      ...extra,
    },
  });
  switch (request.outcome as DecisionKind) {
    case 'retrieve':
      return [publicReply('credbot_retrieve_sent', { status: options.retrieveStatus })];
    case 'issuer_handoff': {
      const noteMarker = `credbot_note_${reference}`;
      return [
        { marker: noteMarker, update: { comment: ticketComment(request.agentNote, false), additionalTags: ['credbot', noteMarker] } },
        publicReply('credbot_issuer_handoff', options.handoffGroupId === undefined ? {} : { groupId: options.handoffGroupId }),
      ];
    }
    case 'ask_for_email':
      return [publicReply('credbot_asked_email', {}, false)];
    case 'rate_limited':
      return [publicReply('credbot_rate_limited')];
    case 'ignore':
      return [{ marker: 'credbot_skipped', update: { additionalTags: ['credbot_skipped'] } }];
    default:
      throw new Error(`no ticket reply for outcome "${request.outcome}"`);
  }
}
