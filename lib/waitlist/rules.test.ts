import { describe, expect, it } from 'vitest';
import { fitsWindow, partOfDayOf } from './rules';

const zone = 'Europe/Berlin';
const any = { earliestDate: null, latestDate: null, weekdays: null, partOfDay: null };
// Tuesday 2026-12-01, 09:00 and 14:00 in Berlin.
const morning = new Date('2026-12-01T08:00:00Z');
const afternoon = new Date('2026-12-01T13:00:00Z');

describe('fitsWindow', () => {
  it('accepts any time without a window', () => {
    expect(fitsWindow(any, morning, zone)).toBe(true);
  });

  it('checks the date range in the office zone, both ends included', () => {
    expect(fitsWindow({ ...any, earliestDate: '2026-12-01' }, morning, zone)).toBe(true);
    expect(fitsWindow({ ...any, earliestDate: '2026-12-02' }, morning, zone)).toBe(false);
    expect(fitsWindow({ ...any, latestDate: '2026-12-01' }, morning, zone)).toBe(true);
    expect(fitsWindow({ ...any, latestDate: '2026-11-30' }, morning, zone)).toBe(false);
    // 23:30 UTC on 30 November is already 1 December in Berlin.
    const lateNight = new Date('2026-11-30T23:30:00Z');
    expect(fitsWindow({ ...any, earliestDate: '2026-12-01' }, lateNight, zone)).toBe(true);
  });

  it('checks weekdays (1 = Monday) and the part of the day', () => {
    expect(fitsWindow({ ...any, weekdays: [2] }, morning, zone)).toBe(true);
    expect(fitsWindow({ ...any, weekdays: [1, 3] }, morning, zone)).toBe(false);
    expect(fitsWindow({ ...any, partOfDay: 'morning' }, morning, zone)).toBe(true);
    expect(fitsWindow({ ...any, partOfDay: 'morning' }, afternoon, zone)).toBe(false);
    expect(partOfDayOf(afternoon, zone)).toBe('afternoon');
  });
});
