import { describe, expect, it } from 'vitest';
import { loadDashboard } from './service';
import { dashboardTables, sectionsWithTables } from './tables';
import { createDashboardFixture } from './test-fixture';

describe('dashboardTables', () => {
  const figures = loadDashboard(
    createDashboardFixture(),
    { kind: 'teams', teamIds: ['t1'] },
    {
      from: '2026-03-30',
      to: '2026-04-05',
    },
  );

  it('has a table for every section of the figures (the place a new figure plugs in)', () => {
    const sections = Object.keys(figures).filter((k) => k !== 'period' && k !== 'totals');
    expect([...sectionsWithTables].sort()).toEqual(sections.sort());
    const ids = dashboardTables(figures).map((t) => t.id);
    for (const section of sections) expect(ids).toContain(section);
  });

  it('writes hours and shares from the figures (C1: 165 of 840 minutes)', () => {
    const counsellors = dashboardTables(figures).find((t) => t.id === 'counsellors')!;
    expect(counsellors.rows[0]).toEqual(['C1', 2.8, 14, 165 / 840]);
    const languages = dashboardTables(figures).find((t) => t.id === 'languages')!;
    expect(languages.rows[0]).toEqual(['de', 3, 3 / 5, 2, 1]);
  });
});
