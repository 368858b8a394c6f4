import {
  eachLocalDate,
  localDayClock,
  spanOfLocalDates,
  type LocalDayClock,
} from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { buildTimeline, type Timeline } from './intervals';
import {
  buildRosters,
  isQualified,
  isRuleValidOn,
  scanRule,
  type CandidateLimits,
  type OfficeRoster,
} from './slot-candidates';
import { createStartBuckets, drainStartBuckets, type StartBuckets } from './slot-buckets';
import type { CounsellorSchedule, Interval, OfficeSchedule, Slot, SlotInput } from './slot-types';

const minuteMs = 60_000;
const dayMs = 86_400_000;
const minutesPerDay = 1440;

/**
 * Every bookable start for the query, sorted by start, then office id. A start is offered
 * at an office on a local date when a qualified counsellor's weekly rule covers
 * [start, start + duration) there, the counsellor is neither absent nor busy (busy time
 * widened by the office buffer), and notice and horizon allow it. Candidate starts lie on
 * a wall-clock grid of `stepMinutes` from each rule's start; skipped wall times (spring
 * forward) give no slot, repeated ones (fall back) count once, at their earlier instant.
 */
export function listOpenSlots(input: SlotInput): Slot[] {
  const { query } = input;
  const stepMinutes = query.stepMinutes ?? 30;
  assertGrid(stepMinutes, query.durationMinutes);
  const qualified = input.counsellors.filter((c) => isQualified(c, query)).sort(byId);
  const rosters = buildRosters(qualified, query);
  const run: Run = {
    qualified,
    dates: eachLocalDate(query.from, query.to).filter((date) => !input.holidays.has(date)),
    window: spanOfLocalDates(query.from, query.to),
    clocks: new Map(),
    timelines: [],
    buckets: createStartBuckets(),
    slots: [],
  };
  for (const office of uniqueOffices(input.offices)) {
    const roster = rosters.get(office.id);
    if (!roster) continue;
    const limits: CandidateLimits = {
      earliestStart: query.now.getTime() + office.minNoticeMinutes * minuteMs,
      latestStart: query.now.getTime() + office.bookingHorizonDays * dayMs,
      durationMs: query.durationMinutes * minuteMs,
      stepMinutes,
    };
    collectOfficeSlots(run, office, roster, limits);
  }
  // Offices were visited in id order and the sort is stable: ties stay ordered by office.
  return run.slots.sort((a, b) => a.start - b.start);
}

/** State shared by the offices of one call. */
type Run = {
  qualified: readonly CounsellorSchedule[];
  dates: readonly string[];
  /** Every instant a slot of the query can touch; timelines keep only what meets it. */
  window: Interval;
  clocks: Map<string, LocalDayClock>;
  /** Per counsellor index, per buffer in ms. */
  timelines: Map<number, Timeline>[];
  buckets: StartBuckets;
  slots: Slot[];
};

function collectOfficeSlots(
  run: Run,
  office: OfficeSchedule,
  roster: readonly OfficeRoster[],
  limits: CandidateLimits,
): void {
  const bufferMs = office.bufferMinutes * minuteMs;
  for (const date of run.dates) {
    const clock = clockOf(run, office.timeZone, date);
    if (clock.boundaryOf(0) >= limits.latestStart) return;
    if (clock.boundaryOf(minutesPerDay) <= limits.earliestStart) continue;
    for (const entry of roster) {
      const rules = entry.byWeekday[clock.weekday];
      if (!rules || rules.length === 0) continue;
      const timeline = timelineOf(run, entry, bufferMs);
      const id = entry.counsellor.id;
      for (const rule of rules) {
        if (isRuleValidOn(rule, date)) scanRule(rule, clock, timeline, limits, run.buckets, id);
      }
    }
    drainStartBuckets(run.buckets, clock, office.id, limits.durationMs, run.slots);
  }
}

function clockOf(run: Run, zone: string, date: string): LocalDayClock {
  const key = `${zone} ${date}`;
  let clock = run.clocks.get(key);
  if (!clock) {
    clock = localDayClock(date, zone);
    run.clocks.set(key, clock);
  }
  return clock;
}

function timelineOf(run: Run, entry: OfficeRoster, bufferMs: number): Timeline {
  const byBuffer = (run.timelines[entry.index] ??= new Map());
  let timeline = byBuffer.get(bufferMs);
  if (!timeline) {
    const { absences, busy } = entry.counsellor;
    timeline = buildTimeline(absences, busy, bufferMs, run.window);
    byBuffer.set(bufferMs, timeline);
  }
  return timeline;
}

function uniqueOffices(offices: readonly OfficeSchedule[]): OfficeSchedule[] {
  const seen = new Set<string>();
  return [...offices].sort(byId).filter((o) => !seen.has(o.id) && seen.add(o.id));
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function assertGrid(stepMinutes: number, durationMinutes: number): void {
  if (!Number.isInteger(stepMinutes) || stepMinutes < 1) {
    throw new AppError('INVALID_INPUT', 'The slot step must be a whole number of minutes.');
  }
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1) {
    throw new AppError('INVALID_INPUT', 'The duration must be a whole number of minutes.');
  }
}
