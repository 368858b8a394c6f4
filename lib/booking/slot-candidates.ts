import type { LocalDayClock } from '@/lib/calendar/local-date';
import type { StartBuckets } from './slot-buckets';
import { isRuleValidOn, type RosterEntry, type RuleWindow } from './slot-rosters';
import type { Interval, Slot } from './slot-types';

const minutesPerDay = 1440;

/** One office's limits for a query, and scratch space reused by all its candidates. */
export type Scan = {
  officeId: string;
  /** now + minimum notice. */
  earliestStart: number;
  /** now + booking horizon, exclusive. */
  latestStart: number;
  durationMs: number;
  bufferMs: number;
  stepMinutes: number;
  buckets: StartBuckets;
  /** The candidate [start, end), and the same widened by the buffer on both sides. */
  probe: Interval;
  buffered: Interval;
};

/** The office's slots over the dates of `clocks` (ascending), in start order. */
export function collectOfficeSlots(
  roster: readonly RosterEntry[],
  clocks: readonly LocalDayClock[],
  holidays: ReadonlySet<string>,
  scan: Scan,
): Slot[] {
  const slots: Slot[] = [];
  for (const clock of clocks) {
    if (clock.boundaryOf(0) >= scan.latestStart) break;
    if (holidays.has(clock.date)) continue;
    if (clock.boundaryOf(minutesPerDay) <= scan.earliestStart) continue;
    for (const entry of roster) scanDay(entry, clock, scan);
    scan.buckets.drainInto(slots, clock, scan.officeId, scan.durationMs);
  }
  return slots;
}

/** Adds the counsellor to the bucket of every free candidate start of their rules that day. */
function scanDay(entry: RosterEntry, clock: LocalDayClock, scan: Scan): void {
  const rules = entry.byWeekday[clock.weekday];
  if (rules === undefined) return;
  for (const rule of rules) {
    if (!isRuleValidOn(rule, clock.date)) continue;
    scanRule(entry, rule, clock, scan);
  }
}

/**
 * Candidates are the rule's start plus multiples of the step, in wall-clock minutes.
 * Instants grow with the wall-clock minute (a repeated minute maps to its earlier
 * instant), so the scan stops at the first candidate past the rule's end or the horizon.
 */
function scanRule(entry: RosterEntry, rule: RuleWindow, clock: LocalDayClock, scan: Scan) {
  const { probe, buffered } = scan;
  const ruleEnd = clock.boundaryOf(rule.endMinute);
  for (let minute = rule.startMinute; minute < rule.endMinute; minute += scan.stepMinutes) {
    const start = clock.instantOf(minute);
    if (start === null) continue;
    const end = start + scan.durationMs;
    if (end > ruleEnd || start >= scan.latestStart) return;
    if (start < scan.earliestStart) continue;
    probe.start = start;
    probe.end = end;
    buffered.start = start - scan.bufferMs;
    buffered.end = end + scan.bufferMs;
    if (entry.absences.overlapsAny(probe) || entry.busy.overlapsAny(buffered)) continue;
    scan.buckets.add(minute, entry.id);
  }
}
