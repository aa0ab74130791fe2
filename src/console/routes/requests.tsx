import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { maskEmail, maskEmailsIn } from '../../core/mask.ts';
import { recordAudit } from '../../db/console-audit.ts';
import { findRequestWithEmails, listRequestFacets, listRequests, type RequestEmail, type RequestRow } from '../../db/console-requests.ts';
import { signedInUser } from '../access.ts';
import { summarizeDecision } from '../decision-summary.ts';
import { CsrfField, Notice } from '../layout.tsx';
import { type PageContext, pageContext, sendPage } from '../page.tsx';
import type { ConsoleDeps } from '../register-console.tsx';
import { conversationLink } from '../request-links.ts';
import { parseRequestFilter, type RequestFilterQuery } from '../request-filter-form.ts';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerRequestPages(pages: FastifyInstance, deps: ConsoleDeps): void {
  pages.get<{ Querystring: RequestFilterQuery }>('/requests', async (request, reply) => {
    const query = request.query ?? {};
    const parsed = parseRequestFilter(query);
    const facets = await listRequestFacets(deps.database.db);
    const context = pageContext(request, reply);
    if (!parsed.ok) {
      return sendPage(
        reply,
        context,
        { title: 'Requests', status: 400 },
        <>
          <FilterForm query={query} facets={facets} error={parsed} />
          <Notice kind="error">{parsed.message}</Notice>
        </>,
      );
    }
    const { rows, hasMore } = await listRequests(deps.database.db, parsed.filter, { limit: PAGE_SIZE, offset: (parsed.page - 1) * PAGE_SIZE });
    return sendPage(
      reply,
      context,
      { title: 'Requests' },
      <>
        <FilterForm query={query} facets={facets} error={null} />
        <RequestTable rows={rows} />
        <Pager query={query} page={parsed.page} hasMore={hasMore} />
      </>,
    );
  });

  pages.get<{ Params: { id: string } }>('/requests/:id', async (request, reply) => sendRequestDetail(request, reply, deps, request.params.id, false));

  pages.post<{ Params: { id: string } }>('/requests/:id/reveal', async (request, reply) => {
    const user = signedInUser(request);
    if (!UUID.test(request.params.id)) return reply.callNotFound();
    const found = await findRequestWithEmails(deps.database.db, request.params.id);
    if (!found) return reply.callNotFound();
    // Recorded before anything is shown: a reveal that is not in the log does not happen.
    await recordAudit(deps.database.db, { userId: user.id, userEmail: user.email, action: 'reveal_addresses', subject: request.params.id, detail: { channel: found.request.channel } });
    return sendRequestDetail(request, reply, deps, request.params.id, true);
  });
}

async function sendRequestDetail(request: FastifyRequest, reply: FastifyReply, deps: ConsoleDeps, id: string, revealed: boolean) {
  if (!UUID.test(id)) return reply.callNotFound();
  const found = await findRequestWithEmails(deps.database.db, id);
  if (!found) return reply.callNotFound();
  const context = pageContext(request, reply);
  return sendPage(reply, context, { title: `Request ${id.slice(0, 8)}` }, <RequestDetailBody {...found} context={context} revealed={revealed} zendeskAgentOrigin={deps.settings.zendeskAgentOrigin} />);
}

function FilterForm({ query, facets, error }: { query: RequestFilterQuery; facets: { channels: string[]; outcomes: string[] }; error: { field: string; message: string } | null }) {
  const invalid = (field: string) => (error?.field === field ? 'true' : undefined);
  const described = (field: string) => (error?.field === field ? 'filter-error' : undefined);
  return (
    <form method="get" action="/console/requests" class="card filters" role="search" aria-label="Filter requests">
      <div class="field">
        <label for="f-channel">Channel</label>
        <select id="f-channel" name="channel" aria-invalid={invalid('channel')}>
          <option value="">Any</option>
          {facets.channels.map((channel) => (
            <option value={channel} selected={query.channel === channel}>
              {channel}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-outcome">Outcome</label>
        <select id="f-outcome" name="outcome" aria-invalid={invalid('outcome')}>
          <option value="">Any</option>
          {facets.outcomes.map((outcome) => (
            <option value={outcome} selected={query.outcome === outcome}>
              {outcome}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-band">Band</label>
        <select id="f-band" name="band" aria-invalid={invalid('band')}>
          <option value="">Any</option>
          {['act', 'suggest', 'ignore'].map((band) => (
            <option value={band} selected={query.band === band}>
              {band}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-from">From (UTC day)</label>
        <input id="f-from" name="from" type="date" value={query.from ?? ''} aria-invalid={invalid('from')} aria-describedby={described('from')} />
      </div>
      <div class="field">
        <label for="f-to">To (UTC day)</label>
        <input id="f-to" name="to" type="date" value={query.to ?? ''} aria-invalid={invalid('to')} aria-describedby={described('to')} />
      </div>
      <div class="field">
        <label for="f-address">Exact address</label>
        <input id="f-address" name="address" type="text" inputmode="email" value={query.address ?? ''} aria-invalid={invalid('address')} aria-describedby={described('address')} />
      </div>
      <div class="field">
        <label for="f-q">Words in the message</label>
        <input id="f-q" name="q" type="search" value={query.q ?? ''} aria-invalid={invalid('q')} aria-describedby={described('q')} />
      </div>
      <button type="submit">Filter</button>
      <a href="/console/requests">Clear</a>
      {error && (
        <p id="filter-error" class="field-error">
          {error.message}
        </p>
      )}
    </form>
  );
}

function excerpt(text: string): string {
  const masked = maskEmailsIn(text);
  return masked.length > 140 ? `${masked.slice(0, 139)}…` : masked;
}

function RequestTable({ rows }: { rows: RequestRow[] }) {
  if (rows.length === 0) return <p>No request matches.</p>;
  return (
    <table>
      <caption class="muted">Newest first; addresses masked.</caption>
      <thead>
        <tr>
          <th scope="col">Received (UTC)</th>
          <th scope="col">Channel</th>
          <th scope="col">Outcome</th>
          <th scope="col">Band</th>
          <th scope="col">Addresses</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <a href={`/console/requests/${row.id}`}>{formatTime(row.receivedAt)}</a>
            </td>
            <td>{row.channel}</td>
            <td>{row.outcome}</td>
            <td>
              {row.band} <span class="muted">({row.confidence}%)</span>
            </td>
            <td>{[...new Set([row.vouchedAddress, ...row.addresses].filter((a): a is string => Boolean(a)))].map(maskEmail).join(', ')}</td>
            <td>{row.erasedAt ? <span class="muted">erased</span> : excerpt(row.messageText)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Pager({ query, page, hasMore }: { query: RequestFilterQuery; page: number; hasMore: boolean }) {
  const linkTo = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (key !== 'page' && typeof value === 'string' && value !== '') params.set(key, value);
    if (target > 1) params.set('page', String(target));
    const search = params.toString();
    return `/console/requests${search ? `?${search}` : ''}`;
  };
  return (
    <nav class="pager" aria-label="Pages">
      {page > 1 && (
        <a href={linkTo(page - 1)} rel="prev">
          ← Newer
        </a>
      )}
      <span class="muted">Page {page}</span>
      {hasMore && (
        <a href={linkTo(page + 1)} rel="next">
          Older →
        </a>
      )}
    </nav>
  );
}

export function formatTime(date: Date | null): string {
  return date ? `${date.toISOString().slice(0, 19).replace('T', ' ')}` : '—';
}

function RequestDetailBody({
  request,
  emails,
  context,
  revealed,
  zendeskAgentOrigin,
}: Awaited<ReturnType<typeof findRequestWithEmails>> & {} & { context: PageContext; revealed: boolean; zendeskAgentOrigin: string | null }) {
  const showAddress = revealed ? (address: string) => address : maskEmail;
  const showText = revealed ? (text: string) => text : maskEmailsIn;
  const link = conversationLink(request.channel, request.channelContext, zendeskAgentOrigin);
  const erased = request.erasedAt !== null;
  return (
    <>
      <p>
        <a href="/console/requests">← All requests</a>
      </p>
      {erased && <Notice kind="info">The learner's words and addresses were erased on {formatTime(request.erasedAt)} UTC (retention or a request to be forgotten). What credbot decided is kept.</Notice>}
      {revealed && <Notice kind="info">Addresses are shown in full for this page view only; this was recorded in the audit log.</Notice>}
      <section class="card" aria-labelledby="facts">
        <h2 id="facts">Request</h2>
        <dl class="facts">
          <dt>Received</dt>
          <dd>{formatTime(request.receivedAt)} UTC</dd>
          <dt>Channel</dt>
          <dd>{request.channel}</dd>
          <dt>Conversation</dt>
          <dd>{link ? <a href={link.href}>{link.label}</a> : <span class="muted">no link</span>}</dd>
          <dt>Language</dt>
          <dd>{request.language ?? '—'}</dd>
          <dt>Reply to the channel</dt>
          <dd>
            {request.replyStatus}
            {request.replyAttempts > 0 ? `, ${request.replyAttempts} attempt${request.replyAttempts === 1 ? '' : 's'}` : ''}
            {request.replyError ? ` — ${request.replyError}` : ''}
          </dd>
          {!erased && (
            <>
              <dt>Vouched address</dt>
              <dd>{request.vouchedAddress ? showAddress(request.vouchedAddress) : '—'}</dd>
              <dt>Addresses named</dt>
              <dd>{request.addresses.length > 0 ? request.addresses.map(showAddress).join(', ') : '—'}</dd>
            </>
          )}
        </dl>
        {!erased && !revealed && (
          <form method="post" action={`/console/requests/${request.id}/reveal`} class="inline">
            <CsrfField token={context.csrfToken} />
            <button type="submit" class="secondary">
              Reveal addresses
            </button>{' '}
            <span class="muted">(recorded in the audit log)</span>
          </form>
        )}
      </section>

      {!erased && (
        <section class="card" aria-labelledby="message">
          <h2 id="message">Message</h2>
          <p class="message">{showText(request.messageText)}</p>
        </section>
      )}

      <section class="card" aria-labelledby="classification">
        <h2 id="classification">Classification</h2>
        <dl class="facts">
          <dt>Intent</dt>
          <dd>{request.intent}</dd>
          <dt>Confidence</dt>
          <dd>{request.confidence}%</dd>
          <dt>Band</dt>
          <dd>{request.band}</dd>
          <dt>Reasons</dt>
          <dd>{request.reasons.length > 0 ? request.reasons.join(', ') : '—'}</dd>
        </dl>
      </section>

      <section class="card" aria-labelledby="decision">
        <h2 id="decision">Decision: {request.outcome}</h2>
        <p>{summarizeDecision(request.decision, showAddress)}</p>
        <details>
          <summary>Raw decision (JSON)</summary>
          <pre>{showText(JSON.stringify(request.decision, null, 2))}</pre>
        </details>
      </section>

      {!erased && (
        <section class="card" aria-labelledby="replies">
          <h2 id="replies">What credbot wrote</h2>
          <h3>Reply to the learner</h3>
          {request.learnerReply ? <p class="message">{showText(request.learnerReply)}</p> : <p class="muted">None.</p>}
          <h3>Note for staff</h3>
          {request.agentNote ? <p class="message">{showText(request.agentNote)}</p> : <p class="muted">None.</p>}
        </section>
      )}

      <section class="card" aria-labelledby="emails">
        <h2 id="emails">Emails</h2>
        <EmailTable emails={emails} showAddress={showAddress} />
      </section>
    </>
  );
}

function EmailTable({ emails, showAddress }: { emails: RequestEmail[]; showAddress: (address: string) => string }) {
  if (emails.length === 0) return <p class="muted">No email was sent for this request.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">To</th>
          <th scope="col">State</th>
          <th scope="col">Attempts</th>
          <th scope="col">Last error</th>
          <th scope="col">Sent (UTC)</th>
        </tr>
      </thead>
      <tbody>
        {emails.map((email) => (
          <tr key={email.id}>
            <td>{email.kind}</td>
            <td>{email.erasedAt ? <span class="muted">erased</span> : showAddress(email.toAddress)}</td>
            <td>{email.status}</td>
            <td class="num">{email.attempts}</td>
            <td>{email.lastError ?? '—'}</td>
            <td>{formatTime(email.sentAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
