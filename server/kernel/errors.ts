/**
 * Error codes the API answers with. Each maps to one HTTP status in `STATUS_BY_CODE`.
 */
export type ErrorCode =
  /** The request is well-formed but asks for something that cannot be done. */
  | 'bad_request'
  /** One or more fields failed validation; `errors` lists them. */
  | 'validation_failed'
  /** Sign-in needed. */
  | 'unauthenticated'
  /** Signed in, but this person may not do this (used only where revealing existence is harmless). */
  | 'forbidden'
  /** Not there, or not visible to this person: the two are indistinguishable on purpose. */
  | 'not_found'
  /** Clashes with what is already stored (e.g. an email in use). */
  | 'conflict'
  /** Too many attempts; try again later. */
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  /** The request came from another site and was refused (CSRF protection). */
  | 'cross_site_request'
  | 'internal';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  cross_site_request: 403,
  internal: 500,
};

export const TITLE_BY_CODE: Record<ErrorCode, string> = {
  bad_request: 'The request cannot be done',
  validation_failed: 'Some answers need changing',
  unauthenticated: 'Please sign in',
  forbidden: 'You do not have permission to do this',
  not_found: 'Not found',
  conflict: 'This clashes with something already saved',
  rate_limited: 'Too many attempts',
  payload_too_large: 'Too large',
  unsupported_media_type: 'Unsupported content type',
  cross_site_request: 'Request refused',
  internal: 'Something went wrong on our side',
};

export type FieldError = { path: string; message: string };

/** An expected failure, answered to the client as `application/problem+json`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[] | undefined;
  /** For `rate_limited`: seconds until another try may succeed, sent as `Retry-After`. */
  retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldError[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

/** The standard answer when something is missing or the actor may not see it. */
export function notFound(what = 'This page'): AppError {
  return new AppError(
    'not_found',
    `${what} could not be found. It may have been removed, or you may not have access.`,
  );
}

/** Too many attempts: a 429 whose `Retry-After` says when to try again. */
export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  const error = new AppError('rate_limited', message);
  error.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return error;
}

/** A refusal that names the field to fix, like the edge's own validation problems (400). */
export function invalidField(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}

/** PostgreSQL's SQLSTATE of a failed query, read from the driver's error or the cause it wraps. */
export function sqlStateOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof cause === 'object' && cause !== null) {
    const causeCode = (cause as { code?: unknown }).code;
    if (typeof causeCode === 'string') return causeCode;
  }
  return typeof code === 'string' ? code : undefined;
}

/** Did a write lose a race to a unique index (SQLSTATE 23505)? */
export function isUniqueViolation(error: unknown): boolean {
  return sqlStateOf(error) === '23505';
}
