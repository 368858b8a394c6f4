import { TZDate } from '@date-fns/tz';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import type { BookingView } from './view';

export type CalendarTexts = {
  summary: string;
  channelLine: string;
  manageLine: string;
};

export type CalendarPerson = { name: string; email: string };

/**
 * How the calendar is meant: `PUBLISH` for a downloaded file, `REQUEST` for a mail that
 * adds or updates the event (same UID, higher SEQUENCE), `CANCEL` for a cancellation.
 * REQUEST and CANCEL are iTIP messages (RFC 5546) and name an organizer and attendee.
 */
export type CalendarOptions = {
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  sequence?: number;
  organizer?: CalendarPerson;
  attendee?: CalendarPerson;
  /** When the calendar was made (DTSTAMP); now by default. */
  stamp?: Date;
};

const berlin = 'Europe/Berlin';

/**
 * Europe/Berlin's rules since 1996 (EU summer time: last Sunday of March 02:00 to last
 * Sunday of October 03:00), so a calendar app needs no time-zone database of its own.
 */
export function vtimezoneOf(zone: string): string | null {
  if (zone !== berlin) return null;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${berlin}`,
    'X-LIC-LOCATION:Europe/Berlin',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

const uidDomain = '@beratungsportal.example';

/** The event's UID: the same in every file and mail about this booking. */
export function calendarUidOf(bookingId: string): string {
  return `${bookingId}${uidDomain}`;
}

/** Whether an event in someone's calendar is one of ours (a booking or the personal feed). */
export function isOurCalendarUid(uid: string): boolean {
  return uid.endsWith(uidDomain);
}

/**
 * An RFC 5545 calendar with one event for the booking. Offices in Europe/Berlin get
 * local times with a VTIMEZONE; any other zone is written in UTC.
 */
export function buildBookingCalendar(
  view: BookingView,
  texts: CalendarTexts,
  manageUrl?: string,
  options: CalendarOptions = {},
): string {
  const method = options.method ?? 'PUBLISH';
  const calendar = ical({
    name: 'Beratungsportal NRW',
    prodId: { company: 'Beratungsportal NRW', product: 'booking', language: 'DE' },
  });
  calendar.method(ICalCalendarMethod[method]);
  const zone = view.office.timeZone;
  const isBerlin = vtimezoneOf(zone) !== null;
  if (isBerlin) calendar.timezone({ name: zone, generator: vtimezoneOf });
  const at = (iso: string) =>
    isBerlin ? new TZDate(Date.parse(iso), zone) : new Date(Date.parse(iso));
  const location =
    view.channel === 'presence'
      ? `${view.office.name}, ${view.office.street}, ${view.office.postcode} ${view.office.city}`
      : view.channel === 'walk_and_talk' && view.meetingPoint
        ? `${view.meetingPoint.name} (${view.office.name}, ${view.office.city})`
        : undefined;
  const isCancelled = method === 'CANCEL' || view.status === 'cancelled';
  const stamp = options.stamp ?? new Date();
  calendar.createEvent({
    stamp,
    id: calendarUidOf(view.id),
    start: at(view.start),
    end: at(view.end),
    timezone: isBerlin ? zone : undefined,
    summary: texts.summary,
    description: [texts.channelLine, manageUrl ? `${texts.manageLine} ${manageUrl}` : '']
      .filter(Boolean)
      .join('\n\n'),
    location,
    url: manageUrl,
    sequence: options.sequence ?? view.rescheduleCount,
    status: isCancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: options.organizer,
    attendees: options.attendee
      ? [
          {
            ...options.attendee,
            rsvp: false,
            role: ICalAttendeeRole.REQ,
            status: ICalAttendeeStatus.ACCEPTED,
          },
        ]
      : [],
  });
  // ical-generator writes every date of a zoned event in that zone, DTSTAMP too; RFC 5545
  // wants DTSTAMP in UTC.
  return calendar.toString().replace(/^DTSTAMP:.*$/m, `DTSTAMP:${utcStamp(stamp)}`);
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
