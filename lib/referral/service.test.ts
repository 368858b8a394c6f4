import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookingEvents, bookings, clients } from '@/db/schema/booking';
import { jobs } from '@/db/schema/notify';
import { referrals } from '@/db/schema/referrals';
import { fixtureDeps } from '@/lib/booking/test-fixture';
import {
  createWorkspaceDatabase,
  insertAppointment,
  staffActor,
} from '@/lib/workspace/test-fixture';
import { referralFormSchema } from './schemas';
import { createReferral, listReferralSlots, referralOptions } from './service';

/** Monday 2026-11-30 10:00 Berlin: the held appointment began at 08:00. */
const now = new Date('2026-11-30T09:00:00.000Z');

let db: Database;
let held: string;
beforeEach(() => {
  db = createWorkspaceDatabase();
  held = insertAppointment(db, {
    startsAt: '2026-11-30T07:00:00.000Z',
    clientEmail: 'ref@example.org',
  });
});

function request(start: string) {
  return {
    officeId: 'office-b',
    serviceId: 'svc-b',
    channel: 'presence' as const,
    start,
    referralNote: 'Möchte sich beruflich neu orientieren.',
    consent: 'on' as const,
    idempotencyKey: crypto.randomUUID(),
  };
}

describe('referral between providers', () => {
  it('offers the other provider’s offices and services, from an appointment that took place', () => {
    const options = referralOptions(db, staffActor(db, 'c1'), held, now, 'de');
    expect(options).toMatchObject({ fromProvider: 'bbie', toProvider: 'bbe' });
    expect(options.offices.map((o) => o.id)).toEqual(['office-b']);
    expect(options.services.map((s) => s.id)).toEqual(['svc-b']);
    const upcoming = insertAppointment(db, { startsAt: '2026-12-02T08:00:00.000Z' });
    expect(() => referralOptions(db, staffActor(db, 'c1'), upcoming, now, 'de')).toThrow(
      expect.objectContaining({ reason: 'referral_not_possible' }),
    );
  });

  it('is for the booking’s counsellor and their lead, not for colleagues', () => {
    expect(() => referralOptions(db, staffActor(db, 'c2'), held, now, 'de')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(referralOptions(db, staffActor(db, 'l1'), held, now, 'de').toProvider).toBe('bbe');
  });

  it('books the other provider for the same client and records the referral', () => {
    const deps = fixtureDeps(db, now);
    const [slot] = listReferralSlots(deps, staffActor(db, 'c1'), held, {
      officeId: 'office-b',
      serviceId: 'svc-b',
      channel: 'presence',
    });
    const created = createReferral(deps, staffActor(db, 'c1'), held, request(slot!.start));
    const booking = db.select().from(bookings).where(eq(bookings.id, created.id)).get()!;
    expect(booking).toMatchObject({ officeId: 'office-b', counsellorId: 'c3', needs: null });
    const client = db.select().from(clients).where(eq(clients.id, booking.clientId)).get()!;
    expect(client.email).toBe('ref@example.org');
    expect(db.select().from(referrals).all()).toMatchObject([
      {
        fromBookingId: held,
        toBookingId: created.id,
        fromStaffId: 'c1',
        fromProviderId: 'bbie',
        toProviderId: 'bbe',
        note: 'Möchte sich beruflich neu orientieren.',
        consentAt: now.toISOString(),
      },
    ]);
    const types = (id: string) =>
      db
        .select({ type: bookingEvents.type })
        .from(bookingEvents)
        .where(eq(bookingEvents.bookingId, id))
        .all()
        .map((e) => e.type);
    expect(types(created.id)).toEqual(['created', 'booked_by_staff']);
    expect(types(held)).toContain('referred');
    const queued = db.select({ kind: jobs.kind }).from(jobs).where(eq(jobs.bookingId, created.id));
    expect(queued.all().map((j) => j.kind)).toContain('booking_confirmation');
  });

  it('refuses an office of the own provider', () => {
    expect(() =>
      createReferral(fixtureDeps(db, now), staffActor(db, 'c1'), held, {
        ...request('2026-12-01T10:00:00+01:00'),
        officeId: 'office-a',
        serviceId: 'svc-a',
      }),
    ).toThrow(expect.objectContaining({ reason: 'office_not_found' }));
    expect(db.select().from(referrals).all()).toEqual([]);
  });

  it('requires the client’s consent and a short note', () => {
    const base = { ...request('2026-12-01T10:00:00+01:00'), consent: undefined };
    expect(referralFormSchema.safeParse(base).success).toBe(false);
    expect(
      referralFormSchema.safeParse({ ...base, consent: 'on', referralNote: 'x'.repeat(501) })
        .success,
    ).toBe(false);
    expect(referralFormSchema.safeParse({ ...base, consent: 'on' }).success).toBe(true);
  });
});
