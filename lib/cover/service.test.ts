import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookingEvents, bookings } from '@/db/schema/booking';
import { jobs } from '@/db/schema/notify';
import { bookingHandovers } from '@/db/schema/workspace';
import { fixtureDeps } from '@/lib/booking/test-fixture';
import { setNotesConsent } from '@/lib/booking/service-consent';
import { readColleagueNotes, saveNote } from '@/lib/workspace/notes';
import {
  createWorkspaceDatabase,
  fixtureNow,
  insertAppointment,
  staffActor,
  workspaceDeps,
} from '@/lib/workspace/test-fixture';
import {
  loadCover,
  offerRescheduleToClient,
  reassignAllWithSubstitutes,
  reassignAppointment,
  recordAbsenceForMember,
} from './service';

let db: Database;
beforeEach(() => {
  db = createWorkspaceDatabase();
});

/** C1 is away all Tuesday 2026-12-01 (Berlin), recorded by the lead. */
function c1AwayTuesday() {
  return recordAbsenceForMember(workspaceDeps(db), staffActor(db, 'l1'), 'c1', {
    kind: 'add-absence',
    startsAt: '2026-11-30T23:00:00.000Z',
    endsAt: '2026-12-01T23:00:00.000Z',
    reason: 'sick',
  });
}

function eventsOf(id: string) {
  return db.select().from(bookingEvents).where(eq(bookingEvents.bookingId, id)).all();
}

function jobsOf(id: string) {
  return db.select().from(jobs).where(eq(jobs.bookingId, id)).all();
}

describe('absence cover', () => {
  it('lists the absent counsellor’s appointments with their substitutes, for the lead only', () => {
    const id = insertAppointment(db, { startsAt: '2026-12-01T08:00:00.000Z' });
    expect(c1AwayTuesday()).toEqual({ handedOver: 1 });
    const cover = loadCover(workspaceDeps(db), staffActor(db, 'l1'), 'de');
    expect(cover.items.map((i) => [i.id, i.isHandedOver, i.substitutes.map((s) => s.id)])).toEqual([
      [id, true, ['c2']],
    ]);
    expect(() => loadCover(workspaceDeps(db), staffActor(db, 'c2'), 'de')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('reassigns one appointment: counsellor, event, handover settled, mails queued', () => {
    // Monday 13:00 Berlin, within the staff notice window of 24 hours.
    const id = insertAppointment(db, { startsAt: '2026-11-30T12:00:00.000Z', channel: 'video' });
    recordAbsenceForMember(workspaceDeps(db), staffActor(db, 'l1'), 'c1', {
      kind: 'add-absence',
      startsAt: '2026-11-30T11:00:00.000Z',
      endsAt: '2026-11-30T16:00:00.000Z',
      reason: 'sick',
    });
    reassignAppointment(fixtureDeps(db), staffActor(db, 'l1'), id, 'c2');
    const booking = db.select().from(bookings).where(eq(bookings.id, id)).get()!;
    expect(booking.counsellorId).toBe('c2');
    expect(eventsOf(id).find((e) => e.type === 'reassigned')).toMatchObject({
      actorId: 'l1',
      data: { from: 'c1', to: 'c2' },
    });
    expect(db.select().from(bookingHandovers).all()).toMatchObject([
      {
        bookingId: id,
        resolution: 'reassigned',
        resolvedBy: 'l1',
        resolvedAt: fixtureNow.toISOString(),
      },
    ]);
    const queued = jobsOf(id).map((j) => [j.kind, j.payload.staffId ?? null]);
    expect(queued).toEqual(
      expect.arrayContaining([
        ['booking_change', null],
        ['staff_notice', 'c1'],
        ['staff_notice', 'c2'],
      ]),
    );
    expect(loadCover(workspaceDeps(db), staffActor(db, 'l1'), 'de').items).toEqual([]);
  });

  it('refuses a substitute who is not free at write time, and leaves the booking alone', () => {
    const id = insertAppointment(db, { startsAt: '2026-12-01T08:00:00.000Z' });
    c1AwayTuesday();
    insertAppointment(db, { counsellorId: 'c2', startsAt: '2026-12-01T08:30:00.000Z' });
    expect(() => reassignAppointment(fixtureDeps(db), staffActor(db, 'l1'), id, 'c2')).toThrow(
      expect.objectContaining({ reason: 'substitute_not_free' }),
    );
    expect(db.select().from(bookings).where(eq(bookings.id, id)).get()!.counsellorId).toBe('c1');
    expect(eventsOf(id).some((e) => e.type === 'reassigned')).toBe(false);
  });

  it('reassigns every appointment that has a substitute in one go', () => {
    const nine = insertAppointment(db, { startsAt: '2026-12-01T08:00:00.000Z' });
    const ten = insertAppointment(db, { startsAt: '2026-12-01T09:30:00.000Z' });
    c1AwayTuesday();
    expect(reassignAllWithSubstitutes(fixtureDeps(db), staffActor(db, 'l1'))).toEqual({
      reassigned: 2,
      left: 0,
    });
    for (const id of [nine, ten]) {
      expect(db.select().from(bookings).where(eq(bookings.id, id)).get()!.counsellorId).toBe('c2');
    }
    expect(loadCover(workspaceDeps(db), staffActor(db, 'l1'), 'de').items).toEqual([]);
  });

  it('leaves appointments nobody can take, and asks their client to choose a new time', () => {
    const id = insertAppointment(db, { startsAt: '2026-12-01T08:00:00.000Z' });
    insertAppointment(db, { counsellorId: 'c2', startsAt: '2026-12-01T08:00:00.000Z' });
    c1AwayTuesday();
    expect(reassignAllWithSubstitutes(fixtureDeps(db), staffActor(db, 'l1'))).toEqual({
      reassigned: 0,
      left: 1,
    });
    offerRescheduleToClient(fixtureDeps(db), staffActor(db, 'l1'), id);
    expect(eventsOf(id).some((e) => e.type === 'reschedule_requested')).toBe(true);
    expect(jobsOf(id).find((j) => j.payload.request === 'reschedule')?.kind).toBe('booking_change');
    expect(db.select().from(bookingHandovers).all()).toMatchObject([
      { bookingId: id, resolution: 'offered_to_client' },
    ]);
    expect(loadCover(workspaceDeps(db), staffActor(db, 'l1'), 'de').items).toEqual([]);
  });

  it('offers an appointment inside an absence that has no handover yet, and records one', () => {
    insertAppointment(db, { startsAt: '2026-12-01T08:00:00.000Z' });
    c1AwayTuesday();
    db.delete(bookingHandovers).where(eq(bookingHandovers.cause, 'absence')).run();
    const [item] = loadCover(workspaceDeps(db), staffActor(db, 'l1'), 'de').items;
    expect(item?.isHandedOver).toBe(false);
    offerRescheduleToClient(fixtureDeps(db), staffActor(db, 'l1'), item!.id);
    expect(db.select().from(bookingHandovers).all()).toMatchObject([
      { bookingId: item!.id, cause: 'absence', resolution: 'offered_to_client' },
    ]);
  });

  it('does not let the lead record absences outside their team', () => {
    expect(() =>
      recordAbsenceForMember(workspaceDeps(db), staffActor(db, 'l1'), 'c3', {
        kind: 'add-absence',
        startsAt: '2026-12-01T08:00:00.000Z',
        endsAt: '2026-12-01T09:00:00.000Z',
        reason: 'sick',
      }),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('notes after a reassignment', () => {
  it('shows the earlier counsellor’s note to the new one only with the client’s consent', () => {
    const id = insertAppointment(db, { startsAt: '2026-12-01T08:00:00.000Z' });
    saveNote(workspaceDeps(db), staffActor(db, 'c1'), id, 'Bewerbungsunterlagen besprechen');
    c1AwayTuesday();
    reassignAppointment(fixtureDeps(db), staffActor(db, 'l1'), id, 'c2');
    const c2 = staffActor(db, 'c2');
    expect(readColleagueNotes(db, c2, id)).toEqual([]);
    // The fixture's manage token of a booking is its id.
    const byClient = { kind: 'manage-token' as const, token: id };
    expect(setNotesConsent(fixtureDeps(db), id, byClient, true)).toEqual({ changed: true });
    expect(readColleagueNotes(db, c2, id)).toMatchObject([
      { authorName: 'C1', body: 'Bewerbungsunterlagen besprechen' },
    ]);
    expect(eventsOf(id).find((e) => e.type === 'notes_consent_changed')).toMatchObject({
      actorType: 'client',
      data: { consent: true },
    });
    setNotesConsent(fixtureDeps(db), id, byClient, false);
    expect(readColleagueNotes(db, c2, id)).toEqual([]);
    // Staff cannot give the client's consent for them.
    expect(() => setNotesConsent(fixtureDeps(db), id, staffActor(db, 'l1'), true)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});
