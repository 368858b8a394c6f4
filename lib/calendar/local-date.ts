import { TZDate } from '@date-fns/tz';
import { addDays, format, getISODay, isValid, parseISO } from 'date-fns';

/**
 * Local calendar dates ('YYYY-MM-DD') and wall-clock times ('HH:MM') in an IANA zone.
 * Every conversion between wall-clock time and UTC instants in the project goes
 * through this module.
 */
export type LocalDate = string;
export type WallTime = string;

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const wallTimePattern = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isLocalDate(value: string): value is LocalDate {
  if (!localDatePattern.test(value)) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

export function isWallTime(value: string): value is WallTime {
  return wallTimePattern.test(value);
}

function partsOf(date: LocalDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? NaN, (m ?? NaN) - 1, d ?? NaN];
}

/**
 * The UTC instant of a wall-clock time on a local date, or null when that wall-clock
 * time does not exist (skipped by a spring-forward change). In the repeated hour of a
 * fall-back change the earlier instant is returned.
 */
export function zonedWallTimeToUtc(date: LocalDate, time: WallTime, zone: string): Date | null {
  const [y, m, d] = partsOf(date);
  const [hh, mm] = time.split(':').map(Number);
  const zoned = TZDate.tz(zone, y, m, d, hh ?? NaN, mm ?? NaN);
  const wanted = `${date} ${time}`;
  const showsWanted = (ms: number) => format(new TZDate(ms, zone), 'yyyy-MM-dd HH:mm') === wanted;
  if (!showsWanted(zoned.getTime())) return null;
  const hourEarlier = zoned.getTime() - 3_600_000;
  return new Date(showsWanted(hourEarlier) ? hourEarlier : zoned.getTime());
}

/** The local date at the start of which the instant falls, in `zone`. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  return format(new TZDate(instant.getTime(), zone), 'yyyy-MM-dd');
}

export function wallTimeOf(instant: Date, zone: string): WallTime {
  return format(new TZDate(instant.getTime(), zone), 'HH:mm');
}

/** The instant local midnight begins (the first existing minute of the day). */
export function startOfLocalDay(date: LocalDate, zone: string): Date {
  const [y, m, d] = partsOf(date);
  return new Date(TZDate.tz(zone, y, m, d, 0, 0).getTime());
}

export function addDaysToLocalDate(date: LocalDate, days: number): LocalDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: LocalDate): number {
  return getISODay(parseISO(date));
}

/** Local dates from `from` to `to`, both inclusive. */
export function eachLocalDate(from: LocalDate, to: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let d = from; d <= to; d = addDaysToLocalDate(d, 1)) dates.push(d);
  return dates;
}
