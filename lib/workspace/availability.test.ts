import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookingEvents, bookings } from '@/db/schema/booking';
import { absences, availabilityRules } from '@/db/schema/staff';
import { bookingHandovers } from '@/db/schema/workspace';
import { listSlots } from '@/lib/booking/service-slots';
import { fixtureDeps } from '@/lib/booking/test-fixture';
import {
  applyAvailabilityChange,
  loadAvailability,
  previewAvailabilityChange,
  type AvailabilityChange,
} from './availability';
import { handOverConflict, listUnhandledConflicts } from './handovers';
import {
  createWorkspaceDatabase,
  insertAppointment,
  staffActor,
  workspaceDeps,
} from './test-fixture';

let db: Database;
beforeEach(() => {
  db = createWorkspaceDatabase();
});

// c1 works Mon–Fri 08:00–12:00 (presence, walk and talk) and 13:00–16:00 (phone, video).
const tuesdayAbsence: AvailabilityChange = {
  kind: 'add-absence',
  startsAt: '2026-11-30T23:00:00.000Z',
  endsAt: '2026-12-01T23:00:00.000Z',
  reason: 'sick',
};

describe('absences', () => {
  it('saves an absence without conflicts, and the slot engine leaves the day free', () => {
    const actor = staffActor(db, 'c1');
    expect(applyAvailabilityChange(workspaceDeps(db), actor, 'c1', tuesdayAbsence, [])).toEqual({
      handedOver: 0,
    });
    const slots = listSlots(fixtureDeps(db), {
      serviceId: 'svc-a',
      channel: 'presence',
      officeId: 'office-a',
      to: '2026-12-01',
      counsellorId: 'c1',
    }).slots;
    expect(slots).toEqual([]);
  });

  it('lists the appointments an absence conflicts with and saves nothing unconfirmed', () => {
    const kept = insertAppointment(db, { startsAt: '2026-12-02T08:00:00.000Z' });
    const hit = insertAppointment(db, {
      startsAt: '2026-12-01T08:00:00.000Z',
      clientName: 'Kai Kunde',
    });
    const actor = staffActor(db, 'c1');
    const preview = previewAvailabilityChange(workspaceDeps(db), actor, 'c1', tuesdayAbsence, 'de');
    expect(preview.map((c) => [c.id, c.clientName])).toEqual([[hit, 'Kai Kunde']]);
    expect(() =>
      applyAvailabilityChange(workspaceDeps(db), actor, 'c1', tuesdayAbsence, []),
    ).toThrow(
      expect.objectContaining({ reason: 'availability_conflicts', extra: { bookingIds: [hit] } }),
    );
    expect(db.select().from(absences).all()).toEqual([]);
    expect(kept).not.toBe(hit);
  });

  it('saves the absence and hands the conflicting appointment to the team lead, kept confirmed', () => {
    const hit = insertAppointment(db, { startsAt: '2026-12-01T08:00:00.000Z' });
    const actor = staffActor(db, 'c1');
    const result = applyAvailabilityChange(workspaceDeps(db), actor, 'c1', tuesdayAbsence, [hit]);
    expect(result).toEqual({ handedOver: 1 });
    const [absence] = db.select().from(absences).all();
    expect(absence).toMatchObject({ staffId: 'c1', reason: 'sick', createdBy: 'c1' });
    expect(db.select().from(bookingHandovers).all()).toEqual([
      expect.objectContaining({
        bookingId: hit,
        fromStaffId: 'c1',
        cause: 'absence',
        absenceId: absence!.id,
        resolvedAt: null,
      }),
    ]);
    const row = db.select().from(bookings).where(eq(bookings.id, hit)).get();
    expect(row?.status).toBe('confirmed');
    const events = db.select().from(bookingEvents).where(eq(bookingEvents.bookingId, hit)).all();
    expect(events.map((e) => [e.type, e.actorId])).toEqual([['handover_requested', 'c1']]);
    // Handed over once: a second absence over the same time does not hand it over again.
    const again = { ...tuesdayAbsence, reason: 'other' as const };
    expect(previewAvailabilityChange(workspaceDeps(db), actor, 'c1', again, 'de')).toEqual([]);
    expect(listUnhandledConflicts(workspaceDeps(db), actor, 'c1', 'de')).toEqual([]);
  });

  it('refuses absences that are over or end before they start', () => {
    const actor = staffActor(db, 'c1');
    const past = {
      ...tuesdayAbsence,
      startsAt: '2026-11-01T00:00:00.000Z',
      endsAt: '2026-11-02T00:00:00.000Z',
    };
    expect(() => applyAvailabilityChange(workspaceDeps(db), actor, 'c1', past, [])).toThrow(
      expect.objectContaining({ reason: 'absence_in_past' }),
    );
    const reversed = { ...tuesdayAbsence, endsAt: tuesdayAbsence.startsAt };
    expect(() => applyAvailabilityChange(workspaceDeps(db), actor, 'c1', reversed, [])).toThrow(
      expect.objectContaining({ reason: 'absence_times_invalid' }),
    );
  });
});

describe('weekly blocks', () => {
  const saturday: AvailabilityChange = {
    kind: 'add-block',
    block: {
      officeId: 'office-a',
      weekday: 6,
      startTime: '09:00',
      endTime: '12:00',
      validFrom: '2026-12-01',
      validTo: '2026-12-31',
      channels: ['video'],
    },
  };

  it('adds a block with channels and a validity period', () => {
    const actor = staffActor(db, 'c1');
    applyAvailabilityChange(workspaceDeps(db), actor, 'c1', saturday, []);
    const block = loadAvailability(workspaceDeps(db), actor, 'c1').blocks.find(
      (b) => b.weekday === 6,
    );
    expect(block).toMatchObject({ startTime: '09:00', validTo: '2026-12-31', channels: ['video'] });
  });

  it('refuses overlapping hours, foreign offices, unoffered channels and reversed times', () => {
    const actor = staffActor(db, 'c1');
    const tries: [Partial<Extract<AvailabilityChange, { kind: 'add-block' }>['block']>, string][] =
      [
        [{ weekday: 1, startTime: '11:00', endTime: '13:00' }, 'block_overlaps'],
        [{ officeId: 'office-b' }, 'office_not_yours'],
        [{ channels: [] }, 'channels_invalid'],
        [{ startTime: '12:00', endTime: '09:00' }, 'block_times_invalid'],
        [{ validTo: '2026-11-01' }, 'validity_invalid'],
      ];
    for (const [patch, reason] of tries) {
      const change = {
        kind: 'add-block' as const,
        block: { ...(saturday as { block: object }).block, ...patch },
      };
      expect(() =>
        applyAvailabilityChange(workspaceDeps(db), actor, 'c1', change as AvailabilityChange, []),
      ).toThrow(expect.objectContaining({ reason }));
    }
  });

  it('ending a block hands over the appointments after its end; removing one never applied deletes it', () => {
    const actor = staffActor(db, 'c1');
    const before = insertAppointment(db, { startsAt: '2026-12-07T08:00:00.000Z' });
    const after = insertAppointment(db, { startsAt: '2026-12-14T08:00:00.000Z' });
    const change: AvailabilityChange = {
      kind: 'end-block',
      blockId: 'c1-am-1',
      validTo: '2026-12-10',
    };
    expect(
      previewAvailabilityChange(workspaceDeps(db), actor, 'c1', change, 'de').map((c) => c.id),
    ).toEqual([after]);
    applyAvailabilityChange(workspaceDeps(db), actor, 'c1', change, [after]);
    expect(
      db.select().from(availabilityRules).where(eq(availabilityRules.id, 'c1-am-1')).get()?.validTo,
    ).toBe('2026-12-10');
    expect(db.select({ id: bookingHandovers.bookingId }).from(bookingHandovers).all()).toEqual([
      { id: after },
    ]);
    expect(before).not.toBe(after);

    applyAvailabilityChange(workspaceDeps(db), actor, 'c1', saturday, []);
    const added = loadAvailability(workspaceDeps(db), actor, 'c1').blocks.find(
      (b) => b.weekday === 6,
    )!;
    const remove: AvailabilityChange = {
      kind: 'end-block',
      blockId: added.id,
      validTo: '2026-11-29',
    };
    applyAvailabilityChange(workspaceDeps(db), actor, 'c1', remove, []);
    expect(
      db.select().from(availabilityRules).where(eq(availabilityRules.id, added.id)).get(),
    ).toBeUndefined();
  });

  it('only the counsellor and their lead edit; another counsellor may not', () => {
    expect(() =>
      applyAvailabilityChange(workspaceDeps(db), staffActor(db, 'c2'), 'c1', tuesdayAbsence, []),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    applyAvailabilityChange(workspaceDeps(db), staffActor(db, 'l1'), 'c1', tuesdayAbsence, []);
    expect(db.select().from(absences).all()[0]?.createdBy).toBe('l1');
  });
});

describe('appointments without working time', () => {
  it('are listed until handed over, whoever changed the hours', () => {
    const orphan = insertAppointment(db, { startsAt: '2026-12-05T09:00:00.000Z' });
    const actor = staffActor(db, 'c1');
    expect(listUnhandledConflicts(workspaceDeps(db), actor, 'c1', 'de').map((c) => c.id)).toEqual([
      orphan,
    ]);
    handOverConflict(workspaceDeps(db), actor, 'c1', orphan);
    expect(listUnhandledConflicts(workspaceDeps(db), actor, 'c1', 'de')).toEqual([]);
    expect(() => handOverConflict(workspaceDeps(db), actor, 'c1', orphan)).toThrow(
      expect.objectContaining({ reason: 'handover_not_needed' }),
    );
  });
});
