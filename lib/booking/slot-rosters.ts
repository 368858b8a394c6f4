import { wallTimeToMinutes } from '@/lib/calendar/local-date';
import { IntervalCursor, toSortedIntervals } from './intervals';
import type { CounsellorSchedule, SlotQuery, WeeklyRule } from './slot-types';

/** A weekly rule with its wall-clock times read once, in minutes since local midnight. */
export type RuleWindow = {
  startMinute: number;
  endMinute: number;
  validFrom: string;
  validTo: string | null;
};

/** One qualified counsellor at one office: rules by ISO weekday (1–7) and time cursors. */
export type RosterEntry = {
  id: string;
  byWeekday: RuleWindow[][];
  absences: IntervalCursor;
  busy: IntervalCursor;
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
 * Roster per office id. `qualified` must be sorted by id: rosters keep that order, so
 * slot buckets receive ids in sorted order. Rules of a weekday are sorted by start.
 */
export function buildRosters(
  qualified: readonly CounsellorSchedule[],
  channel: SlotQuery['channel'],
): Map<string, RosterEntry[]> {
  const rosters = new Map<string, RosterEntry[]>();
  for (const counsellor of qualified) {
    const absences = toSortedIntervals(counsellor.absences);
    const busy = toSortedIntervals(counsellor.busy);
    const byOffice = new Map<string, RuleWindow[][]>();
    for (const rule of counsellor.rules) {
      if (!counsellor.officeIds.has(rule.officeId) || !rule.channels.includes(channel)) continue;
      let byWeekday = byOffice.get(rule.officeId);
      if (!byWeekday) {
        byWeekday = [[], [], [], [], [], [], [], []];
        byOffice.set(rule.officeId, byWeekday);
      }
      const rules = byWeekday[rule.weekday];
      if (rules) insertByStart(rules, toRuleWindow(rule));
    }
    for (const [officeId, byWeekday] of byOffice) {
      const entry: RosterEntry = {
        id: counsellor.id,
        byWeekday,
        absences: new IntervalCursor(absences),
        busy: new IntervalCursor(busy),
      };
      const roster = rosters.get(officeId);
      if (roster) roster.push(entry);
      else rosters.set(officeId, [entry]);
    }
  }
  return rosters;
}

/** Keeps a weekday's few rules sorted by start (Array.prototype.sort allocates per call). */
function insertByStart(rules: RuleWindow[], window: RuleWindow): void {
  let i = rules.length;
  rules.push(window);
  while (i > 0 && rules[i - 1]!.startMinute > window.startMinute) {
    rules[i] = rules[i - 1]!;
    i--;
  }
  rules[i] = window;
}

export function toRuleWindow(rule: WeeklyRule): RuleWindow {
  return {
    startMinute: wallTimeToMinutes(rule.startTime),
    endMinute: wallTimeToMinutes(rule.endTime),
    validFrom: rule.validFrom,
    validTo: rule.validTo,
  };
}

/** Whether a rule applies on a local date (its validity bounds are inclusive). */
export function isRuleValidOn(rule: RuleWindow, date: string): boolean {
  return rule.validFrom <= date && (rule.validTo === null || date <= rule.validTo);
}
