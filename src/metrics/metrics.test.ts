import { describe, expect, it } from 'vitest';
import { createMetrics, type DatabaseSnapshot } from './metrics.ts';

const snapshot: DatabaseSnapshot = {
  requests: [{ channel: 'zendesk', outcome: 'retrieve', band: 'act', mode: 'act', count: 3 }],
  emails: [{ kind: 'retrieve', state: 'sent', count: 2 }],
  queues: [{ queue: 'send-email', waitingJobs: 4, oldestWaitingSeconds: 12.5 }],
};

describe('the metrics registry', () => {
  it('serves the in-process series without the database ones when the database cannot be read, and says so', async () => {
    const problems: unknown[] = [];
    let reachable = true;
    const metrics = createMetrics({
      readDatabase: async () => {
        if (!reachable) throw new Error('connection refused');
        return snapshot;
      },
      onDatabaseError: (error) => problems.push(error),
    });
    metrics.observeAcknowledgement('zendesk', 0.02);

    expect(await metrics.render()).toContain('credbot_queue_waiting_jobs{queue="send-email"} 4');
    reachable = false;
    const text = await metrics.render();

    expect(text).toContain('credbot_metrics_database_up 0');
    expect(text).not.toMatch(/^credbot_(requests|emails|queue_waiting_jobs)\{/m);
    expect(text).toContain('credbot_acknowledgement_seconds_count{channel="zendesk"} 1');
    expect(problems).toHaveLength(1);
  });

  it('drops a combination that no longer has rows instead of repeating its last count', async () => {
    let current = snapshot;
    const metrics = createMetrics({ readDatabase: async () => current, onDatabaseError: () => {} });
    expect(await metrics.render()).toContain('credbot_requests{channel="zendesk",outcome="retrieve",band="act",mode="act"} 3');

    current = { ...snapshot, requests: [{ channel: 'slack', outcome: 'ask_for_email', band: 'act', mode: 'shadow', count: 1 }] };
    const text = await metrics.render();

    expect(text).toContain('credbot_requests{channel="slack",outcome="ask_for_email",band="act",mode="shadow"} 1');
    expect(text).not.toContain('channel="zendesk",outcome="retrieve"');
  });
});
