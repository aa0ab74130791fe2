import type { FakeZendesk, FakeTicket } from '../../test/fakes/fake-zendesk.ts';
import { type RunningChild, startChild } from './child-processes.ts';

/** `credbot start` from source, through tsx, as the fault suite runs it. */
export const SOURCE_ENTRY = 'src/cli/bin.ts';

/**
 * `credbot start` as a child process on the given settings: `entry` is the compiled CLI (see compiled-service.ts)
 * or SOURCE_ENTRY. With `cpuProfileDir`, Node writes a .cpuprofile of each thread there when the service exits.
 */
export function startCredbotService(entry: string, env: Record<string, string>, options: { cpuProfileDir?: string } = {}): Promise<RunningChild> {
  return startChild({
    entry,
    args: ['start'],
    env: { PORT: '0', HOST: '127.0.0.1', LOAD_DEMO_DATA: 'false', LOG_LEVEL: 'warn', ...env },
    nodeArgs: options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [],
    readyPattern: /credbot is running at (http:\/\/[^\s]+)/,
  });
}

/** SIGTERM (a clean stop, which writes a CPU profile), then SIGKILL if it has not exited within `graceMs`. */
export async function stopService(service: RunningChild, graceMs = 30_000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const killed = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      void service.stop('SIGKILL');
      resolve();
    }, graceMs);
  });
  const code = await Promise.race([service.stop('SIGTERM'), killed.then(() => null)]);
  clearTimeout(timer);
  return code;
}

/**
 * The benchmarks deliver tickets the fake Zendesk was never told about: it answers for any ticket id at or above
 * `firstId` as if the ticket existed (created, untouched, on first use), so the reply workers run as in production.
 */
export function answerForEveryTicket(zendesk: FakeZendesk, firstId: number): void {
  const { tickets } = zendesk;
  const find = tickets.get.bind(tickets);
  tickets.get = (id: number): FakeTicket | undefined => find(id) ?? (Number.isInteger(id) && id >= firstId ? zendesk.addTicket({ id, tags: ['web_form'] }) : undefined);
}

/** The Zendesk channel's settings for a service that talks to the fake Zendesk at `apiUrl`. */
export function zendeskChannelEnv(apiUrl: string, webhookSecret: string): Record<string, string> {
  return { ZENDESK_API_URL: apiUrl, ZENDESK_EMAIL: 'bot@support.example', ZENDESK_API_TOKEN: 'bench-token', ZENDESK_WEBHOOK_SECRET: webhookSecret };
}
