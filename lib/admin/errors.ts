import { AppError, type ErrorCode } from '@/lib/errors';

/**
 * The administration's errors: a stable `reason` (translated in `AdminErrors.reasons`)
 * and, where one field is at fault, that field's form name so the form marks it.
 */
export function adminError(
  code: ErrorCode,
  reason: string,
  message: string,
  field?: string,
): AppError {
  return new AppError(code, message, {
    reason,
    fieldErrors: field ? { [field]: [message] } : undefined,
  });
}

export function notFoundError(what: string): AppError {
  return adminError('NOT_FOUND', 'not_found', `${what} does not exist.`);
}
