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

/** The thresholds form's fields: a share between 0 and 1, as typed. */
const THRESHOLD_TEXT = /^(?:0(?:\.\d{1,3})?|1(?:\.0{1,3})?|\.\d{1,3})$/;

function parseThreshold(value: unknown): number | null {
  return typeof value === 'string' && THRESHOLD_TEXT.test(value.trim()) ? Number(value.trim()) : null;
}

export function registerSettingsPage(pages: FastifyInstance, deps: ConsoleDeps): void {
  const sendSettings = async (request: FastifyRequest, reply: FastifyReply, notice: { changed?: string; error?: FormError; thresholdsError?: string; status?: number }) => {
    const [modes, thresholds] = await Promise.all([deps.channelModes.read(), deps.intentThresholds.read()]);
    const context = pageContext(request, reply);
    return sendPage(
      reply,
      context,
      { title: 'Settings', status: notice.status ?? 200 },
      <>
        <SettingsBody modes={modes} context={context} changed={notice.changed} error={notice.error} />
        <ThresholdsSection inForce={thresholds} context={context} changed={notice.changed === 'thresholds'} error={notice.thresholdsError} />
      </>,
    );
  };

  pages.get<{ Querystring: { changed?: string } }>('/settings', async (request, reply) => {
    const changed = isChannelWithMode(request.query.changed) || request.query.changed === 'thresholds' ? request.query.changed : undefined;
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
  registerThresholdsForm(pages, deps, (request, reply, thresholdsError) => sendSettings(request, reply, { status: 400, thresholdsError }));
}

export function registerThresholdsForm(pages: FastifyInstance, deps: ConsoleDeps, resend: (request: FastifyRequest, reply: FastifyReply, thresholdsError: string) => Promise<FastifyReply>): void {
  pages.post<{ Body: { act?: unknown; suggest?: unknown; reset?: unknown } }>('/settings/thresholds', { config: { consoleAccess: 'admin' } }, async (request, reply) => {
    const user = requireAdmin(request);
    const body = request.body ?? {};
    const before = await deps.intentThresholds.read();
    if (body.reset !== undefined) {
      if (before.source === 'stored') {
        await deps.intentThresholds.reset();
        await recordAudit(deps.database.db, { userId: user.id, userEmail: user.email, action: 'reset_intent_thresholds', subject: 'intent', detail: { from: before.thresholds, to: before.configured } });
      }
      return redirectAfterPost(reply, '/console/settings?changed=thresholds');
    }
    const act = parseThreshold(body.act);
    const suggest = parseThreshold(body.suggest);
    if (act === null || act <= 0) return resend(request, reply, 'Act at or above: a number above 0 and at most 1, such as 0.9.');
    if (suggest === null || suggest <= 0) return resend(request, reply, 'Suggest at or above: a number above 0 and at most 1, such as 0.5.');
    if (suggest > act) return resend(request, reply, `Suggest at or above (${suggest}) must not be above Act at or above (${act}).`);
    if (before.thresholds.act !== act || before.thresholds.suggest !== suggest || before.source !== 'stored') {
      await deps.intentThresholds.set({ act, suggest }, user.email);
      await recordAudit(deps.database.db, { userId: user.id, userEmail: user.email, action: 'set_intent_thresholds', subject: 'intent', detail: { from: before.thresholds, to: { act, suggest } } });
    }
    return redirectAfterPost(reply, '/console/settings?changed=thresholds');
  });
}

function ThresholdsSection({ inForce, context, changed, error }: { inForce: Awaited<ReturnType<ConsoleDeps['intentThresholds']['read']>>; context: PageContext; changed: boolean; error?: string | undefined }) {
  const isAdmin = context.user?.role === 'admin';
  const { thresholds, configured } = inForce;
  return (
    <section class="card" aria-labelledby="thresholds">
      <h2 id="thresholds">Recognition thresholds</h2>
      {changed && <Notice kind="ok">The thresholds now in force: act at {thresholds.act}, suggest at {thresholds.suggest}.</Notice>}
      {error && <Notice kind="error">{error}</Notice>}
      <p>
        Each message gets a confidence between 0 and 1 that it is a missing-credential request. At or above <strong>act</strong>{' '}
        credbot answers on its own (when the channel is set to act); at or above <strong>suggest</strong> it only proposes its answer to
        staff; below, it leaves the message to people. Raising act makes fewer, surer answers. Every process uses a change within
        seconds.
      </p>
      <p class="muted">
        {inForce.source === 'stored'
          ? `Set in the console${inForce.updatedBy ? ` by ${inForce.updatedBy}` : ''}. The configuration says act ${configured.act}, suggest ${configured.suggest}.`
          : 'From the configuration (INTENT_ACT_THRESHOLD, INTENT_SUGGEST_THRESHOLD).'}
      </p>
      {isAdmin ? (
        <form method="post" action="/console/settings/thresholds" class="filters">
          <CsrfField token={context.csrfToken} />
          <div class="field">
            <label for="threshold-act">Act at or above</label>
            <input id="threshold-act" name="act" inputmode="decimal" value={String(thresholds.act)} aria-invalid={error ? 'true' : undefined} />
          </div>
          <div class="field">
            <label for="threshold-suggest">Suggest at or above</label>
            <input id="threshold-suggest" name="suggest" inputmode="decimal" value={String(thresholds.suggest)} aria-invalid={error ? 'true' : undefined} />
          </div>
          <button type="submit">Save thresholds</button>
          {inForce.source === 'stored' && (
            <button type="submit" name="reset" value="1" class="secondary">
              Use the configured values
            </button>
          )}
        </form>
      ) : (
        <p>
          Act at or above {thresholds.act}; suggest at or above {thresholds.suggest}. Only admins can change them.
        </p>
      )}
    </section>
  );
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
