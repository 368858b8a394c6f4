import {
  claimDuePulls,
  deletePushedEvent,
  findBookingHorizonDays,
  findConnection,
  hasDuePulls,
  listPushedEvents,
  recordPushSuccess,
  recordSyncFailure,
  storePullResult,
  upsertPushedEvent,
  type CalendarConnectionRow,
} from '@/db/queries/caldav';
import { findFeedAppointment } from '@/db/queries/workspace-feed';
import { withWriteTransaction } from '@/db/transaction';
import { isOurCalendarUid } from '@/lib/booking/calendar-event';
import { calendarSequenceOf } from '@/lib/notify/calendar-sequence';
import { openToken } from '@/lib/notify/seal';
import type { FeedTexts } from '@/lib/workspace/calendar-feed';
import { busyIntervalsOf } from './busy';
import { deleteEvent, eventUrlOf, fetchEventData, putEvent, type CalendarAccount } from './client';
import type { CalendarSyncDeps } from './context';
import { passwordSealInfo } from './context';
import { CalendarSyncError, classifyError } from './errors';
import { buildPushedEvent } from './event';

const dayMs = 86_400_000;

export function accountOf(
  deps: Pick<CalendarSyncDeps, 'secret'>,
  row: CalendarConnectionRow,
): CalendarAccount {
  const password = openToken(deps.secret, row.sealedPassword, passwordSealInfo);
  if (password === null) {
    // AUTH_SECRET changed since the password was stored: only reconnecting helps.
    throw new CalendarSyncError('auth_refused', 'the stored password cannot be opened');
  }
  return { calendarUrl: row.calendarUrl, username: row.username, password };
}

/**
 * Reads the busy times of one connection from now to the end of the counsellor's
 * booking horizon and stores them (only start and end). A failure is recorded for the
 * counsellor and leaves the previous busy times in place.
 */
export async function pullCalendar(
  deps: CalendarSyncDeps,
  row: CalendarConnectionRow,
): Promise<boolean> {
  const now = deps.now();
  const horizonDays = Math.max(1, findBookingHorizonDays(deps.db, row.staffId));
  const range = { start: now.getTime(), end: now.getTime() + (horizonDays + 1) * dayMs };
  try {
    const account = accountOf(deps, row);
    const objects = await fetchEventData(account, {
      from: new Date(range.start),
      to: new Date(range.end),
    });
    let intervals;
    try {
      intervals = busyIntervalsOf(objects, range, isOurCalendarUid);
    } catch (error) {
      throw new CalendarSyncError(
        'invalid_data',
        `unreadable calendar data: ${String(error)}`.slice(0, 300),
      );
    }
    const nowInstant = deps.now().toISOString();
    withWriteTransaction(deps.db, (tx) =>
      storePullResult(tx, {
        staffId: row.staffId,
        connectedAt: row.connectedAt,
        intervals: intervals.map((i) => ({
          startsAt: new Date(i.start).toISOString(),
          endsAt: new Date(i.end).toISOString(),
        })),
        nowInstant,
      }),
    );
    return true;
  } catch (error) {
    const failure = classifyError(error);
    withWriteTransaction(deps.db, (tx) =>
      recordSyncFailure(tx, {
        staffId: row.staffId,
        reason: failure.reason,
        nowInstant: deps.now().toISOString(),
        isPull: true,
      }),
    );
    return false;
  }
}

/**
 * The worker's periodic pull: every connection whose last pull is older than
 * `intervalMinutes`, one claimed at a time per worker (a lock column), so several
 * workers never pull the same calendar at once.
 */
export async function pullDueCalendars(
  deps: CalendarSyncDeps,
  options: { intervalMinutes: number; limit?: number },
): Promise<number> {
  const now = deps.now();
  const due = {
    nowInstant: now.toISOString(),
    dueBefore: new Date(now.getTime() - options.intervalMinutes * 60_000).toISOString(),
  };
  if (!hasDuePulls(deps.db, due)) return 0;
  const claimed = withWriteTransaction(deps.db, (tx) =>
    claimDuePulls(tx, {
      ...due,
      lockUntil: new Date(now.getTime() + 5 * 60_000).toISOString(),
      limit: options.limit ?? 5,
    }),
  );
  for (const row of claimed) await pullCalendar(deps, row);
  return claimed.length;
}

/** Statuses whose event belongs in the counsellor's calendar (past ones stay as a record). */
const shownStatuses = new Set(['confirmed', 'completed', 'no_show']);

/**
 * A `calendar_push` job: brings the booking's event in the CalDAV calendars to the
 * booking's current state. Written (PUT, same href and UID every time) into the
 * calendar of its counsellor if they have a connection; deleted from any other
 * calendar it was written to (cancelled, or reassigned). Returns what it did; throws a
 * CalendarSyncError for the queue to retry.
 */
export async function pushBookingEvent(
  deps: CalendarSyncDeps & { appUrl: string; texts: FeedTexts; locale: string },
  bookingId: string,
): Promise<string> {
  const row = findFeedAppointment(deps.db, bookingId, deps.locale);
  const target =
    row &&
    shownStatuses.has(row.status) &&
    row.counsellorId &&
    findConnection(deps.db, row.counsellorId)
      ? row.counsellorId
      : null;
  const done: string[] = [];
  for (const pushed of listPushedEvents(deps.db, bookingId)) {
    if (pushed.staffId === target) continue;
    const connection = findConnection(deps.db, pushed.staffId);
    if (connection)
      await withFailureRecorded(deps, pushed.staffId, () =>
        deleteEvent(accountOf(deps, connection), pushed.href),
      );
    withWriteTransaction(deps.db, (tx) => deletePushedEvent(tx, bookingId, pushed.staffId));
    done.push('deleted');
  }
  if (row && target) {
    const connection = findConnection(deps.db, target)!;
    const href = eventUrlOf(connection.calendarUrl, bookingId);
    const ics = buildPushedEvent(row, {
      now: deps.now(),
      appUrl: deps.appUrl,
      locale: deps.locale,
      texts: deps.texts,
      sequence: calendarSequenceOf(deps.db, bookingId),
    });
    await withFailureRecorded(deps, target, () => putEvent(accountOf(deps, connection), href, ics));
    const nowInstant = deps.now().toISOString();
    withWriteTransaction(deps.db, (tx) => {
      upsertPushedEvent(tx, { bookingId, staffId: target, href, pushedAt: nowInstant });
      recordPushSuccess(tx, target, nowInstant);
    });
    done.push('written');
  }
  return done.length > 0 ? done.join('+') : 'nothing_to_do';
}

async function withFailureRecorded(
  deps: CalendarSyncDeps,
  staffId: string,
  work: () => Promise<void>,
) {
  try {
    await work();
  } catch (error) {
    const failure = classifyError(error);
    withWriteTransaction(deps.db, (tx) =>
      recordSyncFailure(tx, {
        staffId,
        reason: failure.reason,
        nowInstant: deps.now().toISOString(),
        isPull: false,
      }),
    );
    throw failure;
  }
}
