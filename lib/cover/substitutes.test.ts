import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { emptySeedData, insertSeedData } from '@/db/queries/seed';
import { findCoverAppointment } from '@/db/queries/cover';
import {
  createWorkspaceDatabase,
  fixtureNow,
  insertAppointment,
} from '@/lib/workspace/test-fixture';
import { findSubstitutes, rankSubstitutes } from './substitutes';

/**
 * The fixture's office A: c1 (de, tr) and c2 (de) serve svc-a, presence and walks 08–12,
 * phone and video 13–16 (Berlin), weekdays. L1 leads the team but counsels nothing.
 */
const team = [
  { id: 'c1', name: 'C1' },
  { id: 'c2', name: 'C2' },
  { id: 'l1', name: 'L1' },
];
/** Tuesday 2026-12-01, 09:00 Berlin. */
const tuesdayNine = '2026-12-01T08:00:00.000Z';

let db: Database;
beforeEach(() => {
  db = createWorkspaceDatabase();
});

function target(a: Parameters<typeof insertAppointment>[1] & { language?: string }) {
  const id = insertAppointment(db, a);
  if (a.language)
    db.$client.prepare('update bookings set language = ? where id = ?').run(a.language, id);
  return findCoverAppointment(db, id, 'de')!;
}

describe('substitute matching', () => {
  it('suggests the skilled colleague who is free, never the absent counsellor or the unskilled lead', () => {
    const appointment = target({ startsAt: tuesdayNine });
    expect(findSubstitutes(db, appointment, team, fixtureNow)).toEqual([
      { id: 'c2', name: 'C2', dayLoad: 0 },
    ]);
  });

  it('requires the language of the appointment', () => {
    const appointment = target({ startsAt: tuesdayNine, language: 'tr' });
    expect(findSubstitutes(db, appointment, team, fixtureNow)).toEqual([]);
  });

  it('requires the channel in the colleague’s working time at that hour', () => {
    // 09:00 is presence time; phone is served only in the afternoon.
    const appointment = target({ startsAt: tuesdayNine, channel: 'phone', minutes: 45 });
    expect(findSubstitutes(db, appointment, team, fixtureNow)).toEqual([]);
  });

  it('leaves out a colleague with an overlapping appointment (buffer included)', () => {
    insertAppointment(db, { counsellorId: 'c2', startsAt: '2026-12-01T09:05:00.000Z' });
    const appointment = target({ startsAt: tuesdayNine });
    expect(findSubstitutes(db, appointment, team, fixtureNow)).toEqual([]);
  });

  it('leaves out a colleague who is absent then', () => {
    insertSeedData(db, {
      ...emptySeed,
      absences: [
        {
          id: 'abs-c2',
          staffId: 'c2',
          startsAt: '2026-12-01T07:30:00.000Z',
          endsAt: '2026-12-01T08:30:00.000Z',
          reason: 'training',
          createdAt: '2026-11-01T00:00:00.000Z',
        },
      ],
    });
    const appointment = target({ startsAt: tuesdayNine });
    expect(findSubstitutes(db, appointment, team, fixtureNow)).toEqual([]);
  });

  it('finds colleagues for a start off the office’s half-hour grid', () => {
    const appointment = target({ startsAt: '2026-12-01T08:10:00.000Z' });
    expect(findSubstitutes(db, appointment, team, fixtureNow).map((s) => s.id)).toEqual(['c2']);
  });

  it('counts the colleague’s appointments that day as their load', () => {
    insertAppointment(db, { counsellorId: 'c2', startsAt: '2026-12-01T12:00:00.000Z' });
    insertAppointment(db, { counsellorId: 'c2', startsAt: '2026-12-02T08:00:00.000Z' });
    const appointment = target({ startsAt: tuesdayNine });
    expect(findSubstitutes(db, appointment, team, fixtureNow)).toEqual([
      { id: 'c2', name: 'C2', dayLoad: 1 },
    ]);
  });

  it('offers nothing for an appointment that has begun', () => {
    const appointment = target({ startsAt: '2026-11-30T06:30:00.000Z' });
    expect(findSubstitutes(db, appointment, team, fixtureNow)).toEqual([]);
  });

  it('ranks the least loaded first, then by name', () => {
    expect(
      rankSubstitutes([
        { id: 'x', name: 'Zora', dayLoad: 1 },
        { id: 'y', name: 'Berta', dayLoad: 2 },
        { id: 'z', name: 'Anton', dayLoad: 1 },
      ]).map((s) => s.name),
    ).toEqual(['Anton', 'Zora', 'Berta']);
  });
});

const emptySeed = emptySeedData();
