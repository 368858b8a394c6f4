import type { Database } from '@/db/client';
import { countRequest } from '@/db/queries/rate-limit';
import { AppError } from '@/lib/errors';

export type RateLimit = { name: string; limit: number; windowSeconds: number };

/**
 * Fixed-window limit per client key, counted in the database so that every app
 * instance shares it. Throws RATE_LIMITED with the seconds until the window resets.
 */
export function enforceRateLimit(
  db: Database,
  rule: RateLimit,
  clientKey: string,
  now: Date,
): void {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now.getTime() / windowMs) * windowMs;
  const count = countRequest(db, `${rule.name}:${clientKey}`, new Date(windowStart).toISOString());
  if (count > rule.limit) {
    const retryAfterSeconds = Math.ceil((windowStart + windowMs - now.getTime()) / 1000);
    throw new AppError(
      'RATE_LIMITED',
      `Too many requests; please try again in ${retryAfterSeconds} seconds.`,
      {
        reason: 'rate_limited',
        extra: { retryAfterSeconds },
      },
    );
  }
}

/** The client's address as the first hop of X-Forwarded-For (set by Next or the proxy). */
export function clientKeyOf(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
