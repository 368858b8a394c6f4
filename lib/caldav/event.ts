import { TZDate } from '@date-fns/tz';
import ical, { ICalEventStatus } from 'ical-generator';
import type { FeedAppointmentRow } from '@/db/queries/workspace-feed';
import { calendarUidOf, vtimezoneOf } from '@/lib/booking/calendar-event';
import { initialsOf, locationOf, type FeedTexts } from '@/lib/workspace/calendar-feed';

/**
 * One appointment as the object we PUT into a counsellor's CalDAV calendar: the
 * booking's own UID (the one in the client's mails), local times in the office's zone
 * with its VTIMEZONE, and, like the personal feed, the client only by initials.
 */
export function buildPushedEvent(
  row: FeedAppointmentRow,
  options: { now: Date; appUrl: string; locale: string; texts: FeedTexts; sequence: number },
): string {
  const { texts } = options;
  const calendar = ical({
    prodId: { company: 'Beratungsportal NRW', product: 'caldav-sync', language: 'DE' },
  });
  const isZoned = vtimezoneOf(row.timeZone) !== null;
  if (isZoned) calendar.timezone({ name: row.timeZone, generator: vtimezoneOf });
  const at = (iso: string) =>
    isZoned ? new TZDate(Date.parse(iso), row.timeZone) : new Date(Date.parse(iso));
  const channel = texts.channels[row.channel];
  const url = `${options.appUrl}/${options.locale}/arbeitsbereich/termine/${row.id}`;
  calendar.createEvent({
    id: calendarUidOf(row.id),
    sequence: options.sequence,
    stamp: options.now,
    start: at(row.startsAt),
    end: at(row.endsAt),
    timezone: isZoned ? row.timeZone : undefined,
    summary: texts.summary({ channel, initials: initialsOf(row.clientName) }),
    description: `${row.serviceName} · ${channel}\n\n${texts.detailsLine} ${url}`,
    location: locationOf(row, texts),
    url,
    status: ICalEventStatus.CONFIRMED,
  });
  // ical-generator writes DTSTAMP in the event's zone; RFC 5545 wants it in UTC.
  const stamp = options.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${stamp}`);
}
