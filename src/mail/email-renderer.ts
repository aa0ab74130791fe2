import type { EmailRenderer } from '../core/ports.ts';
import { type MailOptions, renderIssuerHandoffEmail, renderRetrieveEmail } from './render.ts';

/** The core's EmailRenderer port, over the templates in render.ts. */
export function createEmailRenderer(options: MailOptions): EmailRenderer {
  return (request) => {
    if (request.kind === 'retrieve') {
      return { kind: 'retrieve', to: request.delivery.to, ...renderRetrieveEmail(request.delivery, options, request.language) };
    }
    const rendered = renderIssuerHandoffEmail(
      {
        issuer: request.issuer,
        learnerAddress: request.learnerAddress,
        learnerMessageExcerpt: request.learnerMessage,
        drafts: request.drafts,
      },
      options,
      request.language,
    );
    return { kind: 'issuer_handoff', to: request.to, ...rendered };
  };
}
