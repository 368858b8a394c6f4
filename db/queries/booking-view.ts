import { eq } from 'drizzle-orm';
import { bookings, clients } from '../schema/booking';
import { meetingPoints, offices, serviceTranslations } from '../schema/organisation';
import { staff } from '../schema/staff';
import type { Executor } from '../transaction';
import { bookingServiceNameIn } from './catalogue';

/** Everything the manage page and the calendar file show about one booking. */
export function findBookingView(ex: Executor, id: string, locale: string) {
  return ex
    .select({
      booking: bookings,
      client: { name: clients.name, email: clients.email, phone: clients.phone },
      office: offices,
      serviceName: serviceTranslations.name,
      counsellorName: staff.displayName,
      meetingPoint: meetingPoints,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(offices, eq(offices.id, bookings.officeId))
    .innerJoin(staff, eq(staff.id, bookings.counsellorId))
    .innerJoin(serviceTranslations, bookingServiceNameIn(locale))
    .leftJoin(meetingPoints, eq(meetingPoints.id, bookings.meetingPointId))
    .where(eq(bookings.id, id))
    .get();
}

export type BookingViewRow = NonNullable<ReturnType<typeof findBookingView>>;
