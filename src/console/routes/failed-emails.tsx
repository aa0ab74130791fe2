import type { FastifyInstance } from 'fastify';
import { maskEmail } from '../../core/mask.ts';
import { requeueEmails } from '../../db/email-retries.ts';
import { type FailedEmail, listFailures, STUCK_AFTER_HOURS } from '../../db/failure-records.ts';
import { SEND_EMAIL_QUEUE, type SendEmailJob } from '../../jobs/delivery-queues.ts';
import { jobIdFor } from '../../jobs/job-queue.ts';
import { requireAdmin } from '../access.ts';
import { CsrfField, Notice } from '../layout.tsx';
import { type PageContext, pageContext, redirectAfterPost, sendPage } from '../page.tsx';
import type { ConsoleDeps } from '../register-console.tsx';
import { formatTime } from './requests.tsx';

const LISTED = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerFailedEmailPages(pages: FastifyInstance, deps: ConsoleDeps): void {
  pages.get<{ Querystring: { retried?: string } }>('/emails/failed', async (request, reply) => {
    const { emails } = await listFailures(deps.database.db, LISTED);
    const retried = /^\d{1,4}$/.test(request.query.retried ?? '') ? Number(request.query.retried) : null;
    const context = pageContext(request, reply);
    return sendPage(reply, context, { title: 'Failed emails' }, <FailedEmailsBody emails={emails} context={context} retried={retried} />);
  });

  const retry = async (which: { emailIds: string[] } | 'all', user: { id: string; email: string }) => {
    const requeued = await requeueEmails(deps.database, which, { userId: user.id, userEmail: user.email }, async (scope, emailId, retryKey) => {
      await deps.queue.schedule(scope, SEND_EMAIL_QUEUE, { emailId } satisfies SendEmailJob, jobIdFor(`email-retry:${retryKey}`));
    });
    if (requeued.length > 0) deps.queue.nudgeWorkers();
    return requeued.length;
  };

  pages.post<{ Params: { id: string } }>('/emails/failed/:id/retry', { config: { consoleAccess: 'admin' } }, async (request, reply) => {
    const user = requireAdmin(request);
    if (!UUID.test(request.params.id)) return reply.callNotFound();
    const count = await retry({ emailIds: [request.params.id] }, user);
    return redirectAfterPost(reply, `/console/emails/failed?retried=${count}`);
  });

  pages.post('/emails/failed/retry-all', { config: { consoleAccess: 'admin' } }, async (request, reply) => {
    const user = requireAdmin(request);
    const count = await retry('all', user);
    return redirectAfterPost(reply, `/console/emails/failed?retried=${count}`);
  });
}

function FailedEmailsBody({ emails, context, retried }: { emails: FailedEmail[]; context: PageContext; retried: number | null }) {
  const isAdmin = context.user?.role === 'admin';
  return (
    <>
      {retried !== null && (
        <Notice kind={retried > 0 ? 'ok' : 'info'}>
          {retried > 0
            ? `${retried} email${retried === 1 ? '' : 's'} put back in the queue with their attempts reset.`
            : 'Nothing was retried: the email was sent, erased or already queued again since the page was drawn.'}
        </Notice>
      )}
      <p class="muted">
        Emails credbot gave up on, and those still unsent {STUCK_AFTER_HOURS} hours after they were decided ("stuck"), newest first. Addresses are masked;
        the request shows the rest.
      </p>
      {emails.length === 0 ? (
        <p>No failed or stuck emails.</p>
      ) : (
        <>
          {isAdmin && (
            <form method="post" action="/console/emails/failed/retry-all">
              <CsrfField token={context.csrfToken} />
              <button type="submit">Retry all {emails.length}</button>
            </form>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">Decided (UTC)</th>
                <th scope="col">State</th>
                <th scope="col">Kind</th>
                <th scope="col">To</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last error</th>
                <th scope="col">Request</th>
                {isAdmin && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {emails.map((email) => (
                <tr key={email.emailId}>
                  <td>{formatTime(email.createdAt)}</td>
                  <td>{email.status}</td>
                  <td>{email.kind}</td>
                  <td>{maskEmail(email.toAddress)}</td>
                  <td class="num">{email.attempts}</td>
                  <td>{email.error ?? '—'}</td>
                  <td>
                    <a href={`/console/requests/${email.requestId}`}>open</a>
                  </td>
                  {isAdmin && (
                    <td>
                      <form method="post" action={`/console/emails/failed/${email.emailId}/retry`}>
                        <CsrfField token={context.csrfToken} />
                        <button type="submit" aria-label={`Retry the ${email.kind} email to ${maskEmail(email.toAddress)}`}>
                          Retry
                        </button>
                      </form>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
