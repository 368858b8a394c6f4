import { eq } from 'drizzle-orm';
import { bookings, clients } from '../schema/booking';
import { counsellorChannels } from '../schema/staff';
import type { Executor } from '../transaction';

/** The appointment a follow-up is booked from: what it was, and who the client is. */
export function findFollowUpSource(ex: Executor, id: string) {
  return ex
    .select({
      id: bookings.id,
      serviceId: bookings.serviceId,
      officeId: bookings.officeId,
      channel: bookings.channel,
      meetingPointId: bookings.meetingPointId,
      language: bookings.language,
      needs: bookings.needs,
      notesConsent: bookings.notesConsent,
      status: bookings.status,
      startsAt: bookings.startsAt,
      clientName: clients.name,
      clientEmail: clients.email,
      clientPhone: clients.phone,
      clientLanguage: clients.preferredLanguage,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(eq(bookings.id, id))
    .get();
}

export type FollowUpSource = NonNullable<ReturnType<typeof findFollowUpSource>>;

/** The channels a counsellor serves (their skills, set by an admin). */
export function listChannelsOfCounsellor(ex: Executor, staffId: string) {
  return ex
    .select({ channel: counsellorChannels.channel })
    .from(counsellorChannels)
    .where(eq(counsellorChannels.staffId, staffId))
    .all()
    .map((r) => r.channel);
}
