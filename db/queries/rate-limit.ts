import { and, eq, lt, sql } from 'drizzle-orm';
import { rateLimits } from '../schema/booking';
import type { Executor } from '../transaction';

/** Counts one request in the key's current window and returns the count so far. */
export function countRequest(ex: Executor, key: string, windowStart: string): number {
  const row = ex
    .insert(rateLimits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count })
    .get();
  if (row.count === 1) {
    ex.delete(rateLimits)
      .where(and(eq(rateLimits.key, key), lt(rateLimits.windowStart, windowStart)))
      .run();
  }
  return row.count;
}
