/** The one error type the domain throws. Anything else is a bug: logged, never shown. */
export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type FieldErrors = Record<string, string[]>;

export type AppErrorOptions = {
  /** Field path → messages, for input errors. */
  fieldErrors?: FieldErrors;
  /** A stable, specific reason (e.g. 'slot_taken'), for clients and translations. */
  reason?: string;
  /** Extra, safe-to-show data, e.g. alternative slots. */
  extra?: Record<string, unknown>;
};

/** `message` is written for the user (English); clients translate by `reason`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly reason?: string;
  readonly extra?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.reason = options.reason;
    this.extra = options.extra;
  }
}

export const httpStatusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
