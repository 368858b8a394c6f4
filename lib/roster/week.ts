import { addDaysToLocalDate, isoWeekdayOf, type LocalDate } from '@/lib/calendar/local-date';

/** A roster week: Monday to Sunday, local dates. */
export type Week = { monday: LocalDate; sunday: LocalDate };

export function weekOf(date: LocalDate): Week {
  const monday = addDaysToLocalDate(date, 1 - isoWeekdayOf(date));
  return { monday, sunday: addDaysToLocalDate(monday, 6) };
}

/** The week `n` weeks after (or before, n < 0) this one. */
export function shiftWeek(week: Week, n: number): Week {
  return weekOf(addDaysToLocalDate(week.monday, 7 * n));
}

/** The local date of an ISO weekday (1 = Monday) in the week. */
export function dateInWeek(week: Week, weekday: number): LocalDate {
  return addDaysToLocalDate(week.monday, weekday - 1);
}

export function weekDates(week: Week): LocalDate[] {
  return [1, 2, 3, 4, 5, 6, 7].map((day) => dateInWeek(week, day));
}
