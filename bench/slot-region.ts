import { channels, type Channel } from '@/db/schema/enums';
import type {
  CounsellorSchedule,
  Interval,
  OfficeSchedule,
  WeeklyRule,
} from '@/lib/booking/slot-types';
import {
  addDaysToLocalDate,
  eachLocalDate,
  localDayClock,
  localDayClocks,
  wallTimeToMinutes,
} from '@/lib/calendar/local-date';

// A deterministic region for the slot engine benchmark: 10 offices, 300 counsellors with
// weekly rules across the four channels, bookings filling about 40 % of their rule time,
// and some absences.
export const regionZone = 'Europe/Berlin';
export const regionServices = ['bbie-orientation', 'bbie-further-training', 'bbie-funding'];
const extraLanguages = ['en', 'tr', 'ar', 'uk', 'ru'];
const minuteMs = 60_000;
export const bookedShare = 0.4;

/** mulberry32: a tiny seeded PRNG, enough for benchmark data. */
function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof createRandom>;

export type Region = { offices: OfficeSchedule[]; counsellors: CounsellorSchedule[] };

export function generateRegion(seed: number, from: string, to: string): Region {
  const random = createRandom(seed);
  const offices = Array.from({ length: 10 }, (_, i) => ({
    id: `office-${String(i + 1).padStart(2, '0')}`,
    timeZone: regionZone,
    bufferMinutes: 10,
    minNoticeMinutes: 24 * 60,
    bookingHorizonDays: 70,
  }));
  const counsellors = Array.from({ length: 300 }, (_, i) => {
    const home = offices[i % offices.length]!.id;
    const second = random.chance(0.2) ? random.pick(offices).id : home;
    return generateCounsellor(random, `counsellor-${String(i + 1).padStart(3, '0')}`, [
      home,
      second,
    ]);
  });
  for (const counsellor of counsellors) {
    const rules = counsellor.rules;
    Object.assign(counsellor, {
      busy: generateBookings(random, rules, from, to),
      absences: generateAbsences(random, from, to),
    });
  }
  return { offices, counsellors };
}

function generateCounsellor(
  random: Random,
  id: string,
  officeIds: [string, string],
): CounsellorSchedule {
  const own = channels.filter((c) => c === 'presence' || random.chance(0.7));
  const languages = new Set(['de']);
  if (random.chance(0.3)) languages.add(random.pick(extraLanguages));
  const weekdays = random.chance(0.25) ? [1, 2, 4] : [1, 2, 3, 4, 5];
  const rules: WeeklyRule[] = [];
  for (const weekday of weekdays) {
    // The second office (if any) gets Wednesdays; remote channels in the afternoon.
    const officeId = weekday === 3 ? officeIds[1] : officeIds[0];
    rules.push(rule(officeId, weekday, '08:00', '12:00', own));
    const remote = own.filter((c) => c !== 'presence');
    if (weekday !== 5 && remote.length > 0) {
      rules.push(rule(officeId, weekday, '13:00', '16:30', remote));
    }
  }
  return {
    id,
    serviceIds: new Set(regionServices.filter((_, i) => i === 0 || random.chance(0.6))),
    channels: new Set(own),
    officeIds: new Set(officeIds),
    languages,
    rules,
    absences: [],
    busy: [],
  };
}

function rule(
  officeId: string,
  weekday: number,
  startTime: string,
  endTime: string,
  ruleChannels: Channel[],
): WeeklyRule {
  return {
    officeId,
    weekday,
    startTime,
    endTime,
    validFrom: '2026-01-01',
    validTo: null,
    channels: ruleChannels,
  };
}

/**
 * Books 60-minute blocks of each rule occurrence at random until 40 % of its minutes are
 * taken (bookings on holidays included: they only make the data denser).
 */
function generateBookings(random: Random, rules: readonly WeeklyRule[], from: string, to: string) {
  const busy: Interval[] = [];
  for (const clock of localDayClocks(from, to, regionZone)) {
    for (const r of rules.filter((x) => x.weekday === clock.weekday)) {
      const start = wallTimeToMinutes(r.startTime);
      const blocks = Math.floor((wallTimeToMinutes(r.endTime) - start) / 60);
      const exact = (bookedShare * (wallTimeToMinutes(r.endTime) - start)) / 60;
      const wanted = Math.floor(exact) + (random.chance(exact % 1) ? 1 : 0);
      const taken = new Set<number>();
      while (taken.size < Math.min(wanted, blocks)) taken.add(Math.floor(random.next() * blocks));
      for (const block of [...taken].sort((x, y) => x - y)) {
        const instant = clock.instantOf(start + block * 60);
        if (instant !== null) busy.push({ start: instant, end: instant + 60 * minuteMs });
      }
    }
  }
  return busy;
}

/** Booked minutes over rule minutes, across all counsellors and dates. */
export function measureBookedShare(region: Region, from: string, to: string): number {
  let ruleMinutes = 0;
  let busyMinutes = 0;
  for (const counsellor of region.counsellors) {
    for (const clock of localDayClocks(from, to, regionZone)) {
      for (const r of counsellor.rules.filter((x) => x.weekday === clock.weekday)) {
        ruleMinutes += wallTimeToMinutes(r.endTime) - wallTimeToMinutes(r.startTime);
      }
    }
    for (const b of counsellor.busy) busyMinutes += (b.end - b.start) / minuteMs;
  }
  return busyMinutes / ruleMinutes;
}

/** One in ten takes a few days off; one in ten has a two-hour training. */
function generateAbsences(random: Random, from: string, to: string): Interval[] {
  const dates = eachLocalDate(from, to);
  const startDate = random.pick(dates);
  const day = localDayClock(startDate, regionZone);
  if (random.chance(0.1)) {
    const lastDay = addDaysToLocalDate(startDate, 3 + Math.floor(random.next() * 8));
    return [{ start: day.boundaryOf(0), end: localDayClock(lastDay, regionZone).boundaryOf(0) }];
  }
  if (random.chance(0.1)) {
    return [{ start: day.boundaryOf(600), end: day.boundaryOf(720) }];
  }
  return [];
}
