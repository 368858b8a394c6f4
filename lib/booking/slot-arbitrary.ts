import fc from 'fast-check';
import { channels } from '@/db/schema/enums';
import { addDaysToLocalDate, isoWeekdayOf } from '@/lib/calendar/local-date';
import type {
  CounsellorSchedule,
  Interval,
  OfficeSchedule,
  SlotInput,
  WeeklyRule,
} from './slot-types';

// Small random slot inputs for the differential and property tests (test support only).
// Dates sit around the DST changes of Berlin and New York and around Corpus Christi; all
// instants are whole minutes, so a minute-by-minute oracle can check them exactly.

const minuteMs = 60_000;
const anchors = ['2026-03-28', '2026-10-24', '2026-06-03', '2026-03-07', '2026-10-31'];
export const arbitraryZones = ['Europe/Berlin', 'America/New_York'] as const;
const serviceIds = ['s1', 's2'];
const languages = ['de', 'tr'];
const counsellorIds = ['c1', 'c2', 'c3'];

const subsetOf = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 1 });
/** Usually everything, so that enough counsellors qualify; sometimes a subset. */
const mostlyAllOf = <T>(items: readonly T[]) =>
  fc.oneof(
    { arbitrary: fc.constant([...items]), weight: 4 },
    { arbitrary: subsetOf(items), weight: 1 },
  );

/** Minutes since midnight: common opening times, DST-hour times, any half hour, any minute. */
const ruleStartArb = fc.oneof(
  fc.constantFrom(0, 60, 90, 120, 150, 480, 540),
  fc.integer({ min: 0, max: 47 }).map((h) => h * 30),
  fc.integer({ min: 0, max: 1438 }),
);

function toWallTime(minute: number): string {
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  return `${hh}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * An interval of whole minutes from `origin` (a UTC midnight): mostly in the first half of
 * one of the `days` days, where most rules are, sometimes anywhere.
 */
const intervalArb = (origin: number, days: number, maxLength: number) =>
  fc
    .record({
      offset: fc.oneof(
        fc
          .tuple(fc.integer({ min: 0, max: days - 1 }), fc.integer({ min: -180, max: 720 }))
          .map(([day, minute]) => day * 1440 + minute),
        fc.integer({ min: 0, max: days * 1440 }),
      ),
      length: fc.integer({ min: 1, max: maxLength }),
    })
    .map(({ offset, length }): Interval => {
      const start = origin + offset * minuteMs;
      return { start, end: start + length * minuteMs };
    });

const ruleArb = (officeIds: string[], from: string, days: number) =>
  fc
    .record({
      officeId: fc.constantFrom(...officeIds),
      // Mostly a weekday that occurs in the range.
      weekday: fc.oneof(
        {
          arbitrary: fc
            .integer({ min: 0, max: days })
            .map((d) => isoWeekdayOf(addDaysToLocalDate(from, d))),
          weight: 3,
        },
        { arbitrary: fc.integer({ min: 1, max: 7 }), weight: 1 },
      ),
      start: ruleStartArb,
      length: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 120, max: 360 })),
      validFrom: fc
        .oneof(fc.integer({ min: -3, max: 0 }), fc.integer({ min: -3, max: 3 }))
        .map((d) => addDaysToLocalDate(from, d)),
      validDays: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 2 }),
      channels: mostlyAllOf(channels),
    })
    .map((r): WeeklyRule => ({
      officeId: r.officeId,
      weekday: r.weekday,
      startTime: toWallTime(r.start),
      endTime: toWallTime(Math.min(1439, r.start + r.length)),
      validFrom: r.validFrom,
      validTo: r.validDays === null ? null : addDaysToLocalDate(r.validFrom, r.validDays),
      channels: r.channels,
    }));

const officeArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    timeZone: fc.constantFrom(...arbitraryZones),
    bufferMinutes: fc.constantFrom(0, 5, 10, 15, 30),
    minNoticeMinutes: fc.constantFrom(0, 30, 120, 1440),
    bookingHorizonDays: fc.constantFrom(1, 2, 3, 7, 30),
  }) satisfies fc.Arbitrary<OfficeSchedule>;

export const slotInputArb: fc.Arbitrary<SlotInput> = fc
  .record({
    from: fc.constantFrom(...anchors),
    shift: fc.integer({ min: 0, max: 2 }),
    days: fc.integer({ min: 0, max: 3 }),
    officeCount: fc.integer({ min: 1, max: 2 }),
  })
  .chain((range) =>
    ruleArb(
      ['o1', 'o2'].slice(0, range.officeCount),
      addDaysToLocalDate(range.from, range.shift),
      range.days,
    ).map((shared) => ({ ...range, shared })),
  )
  .chain(({ from: anchor, shift, days, officeCount, shared }) => {
    const from = addDaysToLocalDate(anchor, shift);
    const to = addDaysToLocalDate(from, days);
    // Instants from 1 day before `from` (UTC midnight) over the range plus 2 days.
    const origin = Date.parse(`${from}T00:00:00Z`) - 1440 * minuteMs;
    const spanDays = days + 3;
    const officeIds = ['o1', 'o2'].slice(0, officeCount);
    const counsellorArb = (id: string) =>
      fc.record({
        id: fc.constant(id),
        serviceIds: mostlyAllOf(serviceIds).map((s) => new Set(s)),
        channels: mostlyAllOf(channels).map((c) => new Set(c)),
        officeIds: mostlyAllOf(officeIds).map((o) => new Set(o)),
        languages: mostlyAllOf(languages).map((l) => new Set(l)),
        // A rule many counsellors share, so that slots list several of them.
        rules: fc.array(fc.oneof(fc.constant(shared), ruleArb(officeIds, from, days)), {
          minLength: 1,
          maxLength: 3,
        }),
        absences: fc.array(intervalArb(origin, spanDays, 1500), { maxLength: 2 }),
        busy: fc.array(intervalArb(origin, spanDays, 180), { maxLength: 6 }),
      }) satisfies fc.Arbitrary<CounsellorSchedule>;
    return fc.record({
      query: fc.record({
        serviceId: fc.constantFrom(...serviceIds),
        channel: fc.constantFrom(...channels),
        durationMinutes: fc.integer({ min: 15, max: 120 }),
        from: fc.constant(from),
        to: fc.constant(to),
        // Mostly before or early in the range, sometimes anywhere in it.
        now: fc
          .oneof(
            { arbitrary: fc.integer({ min: 0, max: 2160 }), weight: 3 },
            { arbitrary: fc.integer({ min: 0, max: spanDays * 1440 }), weight: 1 },
          )
          .map((m) => new Date(origin + m * minuteMs)),
        language: fc.option(fc.constantFrom(...languages), { nil: undefined, freq: 2 }),
        counsellorId: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 3 },
          { arbitrary: fc.constantFrom(...counsellorIds), weight: 1 },
        ),
        stepMinutes: fc.option(fc.constantFrom(15, 30, 45, 60), { nil: undefined, freq: 4 }),
      }),
      offices: fc.tuple(...officeIds.map(officeArb)),
      counsellors: fc
        .tuple(...counsellorIds.map(counsellorArb))
        .chain((all) => fc.subarray(all, { minLength: 1 })),
      holidays: fc.subarray(['2026-06-04', '2026-03-29', '2026-10-31']).map((h) => new Set(h)),
    });
  });
