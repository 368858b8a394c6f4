import { findBookingForManage, updateBooking } from '@/db/queries/bookings';
import { withWriteTransaction } from '@/db/transaction';
import { assertBookingAccess } from '@/lib/auth/access';
import type { Actor } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import type { BookingDeps } from './context';

/**
 * The client says whether a colleague who takes the appointment over may read the
 * counsellor's notes. Their own decision, so only the client side may change it; every
 * change is a booking event. Returns whether anything changed.
 */
export function setNotesConsent(
  deps: Pick<BookingDeps, 'db' | 'now'>,
  id: string,
  actor: Actor,
  consent: boolean,
): { changed: boolean } {
  return withWriteTransaction(deps.db, (tx) => {
    assertBookingAccess(tx, actor, 'booking.set-notes-consent', id);
    const { booking } = findBookingForManage(tx, id)!;
    if (booking.status !== 'confirmed') {
      throw new AppError('CONFLICT', 'This appointment is no longer active.', {
        reason: 'booking_not_active',
      });
    }
    if (booking.notesConsent === consent) return { changed: false };
    const now = deps.now.toISOString();
    updateBooking(
      tx,
      id,
      { notesConsent: consent, updatedAt: now },
      {
        type: 'notes_consent_changed',
        actorType: 'client',
        actorId: null,
        occurredAt: now,
        data: { consent },
      },
    );
    return { changed: true };
  });
}
