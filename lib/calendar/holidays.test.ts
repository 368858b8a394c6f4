import { describe, expect, it } from 'vitest';
import { listPublicHolidays } from './holidays';

describe('listPublicHolidays', () => {
  it('includes the NRW holidays Fronleichnam and Allerheiligen', () => {
    const dates = listPublicHolidays('DE-NW', 2026).map((h) => h.date);
    expect(dates).toContain('2026-06-04');
    expect(dates).toContain('2026-11-01');
    expect(dates).toContain('2026-12-25');
  });

  it('leaves out observances that are not days off', () => {
    const names = listPublicHolidays('DE-NW', 2026).map((h) => h.name);
    expect(names).not.toContain('Rosenmontag');
    expect(names).toHaveLength(11);
  });

  it('differs by state: Fronleichnam is no holiday in Berlin', () => {
    expect(listPublicHolidays('DE-BE', 2026).map((h) => h.date)).not.toContain('2026-06-04');
  });
});
