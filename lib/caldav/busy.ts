import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';

/** A busy time in epoch milliseconds, [start, end). */
export type BusyInterval = { start: number; end: number };

/** Wall-clock times without a known zone (floating, all-day, unknown TZID) are read here. */
const fallbackZone = 'Europe/Berlin';
/** A recurrence with more occurrences than this in the range is cut off (a runaway rule). */
const maxOccurrences = 2000;

function instantOf(time: ICAL.Time): number {
  const isFloating = !time.zone || time.zone === ICAL.Timezone.localTimezone;
  if (time.isDate || isFloating) {
    const { year, month, day } = time;
    const [hour, minute, second] = time.isDate ? [0, 0, 0] : [time.hour, time.minute, time.second];
    return new TZDate(year, month - 1, day, hour, minute, second, fallbackZone).getTime();
  }
  return time.toUnixTime() * 1000;
}

/** Free time: transparent (RFC 5545 TRANSP) or cancelled events block nothing. */
function isFree(component: ICAL.Component): boolean {
  const transp = String(component.getFirstPropertyValue('transp') ?? '').toUpperCase();
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  return transp === 'TRANSPARENT' || status === 'CANCELLED';
}

/** An event without an end lasts a day (all-day) or nothing (a point in time). */
function endOf(start: ICAL.Time, end: ICAL.Time | null | undefined): ICAL.Time {
  if (end && end.compare(start) > 0) return end;
  const copy = start.clone();
  if (start.isDate) copy.adjust(1, 0, 0, 0);
  return copy;
}

function occurrencesOf(event: ICAL.Event, range: BusyInterval): BusyInterval[] {
  if (!event.isRecurring()) {
    if (isFree(event.component)) return [];
    return [
      { start: instantOf(event.startDate), end: instantOf(endOf(event.startDate, event.endDate)) },
    ];
  }
  const found: BusyInterval[] = [];
  const iterator = event.iterator();
  for (let n = 0; n < maxOccurrences; n++) {
    const next = iterator.next();
    if (!next) break;
    const details = event.getOccurrenceDetails(next);
    const start = instantOf(details.startDate);
    // Occurrences come in start order (moved exceptions aside), so a start well past the
    // range ends the walk; a day's margin covers exceptions moved earlier.
    if (instantOf(next) >= range.end + 86_400_000) break;
    if (isFree(details.item.component)) continue;
    found.push({ start, end: instantOf(endOf(details.startDate, details.endDate)) });
  }
  return found;
}

/** Overlapping or touching intervals as one, clipped to the range, in start order. */
export function mergeIntervals(intervals: BusyInterval[], range: BusyInterval): BusyInterval[] {
  const clipped = intervals
    .map((i) => ({ start: Math.max(i.start, range.start), end: Math.min(i.end, range.end) }))
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start);
  const merged: BusyInterval[] = [];
  for (const interval of clipped) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/**
 * The busy times in `range` of the events in these iCalendar objects: recurrences
 * expanded (with their exceptions), transparent and cancelled events left out, and our
 * own appointments (recognised by UID) too, since the booking already blocks its time.
 * Nothing but start and end leaves this function.
 */
export function busyIntervalsOf(
  objects: readonly string[],
  range: BusyInterval,
  isOwnUid: (uid: string) => boolean,
): BusyInterval[] {
  const intervals: BusyInterval[] = [];
  for (const text of objects) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.register(zone);
    }
    const events = calendar.getAllSubcomponents('vevent');
    const exceptions = events.filter((e) => e.hasProperty('recurrence-id'));
    for (const master of events.filter((e) => !e.hasProperty('recurrence-id'))) {
      const uid = String(master.getFirstPropertyValue('uid') ?? '');
      if (isOwnUid(uid)) continue;
      const event = new ICAL.Event(master, {
        exceptions: exceptions.filter((e) => e.getFirstPropertyValue('uid') === uid),
      });
      intervals.push(...occurrencesOf(event, range));
    }
  }
  return mergeIntervals(intervals, range);
}
