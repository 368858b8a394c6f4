import { wallTimeToMinutes, type LocalDayClock } from '@/lib/calendar/local-date';
import { firstEndingAfter, overlaps, type Timeline } from './intervals';
import { addFreeCounsellor, type StartBuckets } from './slot-buckets';
import type { CounsellorSchedule, Interval, SlotQuery, WeeklyRule } from './slot-types';

/** A weekly rule with its wall-clock times read once, in minutes since local midnight. */
export type RuleWindow = {
  startMinute: number;
  endMinute: number;
  validFrom: string;
  validTo: string | null;
};

/** One qualified counsellor's rules at one office, indexed by ISO weekday (1–7). */
export type OfficeRoster = {
  /** Position in the id-sorted list of qualified counsellors. */
  index: number;
  counsellor: CounsellorSchedule;
  byWeekday: RuleWindow[][];
};

/** Qualification that does not depend on the office. */
export function isQualified(counsellor: CounsellorSchedule, query: SlotQuery): boolean {
  return (
    counsellor.serviceIds.has(query.serviceId) &&
    counsellor.channels.has(query.channel) &&
    (query.language === undefined || counsellor.languages.has(query.language)) &&
    (query.counsellorId === undefined || counsellor.id === query.counsellorId)
  );
}

/**
 * Rosters per office id, each in counsellor-index order. `qualified` is sorted by id, so
 * a bucket filled in roster order receives counsellor indices in ascending order.
 */
export function buildRosters(
  qualified: readonly CounsellorSchedule[],
  query: SlotQuery,
): Map<string, OfficeRoster[]> {
  const rosters = new Map<string, OfficeRoster[]>();
  qualified.forEach((counsellor, index) => {
    const byOffice = new Map<string, OfficeRoster>();
    for (const rule of counsellor.rules) {
      if (!counsellor.officeIds.has(rule.officeId)) continue;
      if (!rule.channels.includes(query.channel)) continue;
      let roster = byOffice.get(rule.officeId);
      if (!roster) {
        roster = { index, counsellor, byWeekday: Array.from({ length: 8 }, () => []) };
        byOffice.set(rule.officeId, roster);
      }
      roster.byWeekday[rule.weekday]?.push(toRuleWindow(rule));
    }
    for (const [officeId, roster] of byOffice) {
      const list = rosters.get(officeId) ?? [];
      list.push(roster);
      rosters.set(officeId, list);
    }
  });
  return rosters;
}

function toRuleWindow(rule: WeeklyRule): RuleWindow {
  return {
    startMinute: wallTimeToMinutes(rule.startTime),
    endMinute: wallTimeToMinutes(rule.endTime),
    validFrom: rule.validFrom,
    validTo: rule.validTo,
  };
}

export function isRuleValidOn(rule: RuleWindow, date: string): boolean {
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo);
}

/** What every candidate of one office on one query must satisfy. */
export type CandidateLimits = {
  /** now + minimum notice. */
  earliestStart: number;
  /** now + booking horizon, exclusive. */
  latestStart: number;
  durationMs: number;
  stepMinutes: number;
};

/**
 * Adds `counsellorId` to the bucket of every candidate start of `rule` on the clock's date
 * at which the counsellor (blocked by `timeline`) is free. Starts grow with the wall-clock
 * minute, so the scan stops at the first candidate past the rule's end or the horizon, and
 * a pointer into the timeline only moves forward. One probe is reused for all candidates.
 */
export function scanRule(
  rule: RuleWindow,
  clock: LocalDayClock,
  timeline: Timeline,
  limits: CandidateLimits,
  buckets: StartBuckets,
  counsellorId: string,
): void {
  const ruleEnd = clock.boundaryOf(rule.endMinute);
  const probe: Interval = { start: 0, end: 0 };
  let next = -1;
  for (let minute = rule.startMinute; minute < rule.endMinute; minute += limits.stepMinutes) {
    const start = clock.instantOf(minute);
    if (start === null) continue;
    probe.start = start;
    probe.end = start + limits.durationMs;
    if (probe.end > ruleEnd || start >= limits.latestStart) return;
    if (start < limits.earliestStart) continue;
    if (next < 0) next = firstEndingAfter(timeline, start);
    while (next < timeline.length && timeline[next]!.end <= start) next++;
    const blocker = timeline[next];
    if (blocker === undefined || !overlaps(probe, blocker)) {
      addFreeCounsellor(buckets, minute, counsellorId);
    }
  }
}
