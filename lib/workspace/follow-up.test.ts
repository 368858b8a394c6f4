import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookingEvents, bookings, clients } from '@/db/schema/booking';
import { jobs } from '@/db/schema/notify';
import { fixtureDeps } from '@/lib/booking/test-fixture';
import { bookFollowUp, followUpOptions, listFollowUpSlots } from './follow-up';
import { createWorkspaceDatabase, fixtureNow, insertAppointment, staffActor } from './test-fixture';

let db: Database;
beforeEach(() => {
  db = createWorkspaceDatabase();
});

// The source appointment began at 07:30 Berlin on the fixture Monday.
const began = '2026-11-30T06:30:00.000Z';
const request = (start: string, more: object = {}) => ({
  channel: 'phone' as const,
  start,
  idempotencyKey: 'form-1',
  ...more,
});

describe('follow-up appointments', () => {
  it('offers the channels of the service the counsellor serves at the office', () => {
    const id = insertAppointment(db, { startsAt: began, status: 'completed' });
    expect(followUpOptions(db, staffActor(db, 'c1'), id, fixtureNow).channels).toEqual([
      'presence',
      'phone',
      'video',
      'walk_and_talk',
    ]);
  });

  it('lists only the counsellor’s own free times', () => {
    const id = insertAppointment(db, { startsAt: began });
    const slots = listFollowUpSlots(fixtureDeps(db), staffActor(db, 'c1'), id, 'phone');
    expect(slots[0]?.start).toBe('2026-12-01T13:00:00+01:00');
    // c2 is free at the same times; booking the first slot for c1 must leave c2 untouched.
    const created = bookFollowUp(
      fixtureDeps(db),
      staffActor(db, 'c1'),
      id,
      request(slots[0]!.start),
    );
    const row = db.select().from(bookings).where(eq(bookings.id, created.id)).get();
    expect(row).toMatchObject({ counsellorId: 'c1', channel: 'phone', serviceId: 'svc-a' });
    const next = listFollowUpSlots(fixtureDeps(db), staffActor(db, 'c1'), id, 'phone');
    expect(next.map((s) => s.start)).not.toContain(slots[0]!.start);
  });

  it('books for the same client, records the counsellor and queues the confirmation', () => {
    const id = insertAppointment(db, {
      startsAt: began,
      clientName: 'Anna Beispiel',
      clientEmail: 'anna@example.org',
      needs: { interpreterLanguage: 'tr' },
    });
    const created = bookFollowUp(
      fixtureDeps(db),
      staffActor(db, 'c1'),
      id,
      request('2026-12-01T13:00:00+01:00'),
    );
    expect(created.manageUrl).toMatch(/\/de\/termin\/.+\?token=/);
    const row = db
      .select({ email: clients.email, needs: bookings.needs })
      .from(bookings)
      .innerJoin(clients, eq(clients.id, bookings.clientId))
      .where(eq(bookings.id, created.id))
      .get();
    expect(row).toEqual({ email: 'anna@example.org', needs: { interpreterLanguage: 'tr' } });
    const events = db
      .select({
        type: bookingEvents.type,
        actorType: bookingEvents.actorType,
        data: bookingEvents.data,
      })
      .from(bookingEvents)
      .where(eq(bookingEvents.bookingId, created.id))
      .all();
    expect(events.at(-1)).toEqual({
      type: 'booked_by_staff',
      actorType: 'staff',
      data: { followUpOf: id },
    });
    const queued = db.select({ kind: jobs.kind }).from(jobs).where(eq(jobs.bookingId, created.id));
    expect(queued.all().map((j) => j.kind)).toContain('booking_confirmation');
  });

  it('books once however often the same form is sent', () => {
    const id = insertAppointment(db, { startsAt: began });
    const deps = fixtureDeps(db);
    const first = bookFollowUp(
      deps,
      staffActor(db, 'c1'),
      id,
      request('2026-12-01T13:00:00+01:00'),
    );
    const again = bookFollowUp(
      deps,
      staffActor(db, 'c1'),
      id,
      request('2026-12-01T13:00:00+01:00'),
    );
    expect(again.id).toBe(first.id);
    const staffEvents = db
      .select()
      .from(bookingEvents)
      .where(eq(bookingEvents.type, 'booked_by_staff'))
      .all();
    expect(staffEvents).toHaveLength(1);
  });

  it('asks for a phone number when none is on file, and refuses a taken time', () => {
    const id = insertAppointment(db, { startsAt: began, clientPhone: null });
    const actor = staffActor(db, 'c1');
    expect(() =>
      bookFollowUp(fixtureDeps(db), actor, id, request('2026-12-01T13:00:00+01:00')),
    ).toThrow(expect.objectContaining({ reason: 'phone_required' }));
    insertAppointment(db, { startsAt: '2026-12-01T12:00:00.000Z', channel: 'phone' });
    expect(() =>
      bookFollowUp(
        fixtureDeps(db),
        actor,
        id,
        request('2026-12-01T13:00:00+01:00', { phone: '+4921199999', idempotencyKey: 'form-2' }),
      ),
    ).toThrow(expect.objectContaining({ reason: 'slot_taken' }));
    expect(db.select().from(bookings).all()).toHaveLength(2);
  });

  it('is only for an appointment that began, and only for its own counsellor', () => {
    const later = insertAppointment(db, { startsAt: '2026-11-30T10:00:00.000Z' });
    expect(() => followUpOptions(db, staffActor(db, 'c1'), later, fixtureNow)).toThrow(
      expect.objectContaining({ reason: 'follow_up_not_possible' }),
    );
    const id = insertAppointment(db, { startsAt: began, status: 'no_show' });
    expect(() => followUpOptions(db, staffActor(db, 'c1'), id, fixtureNow)).toThrow(
      expect.objectContaining({ reason: 'follow_up_not_possible' }),
    );
    expect(() => followUpOptions(db, staffActor(db, 'c2'), id, fixtureNow)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });
});
