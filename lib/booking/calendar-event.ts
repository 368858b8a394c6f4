import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { BookingView } from './view';

export type CalendarTexts = {
  summary: string;
  channelLine: string;
  manageLine: string;
};

/**
 * An RFC 5545 calendar with one event for the booking. Times are written in UTC, so
 * every calendar app shows them right without a time-zone database.
 */
export function buildBookingCalendar(
  view: BookingView,
  texts: CalendarTexts,
  manageUrl?: string,
): string {
  const calendar = ical({
    name: 'Beratungsportal NRW',
    prodId: { company: 'Beratungsportal NRW', product: 'booking', language: 'DE' },
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  const location =
    view.channel === 'presence'
      ? `${view.office.name}, ${view.office.street}, ${view.office.postcode} ${view.office.city}`
      : view.channel === 'walk_and_talk' && view.meetingPoint
        ? `${view.meetingPoint.name} (${view.office.name}, ${view.office.city})`
        : undefined;
  calendar.createEvent({
    id: `${view.id}@beratungsportal.example`,
    start: new Date(view.start),
    end: new Date(view.end),
    summary: texts.summary,
    description: [texts.channelLine, manageUrl ? `${texts.manageLine} ${manageUrl}` : '']
      .filter(Boolean)
      .join('\n\n'),
    location,
    url: manageUrl,
    sequence: view.rescheduleCount,
    status: view.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
