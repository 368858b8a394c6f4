import { AppError } from '@/lib/errors';

/**
 * Cross-site request forgery guard for API writes: a browser always sends `Origin` on a
 * cross-origin POST, so a request from another site's page is refused even though
 * session cookies (SameSite=Lax) would not travel anyway. Non-browser clients send no
 * Origin and authenticate with a bearer token, so they pass.
 */
export function assertSameOrigin(headers: Headers, appUrl: string): void {
  const origin = headers.get('origin');
  if (origin === null) return;
  if (origin === new URL(appUrl).origin) return;
  throw new AppError('FORBIDDEN', 'Requests from other sites are not accepted.', {
    reason: 'cross_site_request',
  });
}
