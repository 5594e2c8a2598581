export type ErrorCode =
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'payload_too_large'
  | 'too_many_requests'
  | 'internal'
  | 'cycle_period_not_ended'
  /** A write set a field that is read-only or hidden for the caller (field-level permissions). */
  | 'field_read_only';

/** One problem with the request: where (`path`), in words, and as a stable code where one applies. */
export type ErrorDetail = { path: string; message: string; code?: string };

/** Values a client needs to word a specific error itself (e.g. the day a period ends). */
export type ErrorParams = Record<string, string | number>;

export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
    case 'field_read_only':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
    case 'cycle_period_not_ended':
      return 409;
    case 'unprocessable':
      return 422;
    case 'payload_too_large':
      return 413;
    case 'too_many_requests':
      return 429;
    case 'internal':
      return 500;
  }
}

/** The one error type services throw; the error hook turns it into the API error shape. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;
  readonly params: ErrorParams | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetail[] = [],
    headers: Record<string, string> = {},
    params?: ErrorParams,
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.headers = headers;
    this.params = params;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError('forbidden', message);
export const unauthorized = (message = 'Authentication required') =>
  new AppError('unauthorized', message);
export const staleVersion = (what: string) =>
  new AppError('conflict', `${what} was changed by someone else; reload and try again`, [
    { path: 'version', message: 'stale version' },
  ]);
export const invalidField = (path: string, message: string, code?: string) =>
  new AppError('validation_failed', message, [{ path, message, ...(code ? { code } : {}) }]);
