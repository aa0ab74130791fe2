import type { FastifyInstance } from 'fastify';
import { OverviewBody } from '../overview/overview-body.tsx';
import { loadOverviewPage } from '../overview/overview-page.ts';
import { pageContext, sendPage } from '../page.tsx';
import type { ConsoleDeps } from '../register-console.tsx';
import { TryMessageBody } from '../try-message/try-message-body.tsx';
import { EMPTY_TRY_MESSAGE_PAGE, submitTryMessageForm } from '../try-message/try-message-page.ts';

/** Overview (`/console`): what credbot did in a period. Try a message (`/console/try`): a dry run of the real core. */
export function registerOverviewAndTryPages(pages: FastifyInstance, deps: Pick<ConsoleDeps, 'database' | 'tryMessage'>): void {
  pages.get('/', async (request, reply) => {
    const page = await loadOverviewPage(deps.database.db, request.query as Record<string, unknown>, new Date());
    return sendPage(reply, pageContext(request, reply), { title: 'Overview', status: page.status }, <OverviewBody page={page} />);
  });
  pages.get('/try', async (request, reply) => {
    const context = pageContext(request, reply);
    return sendPage(reply, context, { title: 'Try a message' }, <TryMessageBody page={EMPTY_TRY_MESSAGE_PAGE} csrfToken={context.csrfToken} />);
  });
  pages.post('/try', async (request, reply) => {
    const page = await submitTryMessageForm(deps.tryMessage, request.body);
    const context = pageContext(request, reply);
    return sendPage(reply, context, { title: 'Try a message', status: page.status }, <TryMessageBody page={page} csrfToken={context.csrfToken} />);
  });
}
