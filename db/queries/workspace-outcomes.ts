import { and, eq } from 'drizzle-orm';
import { bookingEvents, bookings } from '../schema/booking';
import type { Executor } from '../transaction';

/** What recording an outcome or a call needs of a booking. */
export function findOutcomeBooking(ex: Executor, id: string) {
  return ex
    .select({
      id: bookings.id,
      channel: bookings.channel,
      status: bookings.status,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      counsellorId: bookings.counsellorId,
    })
    .from(bookings)
    .where(eq(bookings.id, id))
    .get();
}

export function insertWorkspaceEvent(ex: Executor, event: typeof bookingEvents.$inferInsert) {
  ex.insert(bookingEvents).values(event).run();
}

/** Whether the booking has an event of this type already (keeps retried writes single). */
export function hasEventOfType(ex: Executor, bookingId: string, type: string): boolean {
  return (
    ex
      .select({ id: bookingEvents.id })
      .from(bookingEvents)
      .where(and(eq(bookingEvents.bookingId, bookingId), eq(bookingEvents.type, type)))
      .get() !== undefined
  );
}
