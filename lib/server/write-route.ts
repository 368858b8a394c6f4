import 'server-only';
import { getConfig } from '@/lib/env';
import { apiHandler } from '@/lib/http/handler';
import { assertSameOrigin } from '@/lib/http/origin';
import { clientKeyOf, enforceRateLimit } from '@/lib/http/rate-limit';
import { getCounterDatabase } from './database';

/** apiHandler for routes that change data: same-origin and rate-limited per client address first. */
export function writeRoute<C>(
  handle: (request: Request, context: C) => Promise<Response> | Response,
) {
  return apiHandler<C>((request, context) => {
    assertSameOrigin(request.headers, getConfig().appUrl);
    const rule = { name: 'writes', limit: getConfig().rateLimitWritesPerMinute, windowSeconds: 60 };
    enforceRateLimit(getCounterDatabase(), rule, clientKeyOf(request.headers), new Date());
    return handle(request, context);
  });
}
