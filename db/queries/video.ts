import { and, asc, eq, inArray } from 'drizzle-orm';
import { bookingEvents, bookings, clients } from '../schema/booking';
import { staff } from '../schema/staff';
import type { Executor } from '../transaction';

/** What a video session needs of its booking: times, status, the two parties' names. */
export function findVideoBooking(ex: Executor, bookingId: string) {
  return ex
    .select({
      id: bookings.id,
      channel: bookings.channel,
      status: bookings.status,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      counsellorId: bookings.counsellorId,
      counsellorName: staff.displayName,
      clientId: bookings.clientId,
      clientName: clients.name,
      clientPhone: clients.phone,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(staff, eq(staff.id, bookings.counsellorId))
    .where(eq(bookings.id, bookingId))
    .get();
}

export type VideoBooking = NonNullable<ReturnType<typeof findVideoBooking>>;

/** The booking's events of the given types, oldest first. */
export function listBookingEventsOfTypes(
  ex: Executor,
  bookingId: string,
  types: readonly string[],
) {
  return ex
    .select({
      type: bookingEvents.type,
      actorId: bookingEvents.actorId,
      data: bookingEvents.data,
      occurredAt: bookingEvents.occurredAt,
    })
    .from(bookingEvents)
    .where(and(eq(bookingEvents.bookingId, bookingId), inArray(bookingEvents.type, [...types])))
    .orderBy(asc(bookingEvents.id))
    .all();
}

export function insertBookingEvent(ex: Executor, event: typeof bookingEvents.$inferInsert) {
  ex.insert(bookingEvents).values(event).run();
}

/** Video events of several bookings in one query (the workspace's presence column). */
export function listVideoEventsOfBookings(
  ex: Executor,
  bookingIds: readonly string[],
  types: readonly string[],
) {
  if (bookingIds.length === 0) return [];
  return ex
    .select({ bookingId: bookingEvents.bookingId, type: bookingEvents.type })
    .from(bookingEvents)
    .where(
      and(
        inArray(bookingEvents.bookingId, [...bookingIds]),
        inArray(bookingEvents.type, [...types]),
      ),
    )
    .orderBy(asc(bookingEvents.id))
    .all();
}
