import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { auditEvents } from '@/db/schema/auth';
import { availabilityRules } from '@/db/schema/staff';
import { bookingHandovers } from '@/db/schema/workspace';
import {
  createWorkspaceDatabase,
  insertAppointment,
  staffActor,
  workspaceDeps,
} from '@/lib/workspace/test-fixture';
import type { BlockFields, RosterChange } from './changes';
import { applyRosterChange, previewRosterChange, saveChannelTargets } from './service';
import { loadRosterWeek } from './view';

// Fixture: Monday 30 Nov 2026, 08:00 Berlin. Team A (lead l1): c1 and c2 at office A,
// Mon–Fri 08–12 presence + walk and talk, 13–16 phone + video. C3 works at office B.
let db: Database;
beforeEach(() => {
  db = createWorkspaceDatabase();
});

const week = '2026-11-30';
const saturday: BlockFields = {
  weekday: 6,
  startTime: '09:00',
  endTime: '12:00',
  officeId: 'office-a',
  channels: ['presence'],
  room: 'Raum 2.14',
};

function apply(change: RosterChange, confirmed: string[] = []) {
  return applyRosterChange(workspaceDeps(db), staffActor(db, 'l1'), 'team-a', change, confirmed);
}

function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error as { code: string; reason?: string; fieldErrors?: Record<string, unknown> };
  }
  throw new Error('expected a failure');
}

function saturdayOf(date: string, staffId = 'c1') {
  const roster = loadRosterWeek(workspaceDeps(db), staffActor(db, 'l1'), 'team-a', date);
  const days = roster.counsellors.find((c) => c.id === staffId)!.days;
  return days[5]!.occurrences.map((o) => [o.block.startTime, o.block.room]);
}

describe('roster edits', () => {
  it('adds a block for one week, with its room, and records it in the audit trail', () => {
    expect(apply({ op: 'add', staffId: 'c1', week, scope: 'week', fields: saturday })).toEqual({
      handedOver: 0,
    });
    expect(saturdayOf('2026-12-02')).toEqual([['09:00', 'Raum 2.14']]);
    expect(saturdayOf('2026-12-09')).toEqual([]);
    const audit = db.select().from(auditEvents).all();
    expect(audit.map((a) => [a.action, a.entityId, a.actorStaffId])).toEqual([
      ['staff.roster_changed', 'c1', 'l1'],
    ]);
    expect(audit[0]!.details).toMatchObject({ op: 'add', week, scope: 'week', room: 'Raum 2.14' });
  });

  it('refuses overlaps, offices the counsellor is not assigned to, and odd hours', () => {
    const add = (fields: Partial<BlockFields>) => () =>
      apply({
        op: 'add',
        staffId: 'c1',
        week,
        scope: 'onwards',
        fields: { ...saturday, ...fields },
      });
    expect(failure(add({ weekday: 1, startTime: '11:00', endTime: '14:00' }))).toMatchObject({
      reason: 'block_overlaps',
      fieldErrors: { startTime: expect.anything() },
    });
    expect(failure(add({ officeId: 'office-b' })).reason).toBe('office_not_yours');
    expect(failure(add({ startTime: '05:00', endTime: '07:00' })).reason).toBe(
      'block_outside_hours',
    );
    expect(failure(add({ startTime: '12:00', endTime: '09:00' })).reason).toBe(
      'block_times_invalid',
    );
    expect(db.select().from(auditEvents).all()).toEqual([]);
  });

  it('lists a booking a move would strand, saves nothing unconfirmed, then hands it over', () => {
    // Tuesday 1 Dec, 09:00 Berlin, in c1's 08–12 block.
    const booking = insertAppointment(db, {
      startsAt: '2026-12-01T08:00:00.000Z',
      clientName: 'Kai Kunde',
    });
    const move: RosterChange = {
      op: 'change',
      staffId: 'c1',
      blockId: 'c1-am-2',
      week,
      scope: 'week',
      fields: {
        ...saturday,
        weekday: 2,
        startTime: '10:00',
        channels: ['presence', 'walk_and_talk'],
      },
    };
    const preview = previewRosterChange(
      workspaceDeps(db),
      staffActor(db, 'l1'),
      'team-a',
      move,
      'de',
    );
    expect(preview.map((c) => [c.id, c.clientName, c.counsellorName])).toEqual([
      [booking, 'Kai Kunde', 'C1'],
    ]);
    expect(failure(() => apply(move)).reason).toBe('availability_conflicts');
    expect(db.select().from(bookingHandovers).all()).toEqual([]);

    expect(apply(move, [booking])).toEqual({ handedOver: 1 });
    const handovers = db.select().from(bookingHandovers).all();
    expect(handovers.map((h) => [h.bookingId, h.fromStaffId, h.cause])).toEqual([
      [booking, 'c1', 'availability'],
    ]);
    const tuesdays = db
      .select()
      .from(availabilityRules)
      .where(eq(availabilityRules.weekday, 2))
      .all()
      .filter((r) => r.staffId === 'c1')
      .map((r) => [r.startTime, r.validFrom, r.validTo, r.room])
      .sort();
    expect(tuesdays).toEqual([
      ['08:00', '2026-01-01', '2026-11-29', null],
      ['08:00', '2026-12-07', null, null],
      ['10:00', '2026-11-30', '2026-12-06', 'Raum 2.14'],
      ['13:00', '2026-01-01', null, null],
    ]);
  });

  it('copies a week to the following weeks, targets included', () => {
    apply({ op: 'add', staffId: 'c1', week, scope: 'week', fields: saturday });
    const deps = workspaceDeps(db);
    saveChannelTargets(deps, staffActor(db, 'l1'), 'team-a', {
      staffId: 'c1',
      week,
      targets: { video: 40 },
    });
    expect(apply({ op: 'copy', week, weeks: 2 })).toEqual({ handedOver: 0 });
    expect(saturdayOf('2026-12-07')).toEqual([['09:00', 'Raum 2.14']]);
    expect(saturdayOf('2026-12-14')).toEqual([['09:00', 'Raum 2.14']]);
    expect(saturdayOf('2026-12-21')).toEqual([]);
    const later = loadRosterWeek(deps, staffActor(db, 'l1'), 'team-a', '2026-12-14');
    expect(later.counsellors.find((c) => c.id === 'c1')!.targets).toEqual({ video: 40 });
    expect(
      db
        .select()
        .from(auditEvents)
        .all()
        .map((a) => a.action),
    ).toContain('team.roster_copied');
  });
});

describe('channel targets', () => {
  it('shows planned versus target and refuses targets over 100 %', () => {
    const deps = workspaceDeps(db);
    const lead = staffActor(db, 'l1');
    saveChannelTargets(deps, lead, 'team-a', {
      staffId: 'c1',
      week,
      targets: { video: 40, presence: 30 },
    });
    const c1 = loadRosterWeek(deps, lead, 'team-a', week).counsellors.find((c) => c.id === 'c1')!;
    // 5 × 4 h presence + walk and talk, 5 × 3 h phone + video: 35 h; video 7.5 h = 21 %.
    expect(c1.quota.totalMinutes).toBe(2100);
    expect(
      c1.quota.lines.map((l) => [l.channel, l.plannedPercent, l.targetPercent, l.status]),
    ).toEqual([
      ['presence', 29, 30, 'met'],
      ['phone', 21, null, 'none'],
      ['video', 21, 40, 'below'],
      ['walk_and_talk', 29, null, 'none'],
    ]);
    expect(
      failure(() =>
        saveChannelTargets(deps, lead, 'team-a', {
          staffId: 'c1',
          week,
          targets: { video: 60, phone: 50 },
        }),
      ).reason,
    ).toBe('targets_over_100');
  });
});

describe('who may', () => {
  it('counsellors cannot open or change the roster; leads only for their own team’s members', () => {
    const deps = workspaceDeps(db);
    expect(failure(() => loadRosterWeek(deps, staffActor(db, 'c1'), 'team-a', week)).code).toBe(
      'FORBIDDEN',
    );
    expect(
      failure(() =>
        applyRosterChange(deps, staffActor(db, 'c1'), 'team-a', { op: 'copy', week, weeks: 1 }, []),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      failure(() => apply({ op: 'add', staffId: 'c3', week, scope: 'week', fields: saturday }))
        .code,
    ).toBe('NOT_FOUND');
  });
});
