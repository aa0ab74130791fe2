import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningCredbot } from '../helpers/child-process.ts';
import { createFaultRig, type FaultRig, type LearnerTicket } from './fault-rig.ts';

/**
 * Each case runs the real service as a child process on PostgreSQL, breaks something, and checks that every
 * delivery the service accepted is answered exactly once: one email to the learner, one reply on the ticket.
 * Zendesk retries a delivery that got no 2xx; the tests do the same.
 */
let rig: FaultRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const accepted = (statuses: Map<number, number>) => [...statuses].filter(([, status]) => status >= 200 && status < 300).map(([id]) => id);
const notAccepted = (tickets: LearnerTicket[], statuses: Map<number, number>) =>
  tickets.filter((ticket) => !((statuses.get(ticket.ticketId) ?? 0) >= 200 && (statuses.get(ticket.ticketId) ?? 0) < 300));

describe('faults', () => {
  it('a SIGKILL in the middle of a burst loses nothing and sends nothing twice after a restart', async () => {
    rig = await createFaultRig(60);
    let service: RunningCredbot = await rig.startService();
    const current = { url: service.url };
    const burst = rig.deliver(() => current.url, rig.tickets, 6);
    await until(() => rig!.sink.messages.length >= 10);
    await service.stop('SIGKILL');
    const statuses = await burst;
    expect(accepted(statuses).length).toBeGreaterThan(0);

    service = await rig.startService();
    current.url = service.url;
    expect(await redeliverUntilAccepted(rig, () => current.url, notAccepted(rig.tickets, statuses))).toEqual([]);

    const outcome = await rig.waitUntilAnswered(rig.tickets, 90_000);
    expect(outcome).toMatchObject({ duplicateEmails: 0, duplicateUpdates: 0 });
    // Only emails in flight at the instant of the kill can be sent again, each under its own Message-ID.
    expect(outcome.resentCopies).toBeLessThanOrEqual(5);
  });

  it('SMTP refusing for 20 seconds delays the emails, and each arrives once', async () => {
    rig = await createFaultRig(30);
    rig.sink.refuse(true);
    const service = await rig.startService();
    const statuses = await rig.deliver(() => service.url, rig.tickets);
    expect(accepted(statuses)).toHaveLength(30);
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    expect(rig.sink.messages).toHaveLength(0);
    rig.sink.refuse(false);

    expect(await rig.waitUntilAnswered(rig.tickets, 90_000)).toEqual({ duplicateEmails: 0, duplicateUpdates: 0, resentCopies: 0 });
  });

  it('Zendesk answering 429, then 500s, then recovering: each ticket is updated once', async () => {
    rig = await createFaultRig(20);
    rig.zendesk.failNext(1, { status: 429, retryAfterSeconds: 2, method: 'PUT' });
    rig.zendesk.failNext(40, { status: 500, method: 'PUT' });
    const service = await rig.startService();
    const statuses = await rig.deliver(() => service.url, rig.tickets);
    expect(accepted(statuses)).toHaveLength(20);

    // It failed once in CI (3 of 20 tickets not updated in 120 s) and never since: say what the service said.
    const answered = await rig.waitUntilAnswered(rig.tickets, 120_000).catch((error: Error) => {
      throw new Error(`${error.message}\nthe service's last log lines:\n${service.output().split('\n').slice(-40).join('\n')}`);
    });
    expect(answered).toMatchObject({ duplicateEmails: 0, duplicateUpdates: 0 });
  });

  it('cut database connections: the service recovers, and no delivery is acknowledged and dropped', async () => {
    rig = await createFaultRig(60);
    const service = await rig.startService();
    const admin = postgres(rig.database.url as string, { max: 1, onnotice: () => {} });
    let cutting = true;
    const cutter = (async () => {
      while (cutting) {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity
                    where datname = current_database() and application_name = 'credbot' and pid <> pg_backend_pid()`;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    })();
    const statuses = await rig.deliver(() => service.url, rig.tickets, 4);
    cutting = false;
    await cutter;
    await admin.end();

    const refused = notAccepted(rig.tickets, statuses);
    // On failure, the service's own last words say why (a crash, a 4xx).
    const serviceLog = () => service.output().split('\n').slice(-30).join('\n');
    expect(refused.map((ticket) => statuses.get(ticket.ticketId)).filter((status) => (status ?? 0) < 500), serviceLog()).toEqual([]);
    expect(await redeliverUntilAccepted(rig, () => service.url, refused), serviceLog()).toEqual([]);
    // Ready again soon after the last cut (a probe may still land on a connection cut a moment ago): said with the
    // reason the service gave, if not.
    expect(await readyWithin(service.url, 10_000)).toEqual({ status: 200, body: expect.stringContaining('"status":"ready"') });

    expect(await rig.waitUntilAnswered(rig.tickets, 90_000)).toMatchObject({ duplicateEmails: 0, duplicateUpdates: 0 });
  });

  it('SIGTERM during a burst: stops taking requests, exits 0 within 30 s, and the rest is done after a restart', async () => {
    rig = await createFaultRig(60);
    let service = await rig.startService();
    const current = { url: service.url };
    const burst = rig.deliver(() => current.url, rig.tickets, 6);
    await until(() => rig!.sink.messages.length >= 5);
    const started = Date.now();
    expect(await service.stop('SIGTERM')).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    const statuses = await burst;

    service = await rig.startService();
    current.url = service.url;
    expect(await redeliverUntilAccepted(rig, () => current.url, notAccepted(rig.tickets, statuses))).toEqual([]);

    expect(await rig.waitUntilAnswered(rig.tickets, 90_000)).toMatchObject({ duplicateEmails: 0, duplicateUpdates: 0 });
  });
});

/** As Zendesk does: a delivery that got no 2xx is sent again, a few times, with pauses. Returns what never got in. */
async function redeliverUntilAccepted(rig: FaultRig, url: () => string, tickets: LearnerTicket[]): Promise<LearnerTicket[]> {
  let pending = tickets;
  for (let round = 0; round < 5 && pending.length > 0; round++) {
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, 1000 * round));
    pending = notAccepted(pending, await rig.deliver(url, pending));
  }
  return pending;
}

/** /readyz's answer once it is 200, or its last answer when `timeoutMs` has passed. */
async function readyWithin(url: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${url}/readyz`);
    const answer = { status: response.status, body: await response.text() };
    if (answer.status === 200 || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
