import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { Layout, type SignedInUser } from './layout.tsx';

/** What every page's handler knows of the request it answers. */
export interface PageContext {
  user: SignedInUser | null;
  csrfToken: string;
  /** The path without the query, to mark the current nav link. */
  currentPath: string;
}

export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  return {
    user: request.consoleUser,
    csrfToken: reply.generateCsrf(),
    currentPath: request.url.split('?')[0] ?? request.url,
  };
}

/** Sends a whole HTML document: the Layout around `children`. Preact escapes every string it renders. */
export function sendPage(reply: FastifyReply, context: PageContext, page: { title: string; status?: number }, children: ComponentChildren): FastifyReply {
  const document: VNode = (
    <Layout title={page.title} currentPath={context.currentPath} user={context.user} csrfToken={context.csrfToken}>
      {children}
    </Layout>
  );
  return reply
    .code(page.status ?? 200)
    .header('content-type', 'text/html; charset=utf-8')
    .send(`<!doctype html>${renderToString(document)}`);
}

/** A 303 after a POST, so that reloading the page does not repeat it. */
export function redirectAfterPost(reply: FastifyReply, location: string): FastifyReply {
  return reply.code(303).header('location', location).send();
}
