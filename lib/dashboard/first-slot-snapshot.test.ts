import { describe, expect, it } from 'vitest';
import { firstSlotWaitDays } from '@/db/schema/dashboard';
import { createFixtureDatabase, fixtureNow } from '@/lib/booking/test-fixture';
import { takeFirstSlotSnapshot } from './first-slot-snapshot';

describe('takeFirstSlotSnapshot', () => {
  // Monday 30 November 2026, 08:00 in Berlin; 12 hours' notice: the first slots of every
  // office and channel of the booking fixture are on Tuesday morning or afternoon.
  it('counts the first free slot of every office and channel once per hour', () => {
    const db = createFixtureDatabase();
    expect(takeFirstSlotSnapshot(db, fixtureNow)).toBe(true);
    expect(takeFirstSlotSnapshot(db, new Date(fixtureNow.getTime() + 30 * 60_000))).toBe(false);
    const rows = db.select().from(firstSlotWaitDays).all();
    expect(
      rows.map((r) => `${r.officeId} ${r.channel} ${r.waitDays} ${r.snapshots}`).sort(),
    ).toEqual([
      'office-a phone 1 1',
      'office-a presence 1 1',
      'office-a video 1 1',
      'office-a walk_and_talk 1 1',
      'office-b presence 1 1',
      'office-b video 1 1',
    ]);
    expect(rows.every((r) => r.localDate === '2026-11-30')).toBe(true);
  });

  it('counts "no free slot" when every counsellor is away for the whole horizon', () => {
    const db = createFixtureDatabase();
    db.$client
      .prepare(
        `insert into absences (id, staff_id, starts_at, ends_at, reason, created_at)
        select 'away-' || id, id, '2026-11-01T00:00:00.000Z', '2027-06-01T00:00:00.000Z', 'other', '2026-11-01T00:00:00.000Z' from staff`,
      )
      .run();
    takeFirstSlotSnapshot(db, fixtureNow);
    const waits = db
      .select()
      .from(firstSlotWaitDays)
      .all()
      .map((r) => r.waitDays);
    expect(waits.length).toBe(6);
    expect(waits.every((w) => w === -1)).toBe(true);
  });
});
