/** Machine-readable error codes; the HTTP status and the CLI exit code are mapped from these in one place each. */
export type ErrorCode =
  | 'bad_input'
  /** A request whose sender could not be verified (a webhook's signature). */
  | 'unauthenticated'
  /** Well-formed, but not what the endpoint takes (a payload missing a field). */
  | 'unprocessable'
  | 'not_found'
  | 'data_dir_locked'
  | 'database_unavailable'
  | 'migrations_pending'
  | 'mail_unavailable'
  | 'address_in_use'
  | 'internal';

/**
 * The body a client gets for a 4xx whose answer a route's contract fixes (a webhook's documented answers), in
 * place of the usual `{ error: code, message }`.
 */
export type ClientAnswer = { error: string } & Record<string, string>;

/** The one error type credbot throws on purpose. Unknown throws are wrapped into it at the edges. */
export class CredbotError extends Error {
  readonly answer: ClientAnswer | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; answer?: ClientAnswer },
  ) {
    super(message, options);
    this.name = 'CredbotError';
    this.answer = options?.answer;
  }
}

export function isCredbotError(error: unknown): error is CredbotError {
  return error instanceof CredbotError;
}
