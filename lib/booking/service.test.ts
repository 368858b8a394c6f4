import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookingEvents, bookings } from '@/db/schema/booking';
import type { CreateBookingRequest } from './schemas';
import { createBookingSchema } from './schemas';
import { createBooking } from './service-create';
import { holdSlot } from './service-hold';
import {
  cancelBooking,
  changeBookingChannel,
  getBooking,
  rescheduleBooking,
} from './service-manage';
import { listSlots } from './service-slots';
import { byLink, createFixtureDatabase, fixtureDeps, fixtureNow } from './test-fixture';

let db: Database;
beforeEach(() => {
  db = createFixtureDatabase();
});

const deps = (now = fixtureNow) => fixtureDeps(db, now);
const query = { serviceId: 'svc-a', channel: 'presence' as const, officeId: 'office-a' };

function request(
  start: string,
  overrides: Partial<CreateBookingRequest> = {},
  email = 'anna@example.org',
) {
  return createBookingSchema.parse({
    ...query,
    start,
    client: { name: 'Anna Beispiel', email },
    privacyConsent: true,
    ...overrides,
  });
}

describe('listSlots', () => {
  it('offers presence slots in local time from the next day (12 h notice)', () => {
    const { slots } = listSlots(deps(), { ...query, to: '2026-12-01' });
    expect(slots[0]).toEqual({
      start: '2026-12-01T08:00:00+01:00',
      end: '2026-12-01T09:00:00+01:00',
      officeId: 'office-a',
    });
    expect(slots.every((s) => s.start.startsWith('2026-12-01'))).toBe(true);
  });

  it('filters by counsellor language', () => {
    const turkish = listSlots(deps(), { ...query, to: '2026-12-01', language: 'tr' }).slots;
    const ukrainian = listSlots(deps(), { ...query, to: '2026-12-01', language: 'uk' }).slots;
    expect(turkish.length).toBeGreaterThan(0);
    expect(ukrainian).toEqual([]);
  });

  it('rejects a service that the office does not offer on the channel', () => {
    expect(() => listSlots(deps(), { ...query, serviceId: 'svc-b' })).toThrow(
      expect.objectContaining({ reason: 'service_not_offered' }),
    );
  });
});

describe('holdSlot', () => {
  it('hides a held slot from others until it expires', () => {
    const start = '2026-12-01T08:00:00+01:00';
    const forC1 = { ...query, to: '2026-12-01', counsellorId: 'c1' };
    holdSlot(deps(), { ...query, start, counsellorId: 'c1' });
    expect(listSlots(deps(), forC1).slots.map((s) => s.start)).not.toContain(start);
    const later = new Date(fixtureNow.getTime() + 11 * 60_000);
    expect(listSlots(deps(later), forC1).slots.map((s) => s.start)).toContain(start);
  });

  it('answers 409 with alternatives when nobody is free', () => {
    const start = '2026-12-01T08:00:00+01:00';
    holdSlot(deps(), { ...query, start });
    holdSlot(deps(), { ...query, start });
    expect(() => holdSlot(deps(), { ...query, start })).toThrow(
      expect.objectContaining({
        reason: 'slot_taken',
        extra: {
          alternatives: expect.arrayContaining([expect.objectContaining({ officeId: 'office-a' })]),
        },
      }),
    );
  });
});

describe('createBooking', () => {
  it('books through a hold with the held counsellor and writes an event', () => {
    const hold = holdSlot(deps(), {
      ...query,
      start: '2026-12-01T08:00:00+01:00',
      counsellorId: 'c2',
    });
    const booked = createBooking(deps(), request(hold.start, { holdToken: hold.holdToken }));
    expect(booked).toMatchObject({
      status: 'confirmed',
      start: '2026-12-01T08:00:00+01:00',
      end: '2026-12-01T09:00:00+01:00',
    });
    expect(booked.manageUrl).toBe(
      `http://localhost:3000/de/termin/${booked.id}?token=${booked.manageToken}`,
    );
    const row = db.select().from(bookings).where(eq(bookings.id, booked.id)).get();
    expect(row?.counsellorId).toBe('c2');
    expect(row?.manageTokenHash).not.toContain(booked.manageToken);
    expect(
      db
        .select()
        .from(bookingEvents)
        .where(eq(bookingEvents.bookingId, booked.id))
        .all()
        .map((e) => e.type),
    ).toEqual(['created']);
  });

  it('never double-books: a third booking of a slot with two counsellors gets 409', () => {
    const start = '2026-12-01T10:00:00+01:00';
    createBooking(deps(), request(start, {}, 'a@example.org'));
    createBooking(deps(), request(start, {}, 'b@example.org'));
    expect(() => createBooking(deps(), request(start, {}, 'c@example.org'))).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'slot_taken' }),
    );
    expect(db.select().from(bookings).all()).toHaveLength(2);
  });

  it('balances load: the counsellor with fewer appointments that week gets the booking', () => {
    const first = createBooking(
      deps(),
      request('2026-12-01T08:00:00+01:00', { counsellorId: 'c1' }, 'a@example.org'),
    );
    const second = createBooking(deps(), request('2026-12-02T08:00:00+01:00', {}, 'b@example.org'));
    const counsellorOf = (id: string) =>
      db.select().from(bookings).where(eq(bookings.id, id)).get()?.counsellorId;
    expect(counsellorOf(first.id)).toBe('c1');
    expect(counsellorOf(second.id)).toBe('c2');
  });

  it('returns the same booking for a retried idempotency key and refuses the key for other input', () => {
    const first = createBooking(deps(), request('2026-12-01T08:00:00+01:00'), 'key-12345678');
    const retry = createBooking(deps(), request('2026-12-01T08:00:00+01:00'), 'key-12345678');
    expect(retry).toEqual(first);
    expect(db.select().from(bookings).all()).toHaveLength(1);
    expect(() =>
      createBooking(deps(), request('2026-12-01T10:00:00+01:00'), 'key-12345678'),
    ).toThrow(expect.objectContaining({ reason: 'idempotency_key_reused' }));
  });

  it('limits active future bookings per email address', () => {
    createBooking(deps(), request('2026-12-01T08:00:00+01:00'));
    createBooking(deps(), request('2026-12-02T08:00:00+01:00'));
    expect(() => createBooking(deps(), request('2026-12-03T08:00:00+01:00'))).toThrow(
      expect.objectContaining({ reason: 'active_booking_limit' }),
    );
  });

  it("warns and then blocks at BBE's 9-hour budget", () => {
    db.$client
      .prepare("update offices set max_active_bookings_per_email = 100 where id = 'office-b'")
      .run();
    const bbe = { serviceId: 'svc-b', channel: 'presence' as const, officeId: 'office-b' };
    const starts = ['01', '02', '03', '04', '07', '08'].map((d) => `2026-12-${d}T08:00:00+01:00`);
    const results = starts.map((start) => createBooking(deps(), request(start, bbe)));
    expect(results.at(-1)?.warnings).toEqual(['budget_low']);
    expect(() => createBooking(deps(), request('2026-12-09T08:00:00+01:00', bbe))).toThrow(
      expect.objectContaining({ reason: 'budget_exhausted' }),
    );
  });

  it('requires a meeting point for walk and talk', () => {
    expect(() =>
      createBooking(
        deps(),
        request('2026-12-01T08:00:00+01:00', {
          channel: 'walk_and_talk',
          meetingPointId: 'mp-unknown',
        }),
      ),
    ).toThrow(expect.objectContaining({ reason: 'meeting_point_invalid' }));
  });
});

describe('managing a booking', () => {
  it('answers not found for a wrong token, like for a missing booking', () => {
    const booked = createBooking(deps(), request('2026-12-01T08:00:00+01:00'));
    expect(() => getBooking(deps(), booked.id, byLink('wrong-token'))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => getBooking(deps(), 'missing', byLink(booked.manageToken))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('reschedules keeping the counsellor, up to the limit', () => {
    const booked = createBooking(
      deps(),
      request('2026-12-01T08:00:00+01:00', { counsellorId: 'c1' }),
    );
    const moved = rescheduleBooking(deps(), booked.id, byLink(booked.manageToken), {
      start: '2026-12-02T09:00:00+01:00',
    });
    expect(moved).toMatchObject({
      start: '2026-12-02T09:00:00+01:00',
      counsellorChanged: false,
      rescheduleCount: 1,
    });
    rescheduleBooking(deps(), booked.id, byLink(booked.manageToken), {
      start: '2026-12-03T09:00:00+01:00',
    });
    rescheduleBooking(deps(), booked.id, byLink(booked.manageToken), {
      start: '2026-12-04T09:00:00+01:00',
    });
    expect(() =>
      rescheduleBooking(deps(), booked.id, byLink(booked.manageToken), {
        start: '2026-12-07T09:00:00+01:00',
      }),
    ).toThrow(expect.objectContaining({ reason: 'reschedule_limit' }));
  });

  it('says when rescheduling had to change the counsellor', () => {
    const mine = createBooking(
      deps(),
      request('2026-12-01T08:00:00+01:00', { counsellorId: 'c1' }, 'a@example.org'),
    );
    createBooking(
      deps(),
      request('2026-12-02T08:00:00+01:00', { counsellorId: 'c1' }, 'b@example.org'),
    );
    const moved = rescheduleBooking(deps(), mine.id, byLink(mine.manageToken), {
      start: '2026-12-02T08:00:00+01:00',
    });
    expect(moved.counsellorChanged).toBe(true);
  });

  it('changes presence to walk and talk at the same time, and refuses video in the morning', () => {
    const booked = createBooking(deps(), request('2026-12-01T08:00:00+01:00'));
    const changed = changeBookingChannel(deps(), booked.id, byLink(booked.manageToken), {
      channel: 'walk_and_talk',
      meetingPointId: 'mp-a',
    });
    expect(changed).toMatchObject({ channel: 'walk_and_talk', meetingPoint: { id: 'mp-a' } });
    expect(() =>
      changeBookingChannel(deps(), booked.id, byLink(booked.manageToken), { channel: 'video' }),
    ).toThrow(expect.objectContaining({ reason: 'channel_unavailable_at_time' }));
  });

  it('cancels, frees the slot at once, and refuses changes within two hours of the start', () => {
    const start = '2026-12-01T08:00:00+01:00';
    const booked = createBooking(deps(), request(start, { counsellorId: 'c1' }));
    const forC1 = { ...query, to: '2026-12-01', counsellorId: 'c1' };
    expect(listSlots(deps(), forC1).slots.map((s) => s.start)).not.toContain(start);
    const late = new Date('2026-12-01T06:30:00.000Z');
    expect(() => cancelBooking(deps(late), booked.id, byLink(booked.manageToken), {})).toThrow(
      expect.objectContaining({ reason: 'change_window_closed' }),
    );
    expect(
      cancelBooking(deps(), booked.id, byLink(booked.manageToken), { reason: 'ill' }).status,
    ).toBe('cancelled');
    expect(listSlots(deps(), forC1).slots.map((s) => s.start)).toContain(start);
  });

  it('lets the counsellor cancel inside the window the client may no longer change in', () => {
    const start = '2026-12-01T08:00:00+01:00';
    const booked = createBooking(deps(), request(start, { counsellorId: 'c1' }));
    const late = new Date('2026-12-01T06:30:00.000Z');
    const counsellor = {
      kind: 'staff' as const,
      staffId: 'c1',
      name: 'C1',
      role: 'counsellor' as const,
      isActive: true,
      teamIds: [],
      leadsTeamIds: [],
    };
    expect(cancelBooking(deps(late), booked.id, counsellor, { reason: 'ill' }).status).toBe(
      'cancelled',
    );
    expect(() => cancelBooking(deps(late), booked.id, counsellor, {})).toThrow(
      expect.objectContaining({ reason: 'booking_not_active' }),
    );
  });
});

describe('holds of one visitor', () => {
  it('shows the own held time, and a new hold replaces the previous one', () => {
    const forC1 = { ...query, to: '2026-12-01', counsellorId: 'c1' };
    const first = holdSlot(deps(), {
      ...query,
      start: '2026-12-01T08:00:00+01:00',
      counsellorId: 'c1',
    });
    const own = listSlots(deps(), forC1, { ownHoldToken: first.holdToken }).slots.map(
      (s) => s.start,
    );
    expect(own).toContain('2026-12-01T08:00:00+01:00');
    holdSlot(
      deps(),
      { ...query, start: '2026-12-01T10:00:00+01:00', counsellorId: 'c1' },
      { replacesHoldToken: first.holdToken },
    );
    const others = listSlots(deps(), forC1).slots.map((s) => s.start);
    expect(others).toContain('2026-12-01T08:00:00+01:00');
    expect(others).not.toContain('2026-12-01T10:00:00+01:00');
  });
});

describe('the database as the last line of defence', () => {
  it('turns an overlap the check could not see into 409 with alternatives', () => {
    // A 14-hour block starts earlier than the engine's 8-hour look-back, so only the
    // overlap trigger can catch it.
    const blocker = createBooking(
      deps(),
      request('2026-12-01T11:00:00+01:00', { counsellorId: 'c1' }, 'x@example.org'),
    );
    db.$client
      .prepare('update bookings set starts_at = ?, ends_at = ? where id = ?')
      .run('2026-11-30T20:00:00.000Z', '2026-12-01T10:00:00.000Z', blocker.id);
    const attempt = () =>
      createBooking(deps(), request('2026-12-01T08:00:00+01:00', { counsellorId: 'c1' }));
    expect(attempt).toThrow(
      expect.objectContaining({
        reason: 'slot_taken',
        extra: {
          alternatives: expect.arrayContaining([expect.objectContaining({ officeId: 'office-a' })]),
        },
      }),
    );
    expect(db.select().from(bookings).all()).toHaveLength(1);
  });
});

describe('changes that change nothing', () => {
  it('moving to the same time uses up no reschedule', () => {
    const booked = createBooking(deps(), request('2026-12-01T08:00:00+01:00'));
    const same = rescheduleBooking(deps(), booked.id, byLink(booked.manageToken), {
      start: booked.start,
    });
    expect(same).toMatchObject({
      start: booked.start,
      rescheduleCount: 0,
      counsellorChanged: false,
    });
  });

  it('changes the meeting point of a walk and talk appointment', () => {
    const walk = { channel: 'walk_and_talk' as const, meetingPointId: 'mp-a' };
    const booked = createBooking(deps(), request('2026-12-01T08:00:00+01:00', walk));
    const moved = changeBookingChannel(deps(), booked.id, byLink(booked.manageToken), {
      ...walk,
      meetingPointId: 'mp-b',
    });
    expect(moved).toMatchObject({ channel: 'walk_and_talk', meetingPoint: { id: 'mp-b' } });
  });
});
