import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../src/slack/fastify-receiver.ts';
import { SLASH_COMMAND } from '../src/slack/listeners.ts';

const manifest = JSON.parse(readFileSync(new URL('../slack-app-manifest.json', import.meta.url), 'utf8'));

describe('the Slack app manifest', () => {
  it('sends events, the slash command and interactivity to the one endpoint credbot serves', () => {
    const urls = [manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url, ...manifest.features.slash_commands.map((command: { url: string }) => command.url)];
    for (const url of urls) expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('declares the slash command the listener handles', () => {
    expect(manifest.features.slash_commands.map((command: { command: string }) => command.command)).toEqual([SLASH_COMMAND]);
  });

  it('subscribes to the events the listeners read, and lets learners write to the bot', () => {
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it('asks for the scopes those events and calls need, and no more', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history', 'users:read', 'users:read.email'].sort(),
    );
  });
});
