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
  wallTimeToMinutes,
} from '@/lib/calendar/local-date';

// A deterministic region for the slot engine benchmark: 10 offices, 300 counsellors with
// weekly rules across the four channels, bookings filling about 40 % of their rule time,
// and some absences.
export const regionZone = 'Europe/Berlin';
export const regionServices = ['bbie-orientation', 'bbie-further-training', 'bbie-funding'];
const extraLanguages = ['en', 'tr', 'ar', 'uk', 'ru'];
const minuteMs = 60_000;

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

/** Books each hour of rule time with probability 0.4, for 45 or 60 minutes. */
function generateBookings(random: Random, rules: readonly WeeklyRule[], from: string, to: string) {
  const busy: Interval[] = [];
  for (const date of eachLocalDate(from, to)) {
    const clock = localDayClock(date, regionZone);
    for (const r of rules.filter((x) => x.weekday === clock.weekday)) {
      const end = wallTimeToMinutes(r.endTime);
      for (let m = wallTimeToMinutes(r.startTime); m + 60 <= end; m += 60) {
        const start = clock.instantOf(m);
        if (start === null || !random.chance(0.4)) continue;
        busy.push({ start, end: start + (random.chance(0.5) ? 45 : 60) * minuteMs });
      }
    }
  }
  return busy;
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
