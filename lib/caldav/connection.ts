import {
  deleteConnection,
  findConnection,
  listUpcomingBookingIds,
  replaceConnection,
} from '@/db/queries/caldav';
import { withWriteTransaction } from '@/db/transaction';
import { assertAllowed, loadCounsellorResource } from '@/lib/auth/access';
import type { Actor } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { sealToken } from '@/lib/notify/seal';
import { checkCalendar } from './client';
import { passwordSealInfo, type CalendarSyncDeps } from './context';
import { classifyError } from './errors';
import { queueCalendarPush } from './queue';
import type { ConnectCalendarInput } from './schemas';
import { pullCalendar } from './sync';

/** The field a failed check concerns, so the form can point at it. */
const fieldOfReason: Record<string, string> = {
  auth_refused: 'password',
  not_found: 'calendarUrl',
  not_a_calendar: 'calendarUrl',
  tls_failed: 'calendarUrl',
  unreachable: 'calendarUrl',
  insecure_url: 'calendarUrl',
};

function connectFailure(reason: string, detail: string): AppError {
  const field = fieldOfReason[reason];
  return new AppError('INVALID_INPUT', `The calendar could not be connected: ${detail}`, {
    reason: `caldav_${reason}`,
    fieldErrors: field ? { [field]: [reason] } : undefined,
  });
}

/**
 * Connects the counsellor's CalDAV calendar: checks on the server that the account may
 * read the address and that it is a calendar, stores the password sealed, queues a push
 * of every upcoming appointment, then reads the busy times once right away.
 */
export async function connectCalendar(
  deps: CalendarSyncDeps,
  actor: Actor,
  staffId: string,
  input: ConnectCalendarInput,
): Promise<void> {
  assertAllowed(actor, 'calendar.manage-sync', loadCounsellorResource(deps.db, staffId));
  if (new URL(input.calendarUrl).protocol !== 'https:' && !deps.allowPlainHttp) {
    throw connectFailure('insecure_url', 'only https addresses are accepted');
  }
  const account = { ...input };
  try {
    await checkCalendar(account);
  } catch (error) {
    const failure = classifyError(error);
    throw connectFailure(failure.reason, failure.message);
  }
  const connectedAt = deps.now().toISOString();
  withWriteTransaction(deps.db, (tx) => {
    assertAllowed(actor, 'calendar.manage-sync', loadCounsellorResource(tx, staffId));
    replaceConnection(tx, {
      staffId,
      calendarUrl: input.calendarUrl,
      username: input.username,
      sealedPassword: sealToken(deps.secret, input.password, passwordSealInfo),
      connectedAt,
    });
    for (const bookingId of listUpcomingBookingIds(tx, staffId, connectedAt)) {
      queueCalendarPush(
        tx,
        {
          bookingId,
          staffIds: [staffId],
          version: `connect:${connectedAt}`,
          maxAttempts: deps.maxAttempts,
        },
        deps.now(),
      );
    }
  });
  const row = findConnection(deps.db, staffId);
  if (row) await pullCalendar(deps, row);
}

/**
 * Ends the sync: the stored password, the busy times and the record of pushed events
 * are deleted. Events already written stay in the external calendar (the server may not
 * be reachable, and they are the counsellor's now).
 */
export function disconnectCalendar(deps: CalendarSyncDeps, actor: Actor, staffId: string) {
  withWriteTransaction(deps.db, (tx) => {
    assertAllowed(actor, 'calendar.manage-sync', loadCounsellorResource(tx, staffId));
    deleteConnection(tx, staffId);
  });
}

export type CalendarSyncStatus = {
  calendarUrl: string;
  username: string;
  connectedAt: string;
  lastSuccessAt: string | null;
  lastErrorReason: string | null;
  lastErrorAt: string | null;
};

/** What the counsellor sees of their connection; never the password. */
export function findCalendarSyncStatus(
  deps: Pick<CalendarSyncDeps, 'db'>,
  actor: Actor,
  staffId: string,
): CalendarSyncStatus | null {
  assertAllowed(actor, 'calendar.manage-sync', loadCounsellorResource(deps.db, staffId));
  const row = findConnection(deps.db, staffId);
  if (!row) return null;
  return {
    calendarUrl: row.calendarUrl,
    username: row.username,
    connectedAt: row.connectedAt,
    lastSuccessAt: row.lastSuccessAt,
    lastErrorReason: row.lastErrorReason,
    lastErrorAt: row.lastErrorAt,
  };
}
