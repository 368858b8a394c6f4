import { describe, expect, it } from 'vitest';
import {
  eachLocalDate,
  isLocalDate,
  isoWeekdayOf,
  localDateOf,
  wallTimeOf,
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
