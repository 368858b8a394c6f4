import 'server-only';
import type { BookingDeps } from '@/lib/booking/context';
import { getConfig } from '@/lib/env';
import { getDatabase } from './database';

/** The request's booking dependencies: the one place the clock is read for bookings. */
export function bookingDeps(): BookingDeps {
  const config = getConfig();
  return {
    db: getDatabase(),
    now: new Date(),
    appUrl: config.appUrl,
    notify: { secret: config.auth.secret, ...config.notify },
  };
}
