import type { FastifyInstance } from 'fastify';
import { type AuditEntry, listAudit } from '../../db/console-audit.ts';
import { pageContext, sendPage } from '../page.tsx';
import type { ConsoleDeps } from '../register-console.tsx';
import { formatTime } from './requests.tsx';

const PAGE_SIZE = 100;

const ACTION_LABELS: Record<string, string> = {
  sign_in: 'signed in',
  sign_in_failed: 'failed to sign in (wrong password)',
  sign_out: 'signed out',
  reveal_addresses: 'revealed the addresses of a request',
  retry_email: 'retried an email',
  set_channel_mode: 'changed a channel mode',
};

export function registerAuditPage(pages: FastifyInstance, deps: ConsoleDeps): void {
  pages.get<{ Querystring: { page?: string } }>('/audit', { config: { consoleAccess: 'admin' } }, async (request, reply) => {
    const page = /^\d{1,5}$/.test(request.query.page ?? '') && Number(request.query.page) >= 1 ? Number(request.query.page) : 1;
    const entries = await listAudit(deps.database.db, { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
    return sendPage(reply, pageContext(request, reply), { title: 'Audit log' }, <AuditBody entries={entries.slice(0, PAGE_SIZE)} page={page} hasMore={entries.length > PAGE_SIZE} />);
  });
}

function subjectLink(entry: AuditEntry) {
  if (!entry.subject) return <span class="muted">—</span>;
  if (entry.action === 'reveal_addresses') return <a href={`/console/requests/${entry.subject}`}>request {entry.subject.slice(0, 8)}</a>;
  if (entry.action === 'retry_email' && typeof entry.detail.requestId === 'string') {
    return <a href={`/console/requests/${entry.detail.requestId}`}>email {entry.subject.slice(0, 8)}</a>;
  }
  return <>{entry.subject}</>;
}

function describeDetail(entry: AuditEntry): string {
  if (entry.action === 'set_channel_mode') return `${String(entry.detail.from ?? '?')} → ${String(entry.detail.to ?? '?')}`;
  return '';
}

function AuditBody({ entries, page, hasMore }: { entries: AuditEntry[]; page: number; hasMore: boolean }) {
  if (entries.length === 0) return <p>Nothing recorded yet.</p>;
  return (
    <>
      <table>
        <caption class="muted">Newest first.</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Subject</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatTime(entry.at)}</td>
              <td>{entry.userEmail}</td>
              <td>{ACTION_LABELS[entry.action] ?? entry.action}</td>
              <td>{subjectLink(entry)}</td>
              <td>{describeDetail(entry)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label="Pages">
        {page > 1 && <a href={page === 2 ? '/console/audit' : `/console/audit?page=${page - 1}`}>← Newer</a>}
        <span class="muted">Page {page}</span>
        {hasMore && <a href={`/console/audit?page=${page + 1}`}>Older →</a>}
      </nav>
    </>
  );
}
