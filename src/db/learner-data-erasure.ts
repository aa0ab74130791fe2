import { type AddressToForget, mentionsAddress, stringsInJson } from '../core/address-mentions.ts';
import { mailboxKey } from '../core/addresses.ts';
import type { TransactionScope } from './database.ts';

/**
 * Erasure of a learner's words and addresses from the request log and the email outbox. A row is not deleted:
 * it is emptied of what a learner wrote or was sent, and keeps its outcome, channel, kind, status and times, so
 * that counts per outcome survive. `erased_at` marks it, so a daily purge does not rewrite it again.
 *
 * Kept on a request: channel, external id (the channel's idempotency key: a ticket number and a digest of the
 * words, a Slack event id), intent, confidence and the classifier's signal names, outcome, the decision's kind
 * (and a hand-off's reason), reply status and counts, and times. On an email: the request it belongs to, kind,
 * status, attempts, Message-ID and times; `to_address` becomes `erased:<id>`, unique as the index on request,
 * kind and address needs, and never anyone's address.
 */

const ERASE_REQUEST_COLUMNS = `
  message_text = '', vouched_address = null, addresses = '{}',
  decision = jsonb_strip_nulls(jsonb_build_object('kind', decision->'kind', 'reason', decision->'reason')),
  conversation_id = null, channel_context = '{}', learner_reply = '', agent_note = '', reply_error = null,
  erased_at = now()`;
const ERASE_EMAIL_COLUMNS = `
  to_address = 'erased:' || id, subject = '', text_body = '', html_body = '', last_error = null, erased_at = now()`;

/** Whether any of `$1` (lower-case fragments) occurs in the lower-cased text. */
const containsFragment = (text: string) => `exists (select 1 from unnest($1::text[]) as fragment where strpos(lower(${text}), fragment) > 0)`;

export interface ErasedRecords {
  supportRequests: number;
  emails: number;
}

/**
 * Empties requests received and emails created before `olderThanDays` days ago. Work in flight (a reply still
 * pending, an email still queued) is left for the next purge, so no job finds its record emptied under it.
 */
export async function eraseRecordsOlderThan(scope: TransactionScope, olderThanDays: number): Promise<ErasedRecords> {
  const [requests, emails] = await Promise.all([
    countOf(
      scope,
      `update support_requests set ${ERASE_REQUEST_COLUMNS}
       where erased_at is null and reply_status <> 'pending' and received_at < now() - make_interval(days => $1)
       returning 1`,
      [olderThanDays],
    ),
    countOf(
      scope,
      `update outbound_emails set ${ERASE_EMAIL_COLUMNS}
       where erased_at is null and status <> 'queued' and created_at < now() - make_interval(days => $1)
       returning 1`,
      [olderThanDays],
    ),
    // The per-requester budget only ever counts the last day; older entries are addresses kept for nothing.
    scope.sql.executeSql(
      `delete from requester_mailboxes
       where created_at < now() - make_interval(days => $1)
          or support_request_id in (select id from support_requests where received_at < now() - make_interval(days => $1))`,
      [olderThanDays],
    ),
  ]);
  return { supportRequests: requests, emails };
}

export interface ForgottenRecords extends ErasedRecords {
  /** `channel:external id` of each erased request: the key its channel accepted it under (src/jobs/accepted-messages.ts). */
  messageKeys: string[];
}

/**
 * Empties every request and email that names the address, the requests whose emails named it, and the other
 * requests of their conversations written by the same person (the opening message of a thread, say). A reply
 * still pending and an email still queued are cancelled: they are marked failed, so their jobs do nothing.
 */
export async function eraseRecordsNaming(scope: TransactionScope, target: AddressToForget): Promise<ForgottenRecords> {
  const [requestIds, emails] = await Promise.all([findRequestsNaming(scope, target), findEmailsNaming(scope, target)]);
  const namedRequestIds = [...new Set([...requestIds, ...emails.map((email) => email.requestId)])];
  const emailIds = emails.map((email) => email.id);
  if (namedRequestIds.length === 0 && emailIds.length === 0) return { supportRequests: 0, emails: 0, messageKeys: [] };

  const { rows: erasedRequests } = await scope.sql.executeSql(
    `update support_requests as request set ${ERASE_REQUEST_COLUMNS},
       reply_status = case when request.reply_status = 'pending' then 'failed' else request.reply_status end
     where request.erased_at is null and (
       request.id = any($1::uuid[]) or exists (
         select 1 from support_requests as named
         where named.id = any($1::uuid[]) and named.conversation_id is not null
           and named.channel = request.channel and named.conversation_id = request.conversation_id
           and (named.channel_context->>'userId') is not distinct from (request.channel_context->>'userId')))
     returning request.id, request.channel || ':' || request.external_id as message_key`,
    [namedRequestIds],
  );
  const erasedRequestIds = erasedRequests.map((row: { id: string }) => row.id);
  const erasedEmails = await countOf(
    scope,
    `update outbound_emails set ${ERASE_EMAIL_COLUMNS},
       status = case when status = 'queued' then 'failed' else status end
     where erased_at is null and (id = any($1::uuid[]) or support_request_id = any($2::uuid[]))
     returning 1`,
    [emailIds, [...new Set([...namedRequestIds, ...erasedRequestIds])]],
  );
  await scope.sql.executeSql(
    `delete from requester_mailboxes
     where support_request_id = any($1::uuid[]) or mailbox_key = $2 or strpos(lower(requester), $3) > 0`,
    [[...new Set([...namedRequestIds, ...erasedRequestIds])], mailboxKey(target.address), target.address.toLowerCase()],
  );
  return {
    supportRequests: erasedRequests.length,
    emails: erasedEmails,
    messageKeys: erasedRequests.map((row: { message_key: string }) => row.message_key),
  };
}

interface RequestText {
  id: string;
  message_text: string;
  learner_reply: string;
  agent_note: string;
  reply_error: string | null;
  vouched_address: string | null;
  addresses: string;
  decision: string;
  channel_context: string;
}

/** The database narrows to rows holding a fragment of the address; the address rule (src/core) decides. */
async function findRequestsNaming(scope: TransactionScope, target: AddressToForget): Promise<string[]> {
  const { rows } = await scope.sql.executeSql(
    `select id, message_text, learner_reply, agent_note, reply_error, vouched_address, array_to_string(addresses, ' ') as addresses,
       decision::text as decision, channel_context::text as channel_context
     from support_requests
     where erased_at is null and ${containsFragment(
       `concat_ws(' ', message_text, learner_reply, agent_note, reply_error, vouched_address, array_to_string(addresses, ' '), decision::text, channel_context::text)`,
     )}`,
    [target.fragments],
  );
  return (rows as RequestText[])
    .filter((row) =>
      mentionsAddress(
        [
          row.message_text,
          row.learner_reply,
          row.agent_note,
          row.reply_error,
          row.vouched_address,
          row.addresses,
          ...stringsInJson(JSON.parse(row.decision)),
          ...stringsInJson(JSON.parse(row.channel_context)),
        ],
        target,
      ),
    )
    .map((row) => row.id);
}

async function findEmailsNaming(scope: TransactionScope, target: AddressToForget): Promise<{ id: string; requestId: string }[]> {
  const { rows } = await scope.sql.executeSql(
    `select id, support_request_id, to_address, subject, text_body, html_body, last_error
     from outbound_emails
     where erased_at is null and ${containsFragment(`concat_ws(' ', to_address, subject, text_body, html_body, last_error)`)}`,
    [target.fragments],
  );
  type EmailText = { id: string; support_request_id: string; to_address: string; subject: string; text_body: string; html_body: string; last_error: string | null };
  return (rows as EmailText[])
    .filter((row) => mentionsAddress([row.to_address, row.subject, row.text_body, row.html_body, row.last_error], target))
    .map((row) => ({ id: row.id, requestId: row.support_request_id }));
}

/** Rows an update changed, counted in the database: a purge's first run may change millions. */
async function countOf(scope: TransactionScope, update: string, values: unknown[]): Promise<number> {
  const { rows } = await scope.sql.executeSql(`with changed as (${update}) select count(*)::int as count from changed`, values);
  return (rows[0] as { count: number }).count;
}
