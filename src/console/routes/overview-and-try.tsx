import type { FastifyInstance } from 'fastify';
import { Notice } from '../layout.tsx';
import { pageContext, sendPage } from '../page.tsx';

// The bodies of these two pages are built on another branch (src/console/overview/, src/console/try-message/):
// wiring one in is replacing its placeholder component below.

function OverviewPlaceholder() {
  return <Notice kind="info">The overview (what credbot did today, by channel and outcome) is on its way. Meanwhile, see Requests.</Notice>;
}

function TryMessagePlaceholder() {
  return <Notice kind="info">Trying a message from here is on its way. Meanwhile, <code>credbot ask TEXT</code> does it from a shell.</Notice>;
}

export function registerOverviewAndTryPages(pages: FastifyInstance): void {
  pages.get('/', async (request, reply) => sendPage(reply, pageContext(request, reply), { title: 'Overview' }, <OverviewPlaceholder />));
  pages.get('/try', async (request, reply) => sendPage(reply, pageContext(request, reply), { title: 'Try a message' }, <TryMessagePlaceholder />));
}
