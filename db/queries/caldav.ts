import { and, asc, eq, gt, inArray, isNull, lt, lte, max, or } from 'drizzle-orm';
import { bookings } from '../schema/booking';
import {
  calendarBusyIntervals,
  calendarConnections,
  calendarPushedEvents,
  type CalendarSyncErrorReason,
} from '../schema/caldav';
import { offices } from '../schema/organisation';
import { counsellorOffices } from '../schema/staff';
import type { Executor } from '../transaction';

export type CalendarConnectionRow = typeof calendarConnections.$inferSelect;

export function findConnection(ex: Executor, staffId: string): CalendarConnectionRow | undefined {
  return ex
    .select()
    .from(calendarConnections)
    .where(eq(calendarConnections.staffId, staffId))
    .get();
}

/** A new connection replaces the old one, and with it its busy times and pushed events. */
export function replaceConnection(
  ex: Executor,
  row: Pick<
    CalendarConnectionRow,
    'staffId' | 'calendarUrl' | 'username' | 'sealedPassword' | 'connectedAt'
  >,
) {
  ex.delete(calendarConnections).where(eq(calendarConnections.staffId, row.staffId)).run();
  ex.insert(calendarConnections).values(row).run();
}

/** Removes the connection; its busy times and push records go with it (cascade). */
export function deleteConnection(ex: Executor, staffId: string) {
  ex.delete(calendarConnections).where(eq(calendarConnections.staffId, staffId)).run();
}

function duePullFilter(input: { nowInstant: string; dueBefore: string }) {
  return and(
    or(isNull(calendarConnections.lastPullAt), lt(calendarConnections.lastPullAt, input.dueBefore)),
    or(
      isNull(calendarConnections.pullLockedUntil),
      lte(calendarConnections.pullLockedUntil, input.nowInstant),
    ),
  );
}

/** A read before the claim, so an idle worker does not take the write lock for nothing. */
export function hasDuePulls(ex: Executor, input: { nowInstant: string; dueBefore: string }) {
  return !!ex
    .select({ staffId: calendarConnections.staffId })
    .from(calendarConnections)
    .where(duePullFilter(input))
    .limit(1)
    .get();
}

/**
 * Connections whose last pull is older than `dueBefore` and that no other worker is
 * pulling: claimed by setting a lock that ends at `lockUntil`.
 */
export function claimDuePulls(
  ex: Executor,
  input: { nowInstant: string; dueBefore: string; lockUntil: string; limit: number },
): CalendarConnectionRow[] {
  const due = ex
    .select()
    .from(calendarConnections)
    .where(duePullFilter(input))
    .orderBy(asc(calendarConnections.lastPullAt))
    .limit(input.limit)
    .all();
  for (const row of due) {
    ex.update(calendarConnections)
      .set({ pullLockedUntil: input.lockUntil })
      .where(eq(calendarConnections.staffId, row.staffId))
      .run();
  }
  return due;
}

/** The busy times of a successful pull replace the previous ones. Null if the connection is gone. */
export function storePullResult(
  ex: Executor,
  input: {
    staffId: string;
    connectedAt: string;
    intervals: { startsAt: string; endsAt: string }[];
    nowInstant: string;
  },
): boolean {
  const current = findConnection(ex, input.staffId);
  // A connection replaced while we pulled keeps its own (next) result.
  if (!current || current.connectedAt !== input.connectedAt) return false;
  ex.delete(calendarBusyIntervals).where(eq(calendarBusyIntervals.staffId, input.staffId)).run();
  for (const interval of input.intervals) {
    ex.insert(calendarBusyIntervals)
      .values({ staffId: input.staffId, ...interval })
      .run();
  }
  ex.update(calendarConnections)
    .set({
      lastPullAt: input.nowInstant,
      lastSuccessAt: input.nowInstant,
      lastErrorReason: null,
      lastErrorAt: null,
      pullLockedUntil: null,
    })
    .where(eq(calendarConnections.staffId, input.staffId))
    .run();
  return true;
}

/**
 * A failed exchange: the reason is kept for the counsellor; busy times from the last
 * good pull stay (a flaky server should not suddenly free up booked-out time).
 */
export function recordSyncFailure(
  ex: Executor,
  input: { staffId: string; reason: CalendarSyncErrorReason; nowInstant: string; isPull: boolean },
) {
  ex.update(calendarConnections)
    .set({
      lastErrorReason: input.reason,
      lastErrorAt: input.nowInstant,
      ...(input.isPull ? { lastPullAt: input.nowInstant, pullLockedUntil: null } : {}),
    })
    .where(eq(calendarConnections.staffId, input.staffId))
    .run();
}

/** A successful push counts as a successful sync too. */
export function recordPushSuccess(ex: Executor, staffId: string, nowInstant: string) {
  ex.update(calendarConnections)
    .set({ lastSuccessAt: nowInstant, lastErrorReason: null, lastErrorAt: null })
    .where(eq(calendarConnections.staffId, staffId))
    .run();
}

export function listBusyIntervals(ex: Executor, staffId: string) {
  return ex
    .select({ startsAt: calendarBusyIntervals.startsAt, endsAt: calendarBusyIntervals.endsAt })
    .from(calendarBusyIntervals)
    .where(eq(calendarBusyIntervals.staffId, staffId))
    .orderBy(asc(calendarBusyIntervals.startsAt))
    .all();
}

/** How far ahead a counsellor can be booked: the longest horizon of their offices. */
export function findBookingHorizonDays(ex: Executor, staffId: string): number {
  const row = ex
    .select({ days: max(offices.bookingHorizonDays) })
    .from(counsellorOffices)
    .innerJoin(offices, eq(offices.id, counsellorOffices.officeId))
    .where(eq(counsellorOffices.staffId, staffId))
    .get();
  return row?.days ?? 0;
}

/** Which of these counsellors have a calendar connected. */
export function listConnectedStaff(ex: Executor, staffIds: readonly string[]): string[] {
  if (staffIds.length === 0) return [];
  return ex
    .select({ staffId: calendarConnections.staffId })
    .from(calendarConnections)
    .where(inArray(calendarConnections.staffId, [...staffIds]))
    .all()
    .map((r) => r.staffId);
}

export function listPushedEvents(ex: Executor, bookingId: string) {
  return ex
    .select()
    .from(calendarPushedEvents)
    .where(eq(calendarPushedEvents.bookingId, bookingId))
    .all();
}

export function hasPushedEvent(ex: Executor, bookingId: string): boolean {
  return listPushedEvents(ex, bookingId).length > 0;
}

export function upsertPushedEvent(ex: Executor, row: typeof calendarPushedEvents.$inferInsert) {
  ex.insert(calendarPushedEvents)
    .values(row)
    .onConflictDoUpdate({
      target: [calendarPushedEvents.bookingId, calendarPushedEvents.staffId],
      set: { href: row.href, pushedAt: row.pushedAt },
    })
    .run();
}

export function deletePushedEvent(ex: Executor, bookingId: string, staffId: string) {
  ex.delete(calendarPushedEvents)
    .where(
      and(eq(calendarPushedEvents.bookingId, bookingId), eq(calendarPushedEvents.staffId, staffId)),
    )
    .run();
}

/** The counsellor's confirmed appointments that have not ended: pushed when they connect. */
export function listUpcomingBookingIds(
  ex: Executor,
  staffId: string,
  nowInstant: string,
): string[] {
  return ex
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.counsellorId, staffId),
        eq(bookings.status, 'confirmed'),
        gt(bookings.endsAt, nowInstant),
      ),
    )
    .all()
    .map((r) => r.id);
}
