import ICAL from 'ical.js';

export type ParsedInvite = {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  start: Date;
  end: Date;
  startZone: string;
  summary: string;
  location: string | null;
  organizer: string | null;
  attendee: string | null;
};

/**
 * Reads an iCalendar text with ical.js (independent of the generator): the method, the
 * event's identity and its start and end as instants, resolved through the file's own
 * VTIMEZONE.
 */
export function parseInvite(text: string): ParsedInvite {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the calendar');
  const event = new ICAL.Event(vevent);
  const value = (name: string) => {
    const v = vevent.getFirstPropertyValue(name);
    return v === null || v === undefined ? null : String(v);
  };
  return {
    method: String(calendar.getFirstPropertyValue('method') ?? ''),
    uid: event.uid,
    sequence: event.sequence,
    status: value('status') ?? '',
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    startZone: event.startDate.zone?.tzid ?? '',
    summary: event.summary,
    location: value('location'),
    organizer: value('organizer'),
    attendee: value('attendee'),
  };
}
