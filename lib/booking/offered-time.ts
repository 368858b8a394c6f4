import type { LocalDayClock } from '@/lib/calendar/local-date';
import { toSortedIntervals } from './intervals';
import { isRuleValidOn, toRuleWindow } from './slot-rosters';
import type { Interval, WeeklyRule } from './slot-types';

/**
 * The time a counsellor's weekly rules offer between two local dates (inclusive), read
 * exactly as the slot engine reads them: one wall clock per local day of the zone, rules
 * by ISO weekday and validity, no time on public holidays, an end inside a skipped hour
 * ending when the clock jumps past it. Overlapping rules count once; absences are taken
 * away. Returns milliseconds.
 */
export function offeredMilliseconds(input: {
  rules: readonly Pick<WeeklyRule, 'weekday' | 'startTime' | 'endTime' | 'validFrom' | 'validTo'>[];
  /** The period's days in the rules' zone: localDayClocks(from, to, zone), made once. */
  clocks: readonly LocalDayClock[];
  holidays: ReadonlySet<string>;
  absences: readonly Interval[];
}): number {
  if (input.rules.length === 0) return 0;
  const windows = input.rules.map((rule) => ({
    weekday: rule.weekday,
    window: toRuleWindow({ ...rule, officeId: '', channels: [] }),
  }));
  const offered: Interval[] = [];
  for (const clock of input.clocks) {
    if (input.holidays.has(clock.date)) continue;
    for (const { weekday, window } of windows) {
      if (weekday !== clock.weekday || !isRuleValidOn(window, clock.date)) continue;
      const start = clock.boundaryOf(window.startMinute);
      const end = clock.boundaryOf(window.endMinute);
      if (start < end) offered.push({ start, end });
    }
  }
  return lengthWithout(toSortedIntervals(offered), toSortedIntervals(input.absences));
}

/** Total length of `intervals` (sorted, non-nested) outside `holes` (the same). */
function lengthWithout(intervals: readonly Interval[], holes: readonly Interval[]): number {
  const united = unite(intervals);
  const gaps = unite(holes);
  let total = 0;
  let h = 0;
  for (const { start, end } of united) {
    total += end - start;
    while (h < gaps.length && gaps[h]!.end <= start) h++;
    for (let k = h; k < gaps.length && gaps[k]!.start < end; k++) {
      total -= Math.min(end, gaps[k]!.end) - Math.max(start, gaps[k]!.start);
    }
  }
  return total;
}

/** Joins overlapping or touching intervals of a list sorted by start. */
function unite(sorted: readonly Interval[]): Interval[] {
  const united: Interval[] = [];
  for (const next of sorted) {
    const last = united[united.length - 1];
    if (last !== undefined && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else united.push({ start: next.start, end: next.end });
  }
  return united;
}
