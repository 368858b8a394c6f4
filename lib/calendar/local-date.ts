import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, format, getISODay, isValid, parseISO } from 'date-fns';

/**
 * Local calendar dates ('YYYY-MM-DD') and wall-clock times ('HH:MM') in an IANA zone.
 * Every conversion between wall-clock time and UTC instants in the project goes
 * through this module.
 */
export type LocalDate = string;
export type WallTime = string;

const minuteMs = 60_000;
const hourMs = 3_600_000;
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

/** Minutes since midnight of a wall-clock time: '09:30' → 570. */
export function wallTimeToMinutes(time: WallTime): number {
  if (!isWallTime(time)) return NaN;
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * An interval of instants that holds every instant of the local dates `from`…`to` in any
 * zone (UTC offsets span −12 h … +14 h). For cheap prefiltering, not for exact bounds.
 */
export function spanOfLocalDates(from: LocalDate, to: LocalDate): { start: number; end: number } {
  const [fy, fm, fd] = partsOf(from);
  const [ty, tm, td] = partsOf(to);
  return { start: Date.UTC(fy, fm, fd) - 14 * hourMs, end: Date.UTC(ty, tm, td) + 36 * hourMs };
}

/**
 * The wall clock of one local date in one zone, for converting many wall-clock minutes
 * cheaply (zonedWallTimeToUtc formats dates and costs tens of microseconds a call).
 */
export type LocalDayClock = {
  /** ISO weekday of the date: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /**
   * Epoch ms of wall-clock minute `minute` (0–1439) of the date; null when skipped by a
   * spring-forward change, the earlier instant in a repeated hour (as zonedWallTimeToUtc).
   */
  instantOf(minute: number): number | null;
  /**
   * The first instant at which the clock shows `minute` (0–1440) of the date or later: the
   * instant of that minute if it exists, else the moment the clock jumps past it. Use it
   * for exclusive end times, which stay meaningful when they fall into a skipped hour.
   */
  boundaryOf(minute: number): number;
};

/**
 * Builds the clock from the zone's UTC offsets. A wall-clock reading w happens at the
 * instant w − offset, where offset is the zone's offset at that instant. All instants of a
 * local date lie within 14 h before to 36 h after its midnight read as UTC (offsets span
 * −12 h … +14 h). Invariant assumed: a zone changes its offset at most once in those 50 h
 * (true of every IANA zone in the years this platform books).
 */
export function localDayClock(date: LocalDate, zone: string): LocalDayClock {
  const [y, m, d] = partsOf(date);
  const midnight = Date.UTC(y, m, d);
  const weekday = new Date(midnight).getUTCDay() || 7;
  const first = tzOffset(zone, new Date(midnight - 14 * hourMs)) * minuteMs;
  const last = tzOffset(zone, new Date(midnight + 36 * hourMs)) * minuteMs;
  if (first === last) {
    const at = (minute: number) => midnight + minute * minuteMs - first;
    return { weekday, instantOf: at, boundaryOf: at };
  }
  const change = findOffsetChange(zone, midnight - 14 * hourMs, midnight + 36 * hourMs);
  const instantOf = (minute: number): number | null => {
    const wall = midnight + minute * minuteMs;
    if (wall - first < change) return wall - first;
    return wall - last >= change ? wall - last : null;
  };
  return { weekday, instantOf, boundaryOf: (minute) => instantOf(minute) ?? change };
}

/** The first instant in (from, to] whose offset differs from the offset at `from`. */
function findOffsetChange(zone: string, from: number, to: number): number {
  const before = tzOffset(zone, new Date(from));
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (tzOffset(zone, new Date(mid)) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
