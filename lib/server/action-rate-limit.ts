import 'server-only';
import { headers } from 'next/headers';
import { getConfig } from '@/lib/env';
import { clientKeyOf, enforceRateLimit } from '@/lib/http/rate-limit';
import { getCounterDatabase } from './database';

/**
 * The write limit of the HTTP API (`writeRoute`) for server actions too, counted in the
 * same window per client address, so the web forms are no way around it.
 */
export async function limitWrites(now: Date): Promise<void> {
  const key = clientKeyOf(await headers());
  const rule = { name: 'writes', limit: getConfig().rateLimitWritesPerMinute, windowSeconds: 60 };
  enforceRateLimit(getCounterDatabase(), rule, key, now);
}
