import { parseArgs } from 'node:util';
import { HTTP_URL_RULES, urlProblem } from '../../config-checks.ts';
import { loadZendeskSetupConfig } from '../../config.ts';
import { createZendeskApi } from '../../zendesk/zendesk-api.ts';
import { setUpZendesk } from '../../zendesk/zendesk-setup.ts';
import { UsageError } from '../usage-error.ts';

const PUBLIC_URL_EXAMPLE = 'the public base URL Zendesk will call, e.g. https://credbot.example.com';

/** `credbot zendesk setup --url https://<public host>`: the webhook and the trigger, created or updated. */
export async function runZendesk(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { url: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals[0] !== 'setup') throw new UsageError('expected "zendesk setup --url https://<public host>"');
  if (!values.url) throw new UsageError(`zendesk setup needs --url, ${PUBLIC_URL_EXAMPLE}`);
  // The URL is printed back, and Zendesk authenticates to a webhook with its own settings, not a URL's userinfo.
  const problem = urlProblem(values.url, HTTP_URL_RULES);
  if (problem !== undefined) throw new UsageError(`zendesk setup --url ${problem}: ${PUBLIC_URL_EXAMPLE}`);
  const settings = loadZendeskSetupConfig();
  const api = createZendeskApi({ baseUrl: settings.api.apiUrl, auth: settings.api.auth });
  // This command reads the same environment and .env as the service: the secret set there is the service's.
  const report = await setUpZendesk(api, values.url, (secret) => settings.webhookSecret === secret);
  const webhookLine = `Webhook "credbot" ${report.webhook.action} (id ${report.webhook.id}) → ${values.url.replace(/\/+$/, '')}/webhooks/zendesk`;
  const next = report.trigger.active
    ? [`Trigger ${report.trigger.action} (id ${report.trigger.id}), active: new tickets and learners' replies reach credbot.`]
    : [
        `Trigger ${report.trigger.action} (id ${report.trigger.id}), inactive: it waits until credbot can check the webhook's signatures.`,
        '',
        'Next:',
        '  1. Set this in credbot\'s environment (or its .env) and restart it:',
        `       ZENDESK_WEBHOOK_SECRET=${report.signingSecret}`,
        `  2. Run this command again with that setting: it turns the trigger on.`,
      ];
  process.stdout.write([webhookLine, ...next, ''].join('\n'));
  return 0;
}
