import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINISHED_TAGS } from '../src/zendesk/ticket-reply-plan.ts';
import { TRIGGER_BODY_TEMPLATE, TRIGGER_TITLE, triggerDefinition } from '../src/zendesk/zendesk-setup.ts';
import { type FakeZendesk, startFakeZendesk } from './fakes/fake-zendesk.ts';
import { runCredbot } from './helpers/child-process.ts';

describe('credbot zendesk setup', () => {
  let zendesk: FakeZendesk;
  beforeAll(async () => {
    zendesk = await startFakeZendesk();
  });
  afterAll(() => zendesk?.close());

  const env = () => ({ ZENDESK_API_URL: zendesk.url, ZENDESK_EMAIL: 'admin@support.example', ZENDESK_API_TOKEN: 'admin-token' });

  it('creates the webhook, then the trigger inactive until credbot knows the secret, and changes nothing more when run again', async () => {
    const first = await runCredbot(['zendesk', 'setup', '--url', 'https://credbot.example.com/'], env());
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Webhook "credbot" created/);
    expect(first.stdout).toMatch(/Trigger created \(id \d+\), inactive/);
    const secret = /ZENDESK_WEBHOOK_SECRET=(\S+)/.exec(first.stdout)?.[1];
    expect(secret).toBeTruthy();
    expect(zendesk.triggers[0]?.active).toBe(false);

    // The operator sets the secret where credbot reads it, and runs the command again.
    const second = await runCredbot(['zendesk', 'setup', '--url', 'https://credbot.example.com'], { ...env(), ZENDESK_WEBHOOK_SECRET: secret as string });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Webhook "credbot" updated/);
    expect(second.stdout).toMatch(/Trigger updated \(id \d+\), active/);
    expect(zendesk.triggers[0]?.active).toBe(true);

    // Run again from a shell without the secret: a working trigger is not turned off.
    const third = await runCredbot(['zendesk', 'setup', '--url', 'https://credbot.example.com'], env());
    expect(third.code).toBe(0);
    expect(zendesk.triggers[0]?.active).toBe(true);

    expect(zendesk.webhooks).toHaveLength(1);
    expect(zendesk.webhooks[0]).toMatchObject({ endpoint: 'https://credbot.example.com/webhooks/zendesk', status: 'active' });
    expect(zendesk.triggers).toHaveLength(1);
    const [trigger] = zendesk.triggers;
    expect(trigger?.conditions.all).toEqual(
      expect.arrayContaining([
        { field: 'role', operator: 'is', value: 'end_user' },
        { field: 'current_tags', operator: 'not_includes', value: 'credbot_done credbot_skipped' },
      ]),
    );
    const [action] = trigger?.actions as { field: string; value: [string, string] }[];
    expect(action?.field).toBe('notification_webhook');
    expect(action?.value[0]).toBe(zendesk.webhooks[0]?.id);
    expect(JSON.parse(action!.value[1])).toMatchObject({ ticket: { id: '{{ticket.id}}', latest_comment: '{{ticket.latest_comment}}' } });
  });

  it('creates the trigger the README describes for setting it up by hand', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const manual = readme.slice(readme.indexOf('Triggers → Add trigger'));
    expect(manual).toContain(`"${TRIGGER_TITLE}"`);
    // The condition on tags names exactly the tags that finish a ticket for credbot.
    expect(triggerDefinition('webhook', true).conditions.all).toContainEqual({ field: 'current_tags', operator: 'not_includes', value: FINISHED_TAGS.join(' ') });
    expect(manual).toMatch(new RegExp(`contains none of\\s+\`${FINISHED_TAGS.join(' ')}\``));
    const body = /```json\n([\s\S]*?)```/.exec(manual)?.[1];
    expect(JSON.parse(body ?? 'null')).toEqual(JSON.parse(TRIGGER_BODY_TEMPLATE));
  });

  it('names what is missing when the API settings are not there', async () => {
    const result = await runCredbot(['zendesk', 'setup', '--url', 'https://credbot.example.com'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ZENDESK_SUBDOMAIN or ZENDESK_API_URL');
  });

  it('refuses a --url holding a user name and password, without printing them or calling Zendesk', async () => {
    const before = zendesk.requests.length;
    const result = await runCredbot(['zendesk', 'setup', '--url', 'https://relay:sekrit0pw@credbot.example.com'], env());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--url must not hold a user name or password');
    expect(result.stdout + result.stderr).not.toMatch(/relay|sekrit/);
    expect(zendesk.requests).toHaveLength(before);
  });

  it('refuses a --url that is not a URL, naming the problem', async () => {
    const result = await runCredbot(['zendesk', 'setup', '--url', 'https://credbot.example.com:port'], env());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--url has a port that is not a number from 1 to 65535');
  });

  it('asks for --url', async () => {
    const result = await runCredbot(['zendesk', 'setup'], env());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--url');
  });
});
