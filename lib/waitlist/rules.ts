import type { PartOfDay } from '@/db/schema/waitlist';
import { isoWeekdayOf, localDateOf, wallTimeOf } from '@/lib/calendar/local-date';

/** When a waiting client can come; every part is optional ("any time"). */
export type WaitlistWindow = {
  earliestDate: string | null;
  latestDate: string | null;
  weekdays: number[] | null;
  partOfDay: PartOfDay | null;
};

/** Morning is a start before noon, office time. */
export function partOfDayOf(start: Date, zone: string): PartOfDay {
  return wallTimeOf(start, zone) < '12:00' ? 'morning' : 'afternoon';
}

/** Whether a time starting at `start` (in the office's zone) lies in the client's window. */
export function fitsWindow(window: WaitlistWindow, start: Date, zone: string): boolean {
  const date = localDateOf(start, zone);
  if (window.earliestDate && date < window.earliestDate) return false;
  if (window.latestDate && date > window.latestDate) return false;
  if (window.weekdays?.length && !window.weekdays.includes(isoWeekdayOf(date))) return false;
  if (window.partOfDay && partOfDayOf(start, zone) !== window.partOfDay) return false;
  return true;
}
