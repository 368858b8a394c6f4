import type { AbsenceReason } from '@/db/schema/enums';
import {
  addDaysToLocalDate,
  localDayClock,
  startOfLocalDay,
  wallTimeToMinutes,
  type LocalDate,
} from '@/lib/calendar/local-date';
import { isValidOn, overlaps, type WeeklyBlock } from '@/lib/workspace/availability-rules';
import type { PlannedBlock } from './quotas';
import { weekDates, type Week } from './week';

/** A block as the roster shows it: with its office's name and zone. */
export type RosterBlock = WeeklyBlock & { officeName: string; timeZone: string };
export type Interval = { startsAt: string; endsAt: string };
export type RosterAbsence = Interval & { id: string; reason: AbsenceReason };

/** One block on one date: what it offers after absences, and how much of it is booked. */
export type Occurrence = {
  block: RosterBlock;
  date: LocalDate;
  startsAt: string;
  endsAt: string;
  offeredMinutes: number;
  bookedMinutes: number;
  /** Part of the block falls into an absence. */
  isAbsent: boolean;
};

export type RosterDay = {
  date: LocalDate;
  occurrences: Occurrence[];
  /**
   * `isAllDay`: the absence covers the whole local day; otherwise it starts or ends (or
   * both) that day, so a day shows only the times that fall into it.
   */
  absences: (RosterAbsence & { isAllDay: boolean; startsThatDay: boolean; endsThatDay: boolean })[];
  offeredMinutes: number;
  bookedMinutes: number;
};

const minute = 60_000;

function overlapMinutes(a: { start: number; end: number }, b: Interval): number {
  const start = Math.max(a.start, Date.parse(b.startsAt));
  const end = Math.min(a.end, Date.parse(b.endsAt));
  return end > start ? Math.round((end - start) / minute) : 0;
}

function occurrenceOf(
  block: RosterBlock,
  date: LocalDate,
  absences: readonly Interval[],
  booked: readonly Interval[],
): Occurrence {
  const clock = localDayClock(date, block.timeZone);
  const span = {
    start: clock.boundaryOf(wallTimeToMinutes(block.startTime)),
    end: clock.boundaryOf(wallTimeToMinutes(block.endTime)),
  };
  const length = Math.round((span.end - span.start) / minute);
  const absent = absences.reduce((sum, a) => sum + overlapMinutes(span, a), 0);
  return {
    block,
    date,
    startsAt: new Date(span.start).toISOString(),
    endsAt: new Date(span.end).toISOString(),
    offeredMinutes: Math.max(0, length - absent),
    bookedMinutes: booked.reduce((sum, b) => sum + overlapMinutes(span, b), 0),
    isAbsent: absent > 0,
  };
}

/**
 * One counsellor's week: per day the blocks that apply that date (by start time), the
 * absences touching it, and offered versus booked minutes. Pure.
 */
export function buildCounsellorWeek(
  blocks: readonly RosterBlock[],
  absences: readonly RosterAbsence[],
  booked: readonly Interval[],
  week: Week,
  zone: string,
): RosterDay[] {
  return weekDates(week).map((date, index) => {
    const dayStart = startOfLocalDay(date, zone).getTime();
    const dayEnd = startOfLocalDay(addDaysToLocalDate(date, 1), zone).getTime();
    const occurrences = blocks
      .filter((b) => b.weekday === index + 1 && isValidOn(b, date))
      .sort((a, b) => a.startTime.localeCompare(b.startTime))
      .map((b) => occurrenceOf(b, date, absences, booked));
    return {
      date,
      occurrences,
      absences: absences
        .filter((a) => overlaps(dayStart, dayEnd, Date.parse(a.startsAt), Date.parse(a.endsAt)))
        .map((a) => ({
          ...a,
          startsThatDay: Date.parse(a.startsAt) > dayStart,
          endsThatDay: Date.parse(a.endsAt) < dayEnd,
          isAllDay: Date.parse(a.startsAt) <= dayStart && Date.parse(a.endsAt) >= dayEnd,
        })),
      offeredMinutes: occurrences.reduce((sum, o) => sum + o.offeredMinutes, 0),
      bookedMinutes: occurrences.reduce((sum, o) => sum + o.bookedMinutes, 0),
    };
  });
}

/** The week's blocks as the quota comparison counts them (absent time left out). */
export function plannedBlocksOf(days: readonly RosterDay[]): PlannedBlock[] {
  return days.flatMap((d) =>
    d.occurrences.map((o) => ({ minutes: o.offeredMinutes, channels: o.block.channels })),
  );
}
