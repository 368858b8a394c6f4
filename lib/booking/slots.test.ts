import { describe, expect, it } from 'vitest';
import type { Channel } from '@/db/schema/enums';
import { localDateOf, wallTimeOf, zonedWallTimeToUtc } from '@/lib/calendar/local-date';
import type {
  CounsellorSchedule,
  Interval,
  OfficeSchedule,
  SlotInput,
  SlotQuery,
  WeeklyRule,
} from './slot-types';
import { listOpenSlots } from './slots';

const berlin = 'Europe/Berlin';
const allChannels: Channel[] = ['presence', 'phone', 'video', 'walk_and_talk'];

/** Epoch ms of a Berlin wall-clock time (the earlier instant when repeated). */
function at(date: string, time: string): number {
  const instant = zonedWallTimeToUtc(date, time, berlin);
  if (!instant) throw new Error(`${date} ${time} does not exist in ${berlin}`);
  return instant.getTime();
}

function between(date: string, from: string, to: string): Interval {
  return { start: at(date, from), end: at(date, to) };
}

const office = (overrides: Partial<OfficeSchedule> = {}): OfficeSchedule => ({
  id: 'duesseldorf',
  timeZone: berlin,
  bufferMinutes: 0,
  minNoticeMinutes: 0,
  bookingHorizonDays: 365,
  ...overrides,
});

const rule = (overrides: Partial<WeeklyRule> = {}): WeeklyRule => ({
  officeId: 'duesseldorf',
  weekday: 1,
  startTime: '09:00',
  endTime: '12:00',
  validFrom: '2026-01-01',
  validTo: null,
  channels: allChannels,
  ...overrides,
});

const counsellor = (overrides: Partial<CounsellorSchedule> = {}): CounsellorSchedule => ({
  id: 'anna',
  serviceIds: new Set(['bbie-orientation']),
  channels: new Set(allChannels),
  officeIds: new Set(['duesseldorf']),
  languages: new Set(['de']),
  rules: [rule()],
  absences: [],
  busy: [],
  ...overrides,
});

type Setup = {
  query?: Partial<SlotQuery>;
  offices?: OfficeSchedule[];
  counsellors?: CounsellorSchedule[];
  holidays?: string[];
};

/** Monday 2026-05-04 … Sunday 2026-05-10 by default, asked a week before. */
function input(setup: Setup = {}): SlotInput {
  return {
    query: {
      serviceId: 'bbie-orientation',
      channel: 'video',
      durationMinutes: 60,
      from: '2026-05-04',
      to: '2026-05-10',
      now: new Date('2026-04-27T08:00:00.000Z'),
      ...setup.query,
    },
    offices: setup.offices ?? [office()],
    counsellors: setup.counsellors ?? [counsellor()],
    holidays: new Set(setup.holidays ?? []),
  };
}

/** Slot starts as 'YYYY-MM-DD HH:MM' in Berlin, for readable expectations. */
function starts(setup: Setup = {}): string[] {
  return listOpenSlots(input(setup)).map((slot) => {
    const start = new Date(slot.start);
    return `${localDateOf(start, berlin)} ${wallTimeOf(start, berlin)}`;
  });
}

const mondayNineToTwelve = [
  '2026-05-04 09:00',
  '2026-05-04 09:30',
  '2026-05-04 10:00',
  '2026-05-04 10:30',
  '2026-05-04 11:00',
];

describe('listOpenSlots: the weekly grid', () => {
  it('offers every step from the rule start whose slot ends by the rule end', () => {
    expect(starts()).toEqual(mondayNineToTwelve);
    const [first] = listOpenSlots(input());
    expect(first).toEqual({
      officeId: 'duesseldorf',
      start: at('2026-05-04', '09:00'),
      end: at('2026-05-04', '10:00'),
      counsellorIds: ['anna'],
    });
  });

  it('uses the step of the query and measures it from the rule start', () => {
    const rules = [rule({ startTime: '09:10', endTime: '11:00' })];
    expect(
      starts({
        query: { stepMinutes: 45, durationMinutes: 30 },
        counsellors: [counsellor({ rules })],
      }),
    ).toEqual(['2026-05-04 09:10', '2026-05-04 09:55']);
  });

  it('rejects a step or duration that is not a positive whole number of minutes', () => {
    const invalid = expect.objectContaining({ code: 'INVALID_INPUT' });
    expect(() => listOpenSlots(input({ query: { stepMinutes: 0 } }))).toThrow(invalid);
    expect(() => listOpenSlots(input({ query: { stepMinutes: 7.5 } }))).toThrow(invalid);
    expect(() => listOpenSlots(input({ query: { durationMinutes: 0 } }))).toThrow(invalid);
  });
});

describe('listOpenSlots: daylight saving time in Europe/Berlin', () => {
  const weekend = (from: string, to: string, rules: WeeklyRule[], duration = 60): Setup => ({
    query: { from, to, now: new Date('2026-03-01T00:00:00.000Z'), durationMinutes: duration },
    counsellors: [counsellor({ rules })],
  });

  it('keeps 09:00 local on both sides of spring forward (2026-03-29)', () => {
    const rules = [6, 7, 1].map((weekday) => rule({ weekday, endTime: '10:00' }));
    const slots = listOpenSlots(input(weekend('2026-03-28', '2026-03-30', rules)));
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('offers no skipped wall time on 2026-03-29 and measures the rule in real minutes', () => {
    const rules = [rule({ weekday: 7, startTime: '01:00', endTime: '04:00' })];
    const slots = listOpenSlots(input(weekend('2026-03-29', '2026-03-29', rules, 30)));
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      '2026-03-29T00:00:00.000Z', // 01:00 CET
      '2026-03-29T00:30:00.000Z', // 01:30 CET
      '2026-03-29T01:00:00.000Z', // 03:00 CEST; 02:00 and 02:30 do not exist
      '2026-03-29T01:30:00.000Z', // 03:30 CEST, ends 04:00 CEST
    ]);
    expect(starts(weekend('2026-03-29', '2026-03-29', rules, 60))).toEqual([
      '2026-03-29 01:00',
      '2026-03-29 01:30',
      '2026-03-29 03:00',
    ]);
  });

  it('ends a rule whose end time is skipped when the clock jumps past it', () => {
    const rules = [rule({ weekday: 7, startTime: '00:30', endTime: '02:30' })];
    expect(starts(weekend('2026-03-29', '2026-03-29', rules, 60))).toEqual([
      '2026-03-29 00:30',
      '2026-03-29 01:00', // ends 03:00 CEST, the moment 02:30 is passed
    ]);
  });

  it('offers each repeated wall time once, at its earlier instant, on 2026-10-25', () => {
    const rules = [rule({ weekday: 7, startTime: '01:00', endTime: '04:00' })];
    const setup = weekend('2026-10-25', '2026-10-25', rules, 60);
    const slots = listOpenSlots(input(setup));
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      '2026-10-24T23:00:00.000Z', // 01:00 CEST
      '2026-10-24T23:30:00.000Z', // 01:30 CEST
      '2026-10-25T00:00:00.000Z', // 02:00 CEST, the earlier 02:00
      '2026-10-25T00:30:00.000Z', // 02:30 CEST
      '2026-10-25T02:00:00.000Z', // 03:00 CET, ends 04:00 CET
    ]);
    expect(new Set(starts(setup)).size).toBe(slots.length);
    expect(slots.every((s) => s.end - s.start === 3_600_000)).toBe(true);
  });

  it('measures the horizon in absolute hours across spring forward', () => {
    const rules = [rule({ weekday: 7, endTime: '12:00' })];
    const setup = weekend('2026-03-29', '2026-03-29', rules, 30);
    const now = new Date(at('2026-03-28', '09:45')); // + 24 h = 10:45 summer time
    expect(
      starts({
        ...setup,
        query: { ...setup.query, now },
        offices: [office({ bookingHorizonDays: 1 })],
      }),
    ).toEqual(['2026-03-29 09:00', '2026-03-29 09:30', '2026-03-29 10:00', '2026-03-29 10:30']);
  });

  it('keeps 09:00 local on both sides of fall back', () => {
    const rules = [6, 7, 1].map((weekday) => rule({ weekday, endTime: '10:00' }));
    const slots = listOpenSlots(input(weekend('2026-10-24', '2026-10-26', rules)));
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      '2026-10-24T07:00:00.000Z',
      '2026-10-25T08:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
    ]);
  });
});

describe('listOpenSlots: closed and blocked time', () => {
  const thursdays = { query: { from: '2026-06-04', to: '2026-06-11' } };
  const onThursdays = [counsellor({ rules: [rule({ weekday: 4, endTime: '10:00' })] })];

  it('opens no office on an NRW public holiday (Fronleichnam 2026-06-04)', () => {
    expect(starts({ ...thursdays, counsellors: onThursdays })).toEqual([
      '2026-06-04 09:00',
      '2026-06-11 09:00',
    ]);
    expect(starts({ ...thursdays, counsellors: onThursdays, holidays: ['2026-06-04'] })).toEqual([
      '2026-06-11 09:00',
    ]);
  });

  it('blocks exactly the absent time of a partial absence', () => {
    const absences = [between('2026-05-04', '10:00', '11:00')];
    expect(starts({ counsellors: [counsellor({ absences })] })).toEqual([
      '2026-05-04 09:00',
      '2026-05-04 11:00',
    ]);
  });

  it('blocks a whole day of absence for that counsellor only', () => {
    const absences = [{ start: at('2026-05-04', '00:00'), end: at('2026-05-05', '00:00') }];
    const rules = [rule(), rule({ weekday: 2, endTime: '10:00' })];
    expect(starts({ counsellors: [counsellor({ rules, absences })] })).toEqual([
      '2026-05-05 09:00',
    ]);
    const slots = listOpenSlots(
      input({ counsellors: [counsellor({ absences }), counsellor({ id: 'ben' })] }),
    );
    expect(slots.map((s) => s.counsellorIds)).toEqual(mondayNineToTwelve.map(() => ['ben']));
  });

  it('keeps the office buffer around busy time but not around absences', () => {
    const rules = [rule({ startTime: '08:00', endTime: '13:00' })];
    const busy = [between('2026-05-04', '10:00', '11:00')];
    const buffered = starts({
      offices: [office({ bufferMinutes: 10 })],
      counsellors: [counsellor({ rules, busy })],
    });
    expect(buffered).toEqual([
      '2026-05-04 08:00',
      '2026-05-04 08:30',
      '2026-05-04 11:30',
      '2026-05-04 12:00',
    ]);
    const absent = starts({
      offices: [office({ bufferMinutes: 10 })],
      counsellors: [counsellor({ rules, absences: busy })],
    });
    expect(absent).toContain('2026-05-04 09:00');
    expect(absent).toContain('2026-05-04 11:00');
  });

  it('accepts busy intervals in any order and overlapping each other', () => {
    const busy = [
      between('2026-05-04', '10:30', '11:00'),
      between('2026-05-04', '09:00', '09:20'),
      between('2026-05-04', '09:10', '09:15'),
    ];
    expect(starts({ counsellors: [counsellor({ busy })] })).toEqual([
      '2026-05-04 09:30',
      '2026-05-04 11:00',
    ]);
  });
});

describe('listOpenSlots: notice and horizon', () => {
  it('starts no earlier than now plus the minimum notice', () => {
    const now = new Date(at('2026-05-04', '08:00'));
    const offices = [office({ minNoticeMinutes: 120 })];
    expect(starts({ query: { now }, offices })).toEqual([
      '2026-05-04 10:00',
      '2026-05-04 10:30',
      '2026-05-04 11:00',
    ]);
  });

  it('starts before now plus the horizon in days of 24 hours', () => {
    const now = new Date(at('2026-05-03', '09:45'));
    const counsellors = [counsellor({ rules: [rule(), rule({ weekday: 2 })] })];
    const oneDay = { query: { now, stepMinutes: 15 }, counsellors };
    expect(starts({ ...oneDay, offices: [office({ bookingHorizonDays: 1 })] })).toEqual([
      '2026-05-04 09:00',
      '2026-05-04 09:15',
      '2026-05-04 09:30', // 09:45 is exactly now + 24 h: excluded
    ]);
    const twoDays = { query: { now }, counsellors, offices: [office({ bookingHorizonDays: 2 })] };
    expect(starts(twoDays)).toEqual([
      ...mondayNineToTwelve,
      '2026-05-05 09:00',
      '2026-05-05 09:30',
    ]);
  });
});

describe('listOpenSlots: who qualifies', () => {
  const ids = (setup: Setup) => [
    ...new Set(listOpenSlots(input(setup)).flatMap((s) => s.counsellorIds)),
  ];

  it('needs the service, the channel and the office', () => {
    const counsellors = [
      counsellor({ id: 'anna' }),
      counsellor({ id: 'ben', serviceIds: new Set(['bbe-development']) }),
      counsellor({ id: 'cem', channels: new Set<Channel>(['presence', 'phone']) }),
      counsellor({ id: 'dana', officeIds: new Set(['koeln']) }),
    ];
    expect(ids({ counsellors })).toEqual(['anna']);
    expect(ids({ counsellors, query: { channel: 'phone' } })).toEqual(['anna', 'cem']);
  });

  it('needs the language when the query names one', () => {
    const counsellors = [
      counsellor({ id: 'anna' }),
      counsellor({ id: 'emre', languages: new Set(['de', 'tr']) }),
    ];
    expect(ids({ counsellors })).toEqual(['anna', 'emre']);
    expect(ids({ counsellors, query: { language: 'tr' } })).toEqual(['emre']);
    expect(ids({ counsellors, query: { language: 'uk' } })).toEqual([]);
  });

  it('keeps only the named counsellor for a follow-up', () => {
    const counsellors = [counsellor({ id: 'anna' }), counsellor({ id: 'ben' })];
    expect(ids({ counsellors, query: { counsellorId: 'ben' } })).toEqual(['ben']);
    expect(ids({ counsellors, query: { counsellorId: 'zoe' } })).toEqual([]);
  });

  it('applies a rule only from validFrom to validTo, inclusive', () => {
    const rules = [
      rule({ weekday: 3, endTime: '10:00', validFrom: '2026-05-06', validTo: '2026-05-13' }),
    ];
    const query = { from: '2026-04-29', to: '2026-05-27' };
    expect(starts({ query, counsellors: [counsellor({ rules })] })).toEqual([
      '2026-05-06 09:00',
      '2026-05-13 09:00',
    ]);
  });

  it('applies a rule only to the channels it lists', () => {
    const rules = [
      rule({ endTime: '10:00', channels: ['presence'] }),
      rule({ startTime: '14:00', endTime: '15:00', channels: ['video', 'phone'] }),
    ];
    const counsellors = [counsellor({ rules })];
    expect(starts({ counsellors })).toEqual(['2026-05-04 14:00']);
    expect(starts({ counsellors, query: { channel: 'presence' } })).toEqual(['2026-05-04 09:00']);
  });

  it('applies a rule only at its own office, even if the counsellor serves several', () => {
    const rules = [rule({ officeId: 'koeln', endTime: '10:00' })];
    const counsellors = [counsellor({ officeIds: new Set(['duesseldorf', 'koeln']), rules })];
    const offices = [office(), office({ id: 'koeln' })];
    const slots = listOpenSlots(input({ counsellors, offices }));
    expect(slots.map((s) => s.officeId)).toEqual(['koeln']);
  });
});

describe('listOpenSlots: offices and counsellor lists', () => {
  it('sorts by start, then office id, with one slot per office and start', () => {
    const offices = [office({ id: 'koeln', bufferMinutes: 15 }), office()];
    const counsellors = [
      counsellor({ id: 'anna', rules: [rule({ endTime: '10:30' })] }),
      counsellor({
        id: 'ben',
        officeIds: new Set(['koeln']),
        rules: [rule({ officeId: 'koeln', startTime: '09:30', endTime: '10:30' })],
      }),
    ];
    const slots = listOpenSlots(input({ offices, counsellors }));
    expect(slots.map((s) => `${wallTimeOf(new Date(s.start), berlin)} ${s.officeId}`)).toEqual([
      '09:00 duesseldorf',
      '09:30 duesseldorf',
      '09:30 koeln',
    ]);
  });

  it('lists all free qualified counsellors of a start, sorted and once each', () => {
    const twice = [rule(), rule({ startTime: '10:00', endTime: '12:00' })];
    const counsellors = [
      counsellor({ id: 'cem', rules: twice }),
      counsellor({ id: 'anna' }),
      counsellor({ id: 'ben', busy: [between('2026-05-04', '10:00', '10:30')] }),
    ];
    const slots = listOpenSlots(input({ counsellors }));
    expect(slots.map((s) => [wallTimeOf(new Date(s.start), berlin), s.counsellorIds])).toEqual([
      ['09:00', ['anna', 'ben', 'cem']],
      ['09:30', ['anna', 'cem']],
      ['10:00', ['anna', 'cem']],
      ['10:30', ['anna', 'ben', 'cem']],
      ['11:00', ['anna', 'ben', 'cem']],
    ]);
  });

  it('offers nothing when nobody qualifies', () => {
    expect(listOpenSlots(input({ counsellors: [] }))).toEqual([]);
  });
});
