import { z } from 'zod';
import { AppError, httpStatusOf, type FieldErrors } from '@/lib/errors';

/** RFC 9457 problem details, with our stable `reason` and per-field errors. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  reason: string;
  errors?: { field: string; message: string }[];
  [extension: string]: unknown;
};

const problemBase = 'https://beratungsportal.example/problems/';

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Internal error',
};

function problem(
  status: number,
  reason: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Problem {
  return {
    type: problemBase + reason,
    title: titles[status] ?? 'Error',
    status,
    detail,
    reason,
    ...extra,
  };
}

function listFieldErrors(fieldErrors: FieldErrors | undefined) {
  return Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages.map((message) => ({ field, message })),
  );
}

export function problemFromZod(error: z.ZodError): Problem {
  const errors = error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = errors[0];
  return problem(
    422,
    'validation_failed',
    first ? `${first.field}: ${first.message}` : 'Invalid input.',
    { errors },
  );
}

export function problemFromAppError(error: AppError): Problem {
  const status = httpStatusOf[error.code];
  const errors = listFieldErrors(error.fieldErrors);
  return problem(status, error.reason ?? error.code.toLowerCase(), error.message, {
    ...(errors.length ? { errors } : {}),
    ...error.extra,
  });
}

export const malformedJsonProblem = () =>
  problem(400, 'malformed_json', 'The request body is not valid JSON.');

/** Unknown errors never reach the client: they are logged, and the client gets a generic 500. */
export const internalProblem = () =>
  problem(500, 'internal_error', 'Something went wrong on our side. Please try again.');

export function toProblem(error: unknown): Problem {
  if (error instanceof AppError) return problemFromAppError(error);
  if (error instanceof z.ZodError) return problemFromZod(error);
  return internalProblem();
}
