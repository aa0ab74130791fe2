/** Machine-readable error codes; the HTTP status and the CLI exit code are mapped from these in one place each. */
export type ErrorCode =
  | 'bad_input'
  | 'not_found'
  | 'data_dir_locked'
  | 'database_unavailable'
  | 'migrations_pending'
  | 'mail_unavailable'
  | 'address_in_use'
  | 'internal';

/** The one error type credbot throws on purpose. Unknown throws are wrapped into it at the edges. */
export class CredbotError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CredbotError';
  }
}

export function isCredbotError(error: unknown): error is CredbotError {
  return error instanceof CredbotError;
}
