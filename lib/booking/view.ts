import type { BookingViewRow } from '@/db/queries/booking-view';
import type { Channel } from '@/db/schema/enums';
import { formatInstantInZone } from '@/lib/calendar/format';

export type BookingView = {
  id: string;
  status: string;
  start: string;
  end: string;
  channel: Channel;
  language: string;
  service: { id: string; name: string };
  office: {
    id: string;
    name: string;
    street: string;
    postcode: string;
    city: string;
    phone: string | null;
    accessibilityNotes: string;
    timeZone: string;
  };
  meetingPoint: { id: string; name: string; description: string; isStepFree: boolean } | null;
  counsellorName: string;
  client: { name: string; email: string; phone: string | null };
  rescheduleCount: number;
  maxReschedules: number;
  /** Until when the client may cancel or change (ISO with offset). */
  changeDeadline: string;
  canChange: boolean;
  /** The client lets a colleague who takes over read the counsellor's notes. */
  notesConsent: boolean;
};

export function toBookingView(row: BookingViewRow, now: Date): BookingView {
  const { booking, office } = row;
  const zone = office.timeZone;
  const deadline = Date.parse(booking.startsAt) - office.changeNoticeMinutes * 60_000;
  return {
    id: booking.id,
    status: booking.status,
    start: formatInstantInZone(Date.parse(booking.startsAt), zone),
    end: formatInstantInZone(Date.parse(booking.endsAt), zone),
    channel: booking.channel,
    language: booking.language,
    service: { id: booking.serviceId, name: row.serviceName },
    office: {
      id: office.id,
      name: office.name,
      street: office.street,
      postcode: office.postcode,
      city: office.city,
      phone: office.phone,
      accessibilityNotes: office.accessibilityNotes,
      timeZone: office.timeZone,
    },
    meetingPoint: row.meetingPoint
      ? {
          id: row.meetingPoint.id,
          name: row.meetingPoint.name,
          description: row.meetingPoint.description,
          isStepFree: row.meetingPoint.isStepFree,
        }
      : null,
    counsellorName: row.counsellorName,
    client: row.client,
    rescheduleCount: booking.rescheduleCount,
    maxReschedules: office.maxReschedules,
    changeDeadline: formatInstantInZone(deadline, zone),
    canChange: booking.status === 'confirmed' && now.getTime() <= deadline,
    notesConsent: booking.notesConsent,
  };
}
