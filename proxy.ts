import type { NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { auth } from './lib/auth/config';
import { routing } from './lib/i18n/routing';

const localeRouting = createMiddleware(routing);

// With a lazy configuration, next-auth's `auth(handler)` resolves to the handler (a
// promise, not the function its types promise); awaiting it covers both.
const withSessionRefresh = auth((request) => localeRouting(request));

/**
 * Locale negotiation, and Auth.js keeping a signed-in visitor's session cookie fresh
 * (the rolling inactivity timeout). Authorisation never happens here: pages, actions and
 * route handlers check access themselves (the proxy is not a security boundary).
 */
export default async function proxy(request: NextRequest) {
  const handler = await withSessionRefresh;
  // The second argument is a route handler's context; a proxy has no route params.
  return handler(request, { params: Promise.resolve({}) });
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
