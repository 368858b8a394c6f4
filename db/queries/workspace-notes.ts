import { and, asc, eq, inArray, lt, ne } from 'drizzle-orm';
import { bookings } from '../schema/booking';
import { staff } from '../schema/staff';
import { bookingNotes } from '../schema/workspace';
import type { Executor } from '../transaction';

/** The author's own note on a booking: the query itself is scoped to the author. */
export function findNote(ex: Executor, bookingId: string, authorStaffId: string) {
  return ex
    .select({ body: bookingNotes.body, updatedAt: bookingNotes.updatedAt })
    .from(bookingNotes)
    .where(
      and(eq(bookingNotes.bookingId, bookingId), eq(bookingNotes.authorStaffId, authorStaffId)),
    )
    .get();
}

export function upsertNote(ex: Executor, note: typeof bookingNotes.$inferInsert) {
  ex.insert(bookingNotes)
    .values(note)
    .onConflictDoUpdate({
      target: [bookingNotes.bookingId, bookingNotes.authorStaffId],
      set: { body: note.body, updatedAt: note.updatedAt },
    })
    .run();
}

export function deleteNote(ex: Executor, bookingId: string, authorStaffId: string) {
  ex.delete(bookingNotes)
    .where(
      and(eq(bookingNotes.bookingId, bookingId), eq(bookingNotes.authorStaffId, authorStaffId)),
    )
    .run();
}

/** Every note on these bookings, whoever wrote it; returns how many were deleted. */
export function deleteNotesOfBookings(ex: Executor, bookingIds: readonly string[]): number {
  if (bookingIds.length === 0) return 0;
  return ex
    .delete(bookingNotes)
    .where(inArray(bookingNotes.bookingId, [...bookingIds]))
    .run().changes;
}

/** Bookings with notes that ended before `instant`: what the retention rule erases. */
export function listNotedBookingsEndedBefore(ex: Executor, instant: string): string[] {
  return ex
    .selectDistinct({ id: bookingNotes.bookingId })
    .from(bookingNotes)
    .innerJoin(bookings, eq(bookings.id, bookingNotes.bookingId))
    .where(lt(bookings.endsAt, instant))
    .all()
    .map((r) => r.id);
}

/**
 * The notes other counsellors wrote on a booking, only when its client agreed that a
 * colleague who takes over may read them: the consent is part of the query's condition.
 */
export function listConsentedNotesOfOthers(ex: Executor, bookingId: string, readerId: string) {
  return ex
    .select({
      authorName: staff.displayName,
      body: bookingNotes.body,
      updatedAt: bookingNotes.updatedAt,
    })
    .from(bookingNotes)
    .innerJoin(bookings, eq(bookings.id, bookingNotes.bookingId))
    .innerJoin(staff, eq(staff.id, bookingNotes.authorStaffId))
    .where(
      and(
        eq(bookingNotes.bookingId, bookingId),
        ne(bookingNotes.authorStaffId, readerId),
        eq(bookings.notesConsent, true),
      ),
    )
    .orderBy(asc(bookingNotes.updatedAt))
    .all();
}
