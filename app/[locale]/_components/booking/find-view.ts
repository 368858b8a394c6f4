import 'server-only';
import { getBooking } from '@/lib/booking/service-manage';
import type { BookingView } from '@/lib/booking/view';
import { isAppError } from '@/lib/errors';
import { bookingDeps } from '@/lib/server/booking-deps';

/** The booking behind a manage link, or undefined for a wrong id or token (never which). */
export function findView(id: string, token: string, locale: string): BookingView | undefined {
  try {
    return getBooking(bookingDeps(), id, token, locale);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}
