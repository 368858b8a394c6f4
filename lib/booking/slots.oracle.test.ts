import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachLocalDate, isoWeekdayOf, zonedWallTimeToUtc } from '@/lib/calendar/local-date';
import { slotInputArb } from './slot-arbitrary';
import type { CounsellorSchedule, OfficeSchedule, Slot, SlotInput, WeeklyRule } from './slot-types';
import { listOpenSlots } from './slots';

// A brute-force oracle: every office, date, qualified counsellor, rule and grid minute up to
// the end of the day, each constraint checked the naive way (blocked time as a set of whole
// minutes). It shares nothing with the engine but zonedWallTimeToUtc, the definition.

const minuteMs = 60_000;
const conversions = new Map<string, number | null>();

/** zonedWallTimeToUtc in ms, memoised across runs (it is slow and the inputs repeat). */
function wallToUtc(date: string, minute: number, zone: string): number | null {
  const key = `${zone} ${date} ${minute}`;
  if (!conversions.has(key)) {
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    conversions.set(key, zonedWallTimeToUtc(date, time, zone)?.getTime() ?? null);
  }
  return conversions.get(key) ?? null;
}

function minutesOf(time: string): number {
  const [hh, mm] = time.split(':').map(Number);
  return (hh ?? 0) * 60 + (mm ?? 0);
}

/** First instant showing the end time or later: the next wall minute that exists. */
function ruleEndOf(date: string, endTime: string, zone: string): number {
  for (let minute = minutesOf(endTime); minute < 1440; minute++) {
    const instant = wallToUtc(date, minute, zone);
    if (instant !== null) return instant;
  }
  throw new Error('no existing minute after the end time');
}

function blockedMinutes(counsellor: CounsellorSchedule, office: OfficeSchedule): Set<number> {
  const bufferMinutes = office.bufferMinutes;
  const blocked = new Set<number>();
  const add = (from: number, to: number) => {
    for (let m = from; m < to; m++) blocked.add(m);
  };
  for (const a of counsellor.absences) add(a.start / minuteMs, a.end / minuteMs);
  for (const b of counsellor.busy) {
    add(b.start / minuteMs - bufferMinutes, b.end / minuteMs + bufferMinutes);
  }
  return blocked;
}

function ruleApplies(rule: WeeklyRule, office: OfficeSchedule, date: string, input: SlotInput) {
  return (
    rule.officeId === office.id &&
    rule.weekday === isoWeekdayOf(date) &&
    rule.validFrom <= date &&
    (rule.validTo === null || date <= rule.validTo) &&
    rule.channels.includes(input.query.channel)
  );
}

function isQualifiedAt(c: CounsellorSchedule, office: OfficeSchedule, input: SlotInput) {
  const q = input.query;
  return (
    c.serviceIds.has(q.serviceId) &&
    c.channels.has(q.channel) &&
    c.officeIds.has(office.id) &&
    (q.language === undefined || c.languages.has(q.language)) &&
    (q.counsellorId === undefined || q.counsellorId === c.id)
  );
}

function oracle(input: SlotInput): Slot[] {
  const { query } = input;
  const step = query.stepMinutes ?? 30;
  const now = query.now.getTime();
  const found = new Map<string, Slot>();
  for (const office of input.offices) {
    const blockedBy = new Map(input.counsellors.map((c) => [c, blockedMinutes(c, office)]));
    for (const date of eachLocalDate(query.from, query.to)) {
      if (input.holidays.has(date)) continue;
      for (const c of input.counsellors) {
        if (!isQualifiedAt(c, office, input)) continue;
        const blocked = blockedBy.get(c) ?? new Set();
        for (const rule of c.rules.filter((r) => ruleApplies(r, office, date, input))) {
          const ruleEnd = ruleEndOf(date, rule.endTime, office.timeZone);
          for (let minute = minutesOf(rule.startTime); minute < 1440; minute += step) {
            const start = wallToUtc(date, minute, office.timeZone);
            if (start === null) continue;
            const end = start + query.durationMinutes * minuteMs;
            if (end > ruleEnd) continue;
            if (start < now + office.minNoticeMinutes * minuteMs) continue;
            if (start >= now + office.bookingHorizonDays * 24 * 60 * minuteMs) continue;
            let free = true;
            for (let m = start / minuteMs; m < end / minuteMs; m++) free &&= !blocked.has(m);
            if (!free) continue;
            const key = `${office.id} ${start}`;
            const slot = found.get(key) ?? { officeId: office.id, start, end, counsellorIds: [] };
            if (!slot.counsellorIds.includes(c.id)) slot.counsellorIds.push(c.id);
            found.set(key, slot);
          }
        }
      }
    }
  }
  for (const slot of found.values()) slot.counsellorIds.sort();
  return [...found.values()].sort(
    (a, b) => a.start - b.start || (a.officeId < b.officeId ? -1 : 1),
  );
}

describe('listOpenSlots against a brute-force oracle', () => {
  // About 5 s alone; the timeout is generous for a loaded machine running files in parallel.
  it('agrees on 10,000 random schedules around DST changes and holidays', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(slotInputArb, (input) => {
        const expected = oracle(input);
        if (expected.length > 0) nonEmpty++;
        expect(listOpenSlots(input)).toEqual(expected);
      }),
      { numRuns: 10_000, seed: 20_260_329 },
    );
    // The generator must exercise the engine, not only agree on empty answers.
    expect(nonEmpty).toBeGreaterThan(2_500);
  }, 120_000);
});
