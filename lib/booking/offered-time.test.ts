import { describe, expect, it } from 'vitest';
import { localDayClocks } from '@/lib/calendar/local-date';
import { offeredMilliseconds } from './offered-time';

const hour = 3_600_000;
const rule = (
  weekday: number,
  startTime: string,
  endTime: string,
  validTo: string | null = null,
) => ({
  weekday,
  startTime,
  endTime,
  validFrom: '2026-01-01',
  validTo,
});
const base = { holidays: new Set<string>(), absences: [] };
const days = (from: string, to: string) => ({ clocks: localDayClocks(from, to, 'Europe/Berlin') });

describe('offeredMilliseconds', () => {
  it('counts each rule on its weekdays within validity, not on holidays', () => {
    // Mon 30 March … Sun 5 April 2026; Fri 3 April is a holiday.
    const rules = [
      rule(1, '09:00', '13:00'),
      rule(5, '09:00', '13:00'),
      rule(3, '08:00', '10:00', '2026-03-31'),
    ];
    const ms = offeredMilliseconds({
      ...base,
      rules,
      ...days('2026-03-30', '2026-04-05'),
      holidays: new Set(['2026-04-03']),
    });
    expect(ms).toBe(4 * hour);
  });
  it('counts overlapping rules once and takes absences away', () => {
    const rules = [rule(1, '09:00', '13:00'), rule(1, '12:00', '14:00')];
    const absences = [
      { start: Date.parse('2026-03-30T08:00:00Z'), end: Date.parse('2026-03-30T09:00:00Z') },
    ];
    const ms = offeredMilliseconds({
      ...base,
      rules,
      absences,
      ...days('2026-03-30', '2026-03-30'),
    });
    expect(ms).toBe(4 * hour); // 09–14 local is 5 h, minus 10–11 local
  });
  it('reads wall-clock rules through the DST change (Sun 29 March 2026, 02:00 → 03:00)', () => {
    const ms = offeredMilliseconds({
      ...base,
      rules: [rule(7, '01:00', '05:00')],
      ...days('2026-03-29', '2026-03-29'),
    });
    expect(ms).toBe(3 * hour);
  });
});
