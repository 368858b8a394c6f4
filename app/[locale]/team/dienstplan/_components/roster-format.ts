import { getFormatter, getTranslations } from 'next-intl/server';
import type { LocalDate } from '@/lib/calendar/local-date';
import type { Week } from '@/lib/roster/week';

/** How the roster says hours, days and weeks. */
export async function rosterFormat() {
  const format = await getFormatter();
  const t = await getTranslations('Roster');
  const noon = (date: LocalDate) => new Date(`${date}T12:00:00Z`);
  const hours = (minutes: number) =>
    t('hours', { value: format.number(minutes / 60, { maximumFractionDigits: 1 }) });
  const day = (date: LocalDate) =>
    format.dateTime(noon(date), {
      weekday: 'long',
      day: 'numeric',
      month: 'numeric',
      timeZone: 'UTC',
    });
  const shortDay = (date: LocalDate) =>
    format.dateTime(noon(date), {
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      timeZone: 'UTC',
    });
  const dateText = (date: LocalDate) =>
    format.dateTime(noon(date), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
  const week = (w: Week) =>
    t('weekLabel', {
      number: isoWeekNumber(w.monday),
      from: format.dateTime(noon(w.monday), { day: '2-digit', month: '2-digit', timeZone: 'UTC' }),
      to: format.dateTime(noon(w.sunday), { dateStyle: 'medium', timeZone: 'UTC' }),
    });
  const time = (instant: string) =>
    format.dateTime(new Date(instant), {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Berlin',
    });
  return { hours, day, shortDay, dateText, week, time };
}

/** ISO 8601 week number of a Monday (the week with the year's first Thursday is week 1). */
export function isoWeekNumber(monday: LocalDate): number {
  const thursday = new Date(`${monday}T12:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() + 3);
  const firstJanuary = Date.UTC(thursday.getUTCFullYear(), 0, 1, 12);
  return Math.floor((thursday.getTime() - firstJanuary) / (7 * 86_400_000)) + 1;
}
