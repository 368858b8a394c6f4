import { z } from 'zod';
import { malformedJsonProblem, toProblem, type Problem } from './problem';

/** Marks a body that could not be parsed, so the handler answers 400 instead of 422. */
class MalformedJson extends Error {}

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return Response.json(problem, {
    status: problem.status,
    headers: {
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

/** The one wrapper of every API route: errors become problem+json, unknown ones are logged. */
export function apiHandler<C>(
  handle: (request: Request, context: C) => Promise<Response> | Response,
) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      return await handle(request, context);
    } catch (error) {
      if (error instanceof MalformedJson) return problemResponse(malformedJsonProblem());
      const problem = toProblem(error);
      const retryAfter = problem.retryAfterSeconds;
      if (typeof retryAfter === 'number')
        return problemResponse(problem, { 'Retry-After': String(retryAfter) });
      if (problem.status >= 500)
        console.error(
          '[api] unhandled error',
          request.method,
          new URL(request.url).pathname,
          error,
        );
      return problemResponse(problem);
    }
  };
}

export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.infer<T>> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new MalformedJson();
  }
  return schema.parse(body);
}

export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string> = {};
  for (const [key, value] of params) if (value !== '') query[key] = value;
  return schema.parse(query);
}
