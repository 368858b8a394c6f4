import type { CalendarSyncErrorReason } from '@/db/schema/caldav';

/**
 * A failed exchange with a CalDAV server, reduced to a reason the counsellor can act on
 * (shown in German or English). The technical detail stays in `message` for the worker's
 * log and the admin queue; it never contains the password.
 */
export class CalendarSyncError extends Error {
  override name = 'CalendarSyncError';
  constructor(
    readonly reason: CalendarSyncErrorReason,
    message: string,
  ) {
    super(message);
  }
}

const tlsCodes =
  /^(CERT_|UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|ERR_SSL|ERR_TLS|HOSTNAME_MISMATCH|ERR_CERT)/;
const unreachableCodes = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/** The error code of a failed fetch (undici puts the socket's error in `cause`). */
function codeOf(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return '';
}

/** Any error from talking to the server, as a CalendarSyncError. */
export function classifyError(error: unknown): CalendarSyncError {
  if (error instanceof CalendarSyncError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return new CalendarSyncError('timeout', 'the server did not answer in time');
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (tlsCodes.test(code)) return new CalendarSyncError('tls_failed', `TLS failed: ${code}`);
  if (unreachableCodes.has(code) || detail === 'fetch failed')
    return new CalendarSyncError('unreachable', `server not reachable: ${code || detail}`);
  return new CalendarSyncError('server_error', detail.slice(0, 300));
}

/** An HTTP answer that is not a success, as a reason. */
export function errorOfStatus(status: number, what: string): CalendarSyncError {
  if (status === 401 || status === 403)
    return new CalendarSyncError(
      'auth_refused',
      `${what}: the server refused the sign-in (${status})`,
    );
  if (status === 404 || status === 410)
    return new CalendarSyncError('not_found', `${what}: no such address (${status})`);
  return new CalendarSyncError('server_error', `${what}: HTTP ${status}`);
}
