import { countScheduleEvents } from '@/db/queries/notify-jobs';
import type { Executor } from '@/db/transaction';

/**
 * The iCalendar SEQUENCE of a booking's event: 0 as booked, one more for every change of
 * time, channel, counsellor or status. Mails and the downloadable file use the same
 * number, so a calendar app treats whichever it sees last as the current version.
 */
export function calendarSequenceOf(ex: Executor, bookingId: string): number {
  return Math.max(0, countScheduleEvents(ex, bookingId) - 1);
}
