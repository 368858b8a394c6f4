import { describe, expect, it } from 'vitest';
import {
  eachLocalDate,
  isLocalDate,
  isoWeekdayOf,
  localDateOf,
  localDayClock,
  localDayClocks,
  wallTimeOf,
  wallTimeToMinutes,
  zonedWallTimeToUtc,
} from './local-date';

const berlin = 'Europe/Berlin';

describe('zonedWallTimeToUtc', () => {
  it('keeps 09:00 local on both sides of the spring-forward change', () => {
    expect(zonedWallTimeToUtc('2026-03-28', '09:00', berlin)?.toISOString()).toBe(
      '2026-03-28T08:00:00.000Z',
    );
    expect(zonedWallTimeToUtc('2026-03-30', '09:00', berlin)?.toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
  });

  it('returns null for a wall-clock time skipped by spring forward', () => {
    expect(zonedWallTimeToUtc('2026-03-29', '02:30', berlin)).toBeNull();
    expect(zonedWallTimeToUtc('2026-03-29', '03:00', berlin)?.toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('takes the earlier instant in the repeated hour of fall back', () => {
    expect(zonedWallTimeToUtc('2026-10-25', '02:30', berlin)?.toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedWallTimeToUtc('2026-10-26', '09:00', berlin)?.toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });
});

describe('local dates', () => {
  it('reads the local date and time of an instant', () => {
    const instant = new Date('2026-10-24T22:30:00.000Z');
    expect(localDateOf(instant, berlin)).toBe('2026-10-25');
    expect(wallTimeOf(instant, berlin)).toBe('00:30');
  });

  it('validates dates strictly', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
  });

  it('walks dates across a DST change without skipping or repeating', () => {
    expect(eachLocalDate('2026-10-24', '2026-10-27')).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
    ]);
    expect(isoWeekdayOf('2026-11-30')).toBe(1);
  });
});

function wallTimeOfMinute(minute: number): string {
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  return `${hh}:${String(minute % 60).padStart(2, '0')}`;
}

describe('localDayClock', () => {
  const days: [string, string][] = [
    ['2026-03-29', berlin],
    ['2026-10-25', berlin],
    ['2026-06-04', berlin],
    ['2026-03-08', 'America/New_York'],
    ['2026-11-01', 'America/New_York'],
    ['2026-03-29', 'Europe/London'],
    ['2026-10-04', 'Australia/Sydney'],
    ['2026-07-15', 'Asia/Kolkata'],
  ];

  it.each(days)('agrees with zonedWallTimeToUtc on every minute of %s in %s', (date, zone) => {
    const clock = localDayClock(date, zone);
    for (let minute = 0; minute < 1440; minute++) {
      const expected = zonedWallTimeToUtc(date, wallTimeOfMinute(minute), zone)?.getTime() ?? null;
      expect(clock.instantOf(minute), `${date} ${wallTimeOfMinute(minute)}`).toBe(expected);
    }
  });

  it('covers a range of dates across both changes, with their weekdays', () => {
    const clocks = localDayClocks('2026-03-20', '2026-11-05', berlin);
    const dates = eachLocalDate('2026-03-20', '2026-11-05');
    expect(clocks.map((c) => c.date)).toEqual(dates);
    expect(clocks.map((c) => c.weekday)).toEqual(dates.map(isoWeekdayOf));
    // Sample minutes of every date; odd step so that all times of day are visited.
    clocks.forEach((clock, i) => {
      for (let minute = i % 97; minute < 1440; minute += 97) {
        const expected = zonedWallTimeToUtc(clock.date, wallTimeOfMinute(minute), berlin);
        expect(clock.instantOf(minute), `${clock.date} ${minute}`).toBe(
          expected?.getTime() ?? null,
        );
      }
    });
  });

  it('gives no clocks for an empty range and rejects malformed dates', () => {
    expect(localDayClocks('2026-05-02', '2026-05-01', berlin)).toEqual([]);
    expect(() => localDayClocks('2026-02-30', '2026-03-01', berlin)).toThrow(RangeError);
  });

  it('puts a boundary inside the skipped hour at the moment the clock jumps', () => {
    const clock = localDayClock('2026-03-29', berlin);
    expect(clock.boundaryOf(wallTimeToMinutes('02:30'))).toBe(
      Date.parse('2026-03-29T01:00:00.000Z'),
    );
    expect(clock.boundaryOf(wallTimeToMinutes('04:00'))).toBe(
      Date.parse('2026-03-29T02:00:00.000Z'),
    );
  });

  it('puts the boundary of minute 1440 at the next local midnight', () => {
    expect(localDayClock('2026-10-25', berlin).boundaryOf(1440)).toBe(
      Date.parse('2026-10-25T23:00:00.000Z'),
    );
    expect(localDayClock('2026-06-04', berlin).boundaryOf(1440)).toBe(
      Date.parse('2026-06-04T22:00:00.000Z'),
    );
  });

  it('takes the earlier instant of a repeated half hour (Lord Howe Island)', () => {
    // 02:00 daylight time (+11:00) falls back to 01:30 standard time (+10:30). Note:
    // zonedWallTimeToUtc answers 15:15Z for 01:45 here, as it only looks one hour back.
    const clock = localDayClock('2026-04-05', 'Australia/Lord_Howe');
    expect(clock.instantOf(wallTimeToMinutes('01:45'))).toBe(
      Date.parse('2026-04-04T14:45:00.000Z'),
    );
    expect(clock.instantOf(wallTimeToMinutes('02:00'))).toBe(
      Date.parse('2026-04-04T15:30:00.000Z'),
    );
  });
});

describe('wallTimeToMinutes', () => {
  it('counts minutes since midnight', () => {
    expect(wallTimeToMinutes('00:00')).toBe(0);
    expect(wallTimeToMinutes('09:30')).toBe(570);
    expect(wallTimeToMinutes('23:59')).toBe(1439);
  });

  it('reads malformed times as NaN', () => {
    for (const time of ['24:00', '9:30', '09:60', '09-30', 'ab:cd', '']) {
      expect(wallTimeToMinutes(time)).toBeNaN();
    }
  });
});
