import 'server-only';
import { loadBookingSubject } from '@/lib/auth/access';
import { decide, type Action } from '@/lib/auth/policy';
import { getActorFor } from '@/lib/auth/session';
import { getBooking } from '@/lib/booking/service-manage';
import type { BookingView } from '@/lib/booking/view';
import { isAppError } from '@/lib/errors';
import { bookingDeps } from '@/lib/server/booking-deps';
import { getDatabase } from '@/lib/server/database';

/**
 * The booking behind a manage link (or of the signed-in client or counsellor), or
 * undefined when it does not exist or is not theirs (never which).
 */
export async function findView(
  id: string,
  token: string | undefined,
  locale: string,
): Promise<BookingView | undefined> {
  try {
    return getBooking(bookingDeps(), id, await getActorFor(token), locale);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

export type ManagePermissions = {
  reschedule: boolean;
  channel: boolean;
  cancel: boolean;
  notesConsent: boolean;
};

/** Which changes the visitor may make, so the page offers only those (the policy decides). */
export async function managePermissions(
  id: string,
  token: string | undefined,
): Promise<ManagePermissions> {
  const actor = await getActorFor(token);
  const booking = loadBookingSubject(getDatabase(), id);
  const may = (action: Action) =>
    !!booking && decide(actor, action, { type: 'booking', booking }).allowed;
  return {
    reschedule: may('booking.reschedule'),
    channel: may('booking.change-channel'),
    cancel: may('booking.cancel'),
    notesConsent: may('booking.set-notes-consent'),
  };
}
