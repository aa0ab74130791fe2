import type { DecisionKind } from '../core/decision.ts';
import { describe, expect, it } from 'vitest';
import type { Language } from '../core/messages/languages.ts';
import type { ConversationRequests, ReplyLedger, RequestForReply } from '../core/channel-ports.ts';
import { WorkInFlightError } from '../core/claims.ts';
import { createLogger } from '../logger.ts';
import type { SlackReplyContext } from './slack-inbound.ts';
import { SlackApiError, type SlackWebApi } from './slack-web-api.ts';
import { createSlackReplyWorker, type SlackWorkerDeps } from './slack-workers.ts';

const requestId = '7b0c8a8e-4a5e-4d0f-9d43-0c1f5b1a2e3d';
const sharedChannel: SlackReplyContext = { channelId: 'CHELP', threadTs: '1700000000.000100', userId: 'ULEARNER', isDm: false, responseUrl: null, vouched: false };

function setUp(
  request: Partial<RequestForReply> & { channelContext?: SlackReplyContext },
  options: { ephemeralReplies?: boolean; profileEmail?: string | null; failWith?: Error; loseProgressRecordOnce?: boolean; lastAttempt?: boolean; staffLanguage?: Language } = {},
) {
  const posted: { via: string; target?: unknown; text: string; blocks?: unknown; marker?: string }[] = [];
  const threadReads: unknown[] = [];
  const state = {
    row: {
      id: requestId,
      channel: 'slack',
      outcome: 'retrieve',
      learnerReply: 'We’ve emailed a list of your credentials to m•••@example.com.',
      agentNote: 'credbot: emailed credentials to 1 address.',
      replyStatus: 'pending',
      replyAttempts: 0,
      replyStepsDone: 0,
      conversationId: 'CHELP:1700000000.000100',
      ...request,
      // What the stored decision keeps: its kind, as the outcome says.
      decision: request.decision ?? { kind: (request.outcome ?? 'retrieve') as DecisionKind },
      channelContext: { ...sharedChannel, ...request.channelContext },
    } as RequestForReply,
    failures: [] as { error: string; final: boolean }[],
    /** The attempt whose claim holds the reply (no lease runs out here); null: free. */
    claimedBy: null as number | null,
  };
  let failure = options.failWith;
  let loseProgressRecord = options.loseProgressRecordOnce ?? false;
  const recordProgress = () => {
    if (!loseProgressRecord) return;
    loseProgressRecord = false;
    throw new Error('the database went away before the reply was recorded');
  };
  const record = (via: string) => async (target: unknown, message: { text: string; blocks?: unknown }, marker?: string) => {
    if (failure) {
      const error = failure;
      failure = undefined;
      throw error;
    }
    posted.push({ via, target, text: message.text, blocks: message.blocks, ...(marker ? { marker } : {}) });
  };
  const api: SlackWebApi = {
    postMessage: record('postMessage'),
    hasMarkedMessage: async (thread, marker) => {
      threadReads.push(thread);
      return posted.some(
        (post) => post.marker === marker && JSON.stringify(post.target) === JSON.stringify({ channel: thread.channel, threadTs: thread.threadTs }),
      );
    },
    postEphemeral: record('postEphemeral'),
    respond: async (url, message) => record('respond')(url, message),
    readProfileEmail: async () => options.profileEmail ?? null,
    readLocale: async () => null,
    openView: async () => {},
  };
  const replies: ReplyLedger = {
    startAttempt: async () => {
      throw new Error('Slack replies claim their attempts');
    },
    claimAttempt: async () => {
      if (state.row.replyStatus !== 'pending') return { kind: 'settled' };
      if (state.claimedBy !== null) return { kind: 'held', until: new Date('2030-01-01T00:00:00Z') };
      state.row.replyAttempts += 1;
      state.claimedBy = state.row.replyAttempts;
      return { kind: 'claimed', row: { ...state.row } };
    },
    releaseClaim: async (_id, attempt) => {
      if (state.claimedBy === attempt) state.claimedBy = null;
    },
    markStepDone: async (_id, steps) => {
      recordProgress();
      state.row.replyStepsDone = steps;
    },
    markDelivered: async (_id, steps) => {
      recordProgress();
      state.row.replyStepsDone = steps;
      state.row.replyStatus = 'delivered';
    },
    recordFailure: async (_id, error, final) => {
      state.failures.push({ error, final });
      if (final) state.row.replyStatus = 'failed';
    },
    isOwnReply: async () => false,
  };
  const conversations: ConversationRequests = {
    findRequest: async () => ({ id: requestId, channel: 'slack', messageText: 'where is my certificate?', conversationId: null, channelContext: {} }),
    findOpeningRequest: async () => null,
  };
  const deps: SlackWorkerDeps = {
    api,
    replies,
    conversations,
    channelModes: { modeOf: async () => 'act' },
    handleMessage: async () => {
      throw new Error('not used');
    },
    handoffChannel: 'CSTAFF',
    staffLanguage: options.staffLanguage ?? 'en',
    ephemeralReplies: options.ephemeralReplies ?? true,
    claimLeaseSeconds: 60,
    logger: createLogger('silent'),
  };
  const attempt = { number: options.lastAttempt ? 9 : 1, isLast: options.lastAttempt ?? false };
  return { run: () => createSlackReplyWorker(deps)(requestId, attempt), posted, state, threadReads };
}

describe('the Slack reply worker', () => {
  it('answers only the learner in a shared channel when the reply reveals a lookup', async () => {
    const { run, posted, state } = setUp({});
    await run();
    expect(posted).toEqual([{ via: 'postEphemeral', target: { channel: 'CHELP', user: 'ULEARNER', threadTs: '1700000000.000100' }, text: expect.any(String), blocks: undefined }]);
    expect(state.row.replyStatus).toBe('delivered');
  });

  it('answers in the thread for everyone when configured so, and always in a DM', async () => {
    const configured = setUp({}, { ephemeralReplies: false });
    await configured.run();
    expect(configured.posted.map((post) => post.via)).toEqual(['postMessage']);

    const dm = setUp({ channelContext: { ...sharedChannel, channelId: 'D1', isDm: true } });
    await dm.run();
    expect(dm.posted).toEqual([expect.objectContaining({ via: 'postMessage', target: { channel: 'D1', threadTs: '1700000000.000100' } })]);
  });

  it('marks a thread reply with the request, without reading the thread on a first attempt', async () => {
    const { run, posted, threadReads } = setUp({}, { ephemeralReplies: false });
    await run();
    expect(posted).toEqual([expect.objectContaining({ via: 'postMessage', marker: requestId })]);
    expect(threadReads).toEqual([]);
  });

  it('finds in the thread the reply an attempt posted before its record was lost, and does not post it again', async () => {
    const { run, posted, state, threadReads } = setUp({}, { ephemeralReplies: false, loseProgressRecordOnce: true });
    await expect(run()).rejects.toThrow('the database went away');
    await run();
    expect(posted.map((post) => post.via)).toEqual(['postMessage']);
    expect(threadReads).toEqual([{ channel: 'CHELP', threadTs: '1700000000.000100' }]);
    expect(state.row.replyStatus).toBe('delivered');
  });

  it('answers a slash command through its response URL', async () => {
    const { run, posted } = setUp({ channelContext: { ...sharedChannel, threadTs: null, responseUrl: 'https://hooks.slack.com/commands/T1/1/abc' } });
    await run();
    expect(posted).toEqual([expect.objectContaining({ via: 'respond', target: 'https://hooks.slack.com/commands/T1/1/abc' })]);
  });

  it('asks in the thread, for everyone, when there is no profile address to offer', async () => {
    const { run, posted } = setUp({ outcome: 'ask_for_email', learnerReply: 'Which email address did you sign up with?' });
    await run();
    expect(posted).toEqual([expect.objectContaining({ via: 'postMessage', blocks: undefined })]);
  });

  it('offers the masked profile address to the learner alone', async () => {
    const { run, posted } = setUp({ outcome: 'ask_for_email', learnerReply: 'Which email address did you sign up with?' }, { profileEmail: 'maria.lopez@example.com' });
    await run();
    expect(posted[0]?.via).toBe('postEphemeral');
    expect(JSON.stringify(posted[0]?.blocks)).toContain('Send to m•••@example.com');
    expect(JSON.stringify(posted[0])).not.toContain('maria.lopez@example.com');
  });

  it('after the profile address found nothing, offers only another address, to the learner alone', async () => {
    const { run, posted } = setUp(
      { outcome: 'ask_for_email', learnerReply: 'We couldn’t find any credentials issued to m•••@example.com.', channelContext: { ...sharedChannel, vouched: true } },
      { profileEmail: 'maria.lopez@example.com' },
    );
    await run();
    expect(posted[0]?.via).toBe('postEphemeral');
    const labels = JSON.stringify(posted[0]?.blocks);
    expect(labels).toContain('Use another address');
    expect(labels).not.toContain('Send to');
  });

  it('labels the buttons in the learner’s language, and names it on their block for the modal they open', async () => {
    const { run, posted } = setUp(
      { outcome: 'ask_for_email', learnerReply: '¿Con qué dirección de correo electrónico se inscribió en su curso?', language: 'es' },
      { profileEmail: 'maria.lopez@example.com' },
    );
    await run();
    const blocks = JSON.stringify(posted[0]?.blocks);
    expect(blocks).toContain('Enviar a m•••@example.com');
    expect(blocks).toContain('Usar otra dirección');
    expect(blocks).toContain('"block_id":"credbot_address_choice.es"');
  });

  it('writes the hand-off summary’s own words in the staff’s language', async () => {
    const { run, posted } = setUp({ outcome: 'issuer_handoff', language: 'es', agentNote: 'credbot: …' }, { staffLanguage: 'de' });
    await run();
    expect(posted[1]?.text).toContain('*Übergabe von credbot* für <@ULEARNER> in <#CHELP>');
    expect(posted[1]?.text).toContain('Nachricht der Person:');
  });

  it('says nothing when the message was not a credential request', async () => {
    const { run, posted, state } = setUp({ outcome: 'ignore', learnerReply: '' });
    await run();
    expect(posted).toEqual([]);
    expect(state.row.replyStatus).toBe('delivered');
  });

  it('posts the hand-off summary after the answer, escaped, and resumes after the step already done', async () => {
    const handoff = { outcome: 'issuer_handoff' as const, learnerReply: 'Please contact <!channel> Academy.', agentNote: 'Issuer contact: <registrar@x.example>' };
    const first = setUp(handoff);
    await first.run();
    expect(first.posted.map((post) => [post.via, (post.target as { channel: string }).channel])).toEqual([
      ['postEphemeral', 'CHELP'],
      ['postMessage', 'CSTAFF'],
    ]);
    expect(first.posted[0]?.text).toBe('Please contact &lt;!channel&gt; Academy.');
    expect(first.posted[1]?.text).toContain('&lt;registrar@x.example&gt;');

    const resumed = setUp({ ...handoff, replyStepsDone: 1 });
    await resumed.run();
    expect(resumed.posted.map((post) => post.via)).toEqual(['postMessage']);
  });

  it('posts the summary for staff when the answer said less than was found, or nothing was looked up', async () => {
    for (const outcome of ['other_addresses', 'over_budget'] as const) {
      const { run, posted } = setUp({ outcome, learnerReply: 'If credentials were issued to that address…', agentNote: 'Unpublished drafts: …' });
      await run();
      expect(posted.map((post) => [post.via, (post.target as { channel: string }).channel]), outcome).toEqual([
        ['postEphemeral', 'CHELP'],
        ['postMessage', 'CSTAFF'],
      ]);
    }
  });

  it('records a refusal as final without throwing, and throws a transient failure for the job to retry', async () => {
    const refused = setUp({}, { failWith: new SlackApiError('chat.postEphemeral', 'channel_not_found', false) });
    await refused.run();
    expect(refused.state.failures).toEqual([{ error: 'Slack chat.postEphemeral failed: channel_not_found', final: true }]);

    const transient = setUp({}, { failWith: new SlackApiError('chat.postEphemeral', 'internal_error', true) });
    await expect(transient.run()).rejects.toThrow('internal_error');
    expect(transient.state.failures).toEqual([{ error: 'Slack chat.postEphemeral failed: internal_error', final: false }]);
    await transient.run();
    expect(transient.posted).toHaveLength(1);
    expect(transient.state.row.replyStatus).toBe('delivered');
  });

  it('posts nothing and counts no attempt while another attempt holds the reply, and throws for the queue to retry later', async () => {
    const { run, posted, state } = setUp({});
    state.claimedBy = 1;
    state.row.replyAttempts = 1;
    await expect(run()).rejects.toBeInstanceOf(WorkInFlightError);
    expect(posted).toEqual([]);
    expect(state.failures).toEqual([]);
    expect(state.row).toMatchObject({ replyAttempts: 1, replyStatus: 'pending' });
  });

  it('gives up after the last attempt the queue allows', async () => {
    const { run, state } = setUp({}, { failWith: new SlackApiError('chat.postEphemeral', 'internal_error', true), lastAttempt: true });
    await run();
    expect(state.failures).toEqual([{ error: expect.stringContaining('internal_error'), final: true }]);
  });
});
