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
const dayMs = 86_400_000;
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

/** Minutes since midnight of a wall-clock time: '09:30' → 570; NaN if malformed. */
export function wallTimeToMinutes(time: WallTime): number {
  if (time.length !== 5 || time.charCodeAt(2) !== 58) return NaN;
  const hours = digitAt(time, 0) * 10 + digitAt(time, 1);
  const minutes = digitAt(time, 3) * 10 + digitAt(time, 4);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : NaN;
}

function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

/**
 * The wall clock of one local date in one zone, for converting many wall-clock minutes
 * cheaply (zonedWallTimeToUtc formats dates and costs tens of microseconds a call).
 */
export type LocalDayClock = {
  date: LocalDate;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
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
 * Clocks for the local dates `from`…`to` (inclusive), from the zone's UTC offsets: a wall
 * reading w happens at w − offset, where offset is the zone's offset at that instant. The
 * instants of a date lie within 14 h before to 36 h after its midnight read as UTC (offsets
 * span −12 h … +14 h), inside the 72 h between the noons two days before and one day after.
 * Invariant assumed: a zone changes its offset at most once in 72 h (true of every IANA
 * zone in the years this platform books); equal offsets at both noons mean no change.
 */
export function localDayClocks(from: LocalDate, to: LocalDate, zone: string): LocalDayClock[] {
  if (!isLocalDate(from) || !isLocalDate(to)) throw new RangeError(`Invalid local date range`);
  const first = Date.UTC(...partsOf(from));
  const count = Math.round((Date.UTC(...partsOf(to)) - first) / dayMs) + 1;
  const noonOffsets: number[] = [];
  for (let i = -2; i <= count; i++) {
    noonOffsets.push(tzOffset(zone, new Date(first + i * dayMs + 12 * hourMs)) * minuteMs);
  }
  const clocks: LocalDayClock[] = [];
  for (let i = 0; i < count; i++) {
    const midnight = first + i * dayMs;
    clocks.push(new DayClock(zone, midnight, noonOffsets[i] ?? NaN, noonOffsets[i + 3] ?? NaN));
  }
  return clocks;
}

export function localDayClock(date: LocalDate, zone: string): LocalDayClock {
  const [clock] = localDayClocks(date, date, zone);
  if (!clock) throw new RangeError(`Invalid local date ${date}`);
  return clock;
}

/**
 * `midnight` is the date's midnight read as UTC; `before` and `after` the offsets (ms) at
 * the start and end of the 72 h around it, `change` the instant between them (Infinity
 * when they are equal). A class, not closures: the engine calls it in its hot loop.
 */
class DayClock implements LocalDayClock {
  readonly date: LocalDate;
  readonly weekday: number;
  private readonly change: number;

  constructor(
    zone: string,
    private readonly midnight: number,
    private readonly before: number,
    private readonly after: number,
  ) {
    this.date = new Date(midnight).toISOString().slice(0, 10);
    this.weekday = new Date(midnight).getUTCDay() || 7;
    this.change =
      before === after
        ? Infinity
        : findOffsetChange(zone, midnight - 36 * hourMs, midnight + 36 * hourMs);
  }

  instantOf(minute: number): number | null {
    const wall = this.midnight + minute * minuteMs;
    if (wall - this.before < this.change) return wall - this.before;
    return wall - this.after >= this.change ? wall - this.after : null;
  }

  boundaryOf(minute: number): number {
    return this.instantOf(minute) ?? this.change;
  }
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
