import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookings, slotHolds } from '@/db/schema/booking';
import { jobs } from '@/db/schema/notify';
import { waitlistEntries, waitlistOffers } from '@/db/schema/waitlist';
import { createBookingSchema } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import { cancelBooking, rescheduleBooking } from '@/lib/booking/service-manage';
import {
  byLink,
  createFixtureDatabase,
  fixtureDeps,
  fixtureNotifySettings,
  fixtureNow,
} from '@/lib/booking/test-fixture';
import { openToken } from '@/lib/notify/seal';
import { lapseExpiredOffers } from './offers';
import { joinWaitlistSchema, type JoinWaitlistRequest } from './schemas';
import { acceptOffer, findOffer, joinWaitlist, leaveWaitlist } from './service';

let db: Database;
beforeEach(() => {
  db = createFixtureDatabase();
});

const minutes = (n: number) => new Date(fixtureNow.getTime() + n * 60_000);
const deps = (now = fixtureNow) => fixtureDeps(db, now);
const search = { serviceId: 'svc-a', channel: 'presence' as const, officeId: 'office-a' };
/** Tuesday 1 December, 08:00 Berlin: the first bookable presence time. */
const start = '2026-12-01T08:00:00+01:00';

function join(email: string, at: number, window: Partial<JoinWaitlistRequest> = {}) {
  return joinWaitlist(
    deps(minutes(at)),
    joinWaitlistSchema.parse({
      ...search,
      client: { name: `Client ${email}`, email },
      privacyConsent: true,
      ...window,
    }),
  );
}

function book(email = 'booked@example.org') {
  return createBooking(
    deps(),
    createBookingSchema.parse({
      ...search,
      start,
      client: { name: 'Booked Client', email },
      privacyConsent: true,
    }),
  );
}

const openOffers = () =>
  db.select().from(waitlistOffers).where(eq(waitlistOffers.status, 'open')).all();
const entryOf = (id: string) =>
  db.select().from(waitlistEntries).where(eq(waitlistEntries.id, id)).get()!;
const tokenOf = (offer: { sealedHoldToken: string }) =>
  openToken(fixtureNotifySettings.secret, offer.sealedHoldToken)!;

describe('waitlist offers', () => {
  it('offers a cancelled time to the first matching entry, holding it and queuing the mail', () => {
    join('other-day@example.org', 1, { earliestDate: '2026-12-02' });
    join('afternoon@example.org', 2, { partOfDay: 'afternoon' });
    const first = join('first@example.org', 3, { weekdays: [2] });
    join('second@example.org', 4);
    const booked = book();
    cancelBooking(deps(minutes(10)), booked.id, byLink(booked.manageToken), {});

    const offers = openOffers();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ entryId: first.id, startsAt: '2026-12-01T07:00:00.000Z' });
    expect(offers[0]!.expiresAt).toBe(minutes(40).toISOString());
    const hold = db.select().from(slotHolds).where(eq(slotHolds.id, offers[0]!.holdId)).get();
    expect(hold).toMatchObject({ startsAt: offers[0]!.startsAt, expiresAt: offers[0]!.expiresAt });
    const job = db.select().from(jobs).where(eq(jobs.kind, 'waitlist_offer')).get();
    expect(job?.payload).toEqual({ offerId: offers[0]!.id });
  });

  it('makes no offer when nobody waits for a matching time', () => {
    join('later@example.org', 1, { earliestDate: '2026-12-05' });
    const booked = book();
    cancelBooking(deps(), booked.id, byLink(booked.manageToken), {});
    expect(openOffers()).toHaveLength(0);
    expect(db.select().from(jobs).where(eq(jobs.kind, 'waitlist_offer')).all()).toHaveLength(0);
  });

  it('offers the old time of a rescheduled booking', () => {
    const waiting = join('waiting@example.org', 1, {
      latestDate: '2026-12-01',
      partOfDay: 'morning',
    });
    const booked = book();
    rescheduleBooking(deps(), booked.id, byLink(booked.manageToken), {
      start: '2026-12-02T10:00:00+01:00',
    });
    expect(openOffers().map((o) => [o.entryId, o.startsAt])).toEqual([
      [waiting.id, '2026-12-01T07:00:00.000Z'],
    ]);
  });

  it('passes a lapsed offer to the next entry; the first stays on the list', () => {
    const first = join('first@example.org', 1);
    const second = join('second@example.org', 2);
    const booked = book();
    cancelBooking(deps(), booked.id, byLink(booked.manageToken), {});
    expect(lapseExpiredOffers(db, fixtureNotifySettings, minutes(29))).toBe(0);
    expect(lapseExpiredOffers(db, fixtureNotifySettings, minutes(30))).toBe(1);

    const offers = db.select().from(waitlistOffers).all();
    expect(offers.map((o) => [o.entryId, o.status])).toEqual([
      [first.id, 'lapsed'],
      [second.id, 'open'],
    ]);
    expect(entryOf(first.id).status).toBe('waiting');
    // Nobody else is left: the second offer lapses without a third.
    lapseExpiredOffers(db, fixtureNotifySettings, minutes(60));
    expect(openOffers()).toHaveLength(0);
  });

  it('books the held time through the offer, once', () => {
    const entry = join('client@example.org', 1);
    const booked = book();
    cancelBooking(deps(), booked.id, byLink(booked.manageToken), {});
    const offer = openOffers()[0]!;
    const token = tokenOf(offer);
    expect(
      findOffer(db, fixtureNotifySettings.secret, offer.id, 'wrong-token-wrong-token', fixtureNow),
    ).toBeUndefined();

    const created = acceptOffer(deps(minutes(5)), offer.id, token);
    const row = db.select().from(bookings).where(eq(bookings.id, created.id)).get();
    expect(row).toMatchObject({
      startsAt: offer.startsAt,
      status: 'confirmed',
      counsellorId: offer.counsellorId,
    });
    expect(entryOf(entry.id).status).toBe('booked');
    expect(db.select().from(slotHolds).all()).toHaveLength(0);
    expect(() => acceptOffer(deps(minutes(6)), offer.id, token)).toThrow(
      expect.objectContaining({ reason: 'offer_expired' }),
    );
  });

  it('refuses an expired offer', () => {
    join('client@example.org', 1);
    const booked = book();
    cancelBooking(deps(), booked.id, byLink(booked.manageToken), {});
    const offer = openOffers()[0]!;
    expect(() => acceptOffer(deps(minutes(31)), offer.id, tokenOf(offer))).toThrow(
      expect.objectContaining({ reason: 'offer_expired' }),
    );
  });

  it('leaving ends the entry and passes its open offer on', () => {
    const first = join('first@example.org', 1);
    const second = join('second@example.org', 2);
    const booked = book();
    cancelBooking(deps(), booked.id, byLink(booked.manageToken), {});
    expect(() => leaveWaitlist(deps(), first.id, 'not-the-token-not-the-token')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    leaveWaitlist(deps(minutes(5)), first.id, first.leaveToken);
    expect(entryOf(first.id).status).toBe('left');
    expect(openOffers().map((o) => o.entryId)).toEqual([second.id]);
    expect(db.select().from(slotHolds).all()).toHaveLength(1);
  });
});
