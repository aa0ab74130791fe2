import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recordAudit } from '../../db/console-audit.ts';
import { requireAdmin } from '../access.ts';
import { CHANNEL_MODES, type ChannelMode, type ChannelWithMode, CHANNELS_WITH_MODES, isChannelMode, isChannelWithMode } from '../../core/channel-mode.ts';
import { CsrfField, Notice } from '../layout.tsx';
import { type PageContext, pageContext, redirectAfterPost, sendPage } from '../page.tsx';
import type { ConsoleDeps } from '../register-console.tsx';

const MODE_MEANINGS: Record<ChannelMode, string> = {
  off: 'credbot ignores the channel',
  shadow: 'credbot decides and records, but answers nobody',
  suggest: 'credbot proposes its answer to staff only',
  act: 'credbot answers learners on its own when it is confident',
};

const CHANNEL_NAMES: Record<ChannelWithMode, string> = { zendesk: 'Zendesk', slack: 'Slack' };

interface FormError {
  channel: ChannelWithMode | null;
  message: string;
}

export function registerSettingsPage(pages: FastifyInstance, deps: ConsoleDeps): void {
  const sendSettings = async (request: FastifyRequest, reply: FastifyReply, notice: { changed?: string; error?: FormError; status?: number }) => {
    const modes = await deps.channelModes.read();
    const context = pageContext(request, reply);
    return sendPage(reply, context, { title: 'Settings', status: notice.status ?? 200 }, <SettingsBody modes={modes} context={context} changed={notice.changed} error={notice.error} />);
  };

  pages.get<{ Querystring: { changed?: string } }>('/settings', async (request, reply) => {
    const changed = isChannelWithMode(request.query.changed) ? request.query.changed : undefined;
    return sendSettings(request, reply, { changed });
  });

  pages.post<{ Body: { channel?: unknown; mode?: unknown } }>('/settings', { config: { consoleAccess: 'admin' } }, async (request, reply) => {
    const user = requireAdmin(request);
    const { channel, mode } = request.body ?? {};
    if (!isChannelWithMode(channel)) {
      return sendSettings(request, reply, { status: 400, error: { channel: null, message: `Channel: must be one of ${CHANNELS_WITH_MODES.join(', ')}.` } });
    }
    if (!isChannelMode(mode)) {
      return sendSettings(request, reply, { status: 400, error: { channel, message: `Mode for ${CHANNEL_NAMES[channel]}: choose one of ${CHANNEL_MODES.join(', ')}.` } });
    }
    const before = (await deps.channelModes.read())[channel];
    if (before !== mode) {
      await deps.channelModes.set(channel, mode, user.email);
      await recordAudit(deps.database.db, { userId: user.id, userEmail: user.email, action: 'set_channel_mode', subject: channel, detail: { from: before, to: mode } });
    }
    return redirectAfterPost(reply, `/console/settings?changed=${channel}`);
  });
}

function SettingsBody({ modes, context, changed, error }: { modes: Record<ChannelWithMode, ChannelMode>; context: PageContext; changed?: string; error?: FormError }) {
  const isAdmin = context.user?.role === 'admin';
  return (
    <>
      {changed && isChannelWithMode(changed) && <Notice kind="ok">{CHANNEL_NAMES[changed]} is now in {modes[changed]} mode.</Notice>}
      {error && <Notice kind="error">{error.message}</Notice>}
      <section class="card" aria-labelledby="modes">
        <h2 id="modes">Channel modes</h2>
        <dl class="facts">
          {CHANNEL_MODES.map((mode) => (
            <>
              <dt>{mode}</dt>
              <dd>{MODE_MEANINGS[mode]}</dd>
            </>
          ))}
        </dl>
        {!isAdmin && <p class="muted">Only admins can change a mode.</p>}
        <table>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Mode</th>
            </tr>
          </thead>
          <tbody>
            {CHANNELS_WITH_MODES.map((channel) => (
              <tr key={channel}>
                <th scope="row">{CHANNEL_NAMES[channel]}</th>
                <td>
                  {isAdmin ? (
                    <form method="post" action="/console/settings" class="inline">
                      <CsrfField token={context.csrfToken} />
                      <input type="hidden" name="channel" value={channel} />
                      <label for={`mode-${channel}`}>Mode for {CHANNEL_NAMES[channel]}</label>{' '}
                      <select id={`mode-${channel}`} name="mode" aria-invalid={error?.channel === channel ? 'true' : undefined}>
                        {CHANNEL_MODES.map((mode) => (
                          <option value={mode} selected={modes[channel] === mode}>
                            {mode}
                          </option>
                        ))}
                      </select>{' '}
                      <button type="submit">Save {CHANNEL_NAMES[channel]}</button>
                    </form>
                  ) : (
                    modes[channel]
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
