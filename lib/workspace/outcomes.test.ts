import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookingEvents, bookings } from '@/db/schema/booking';
import { recordCallStarted, recordOutcome } from './outcomes';
import {
  createWorkspaceDatabase,
  fixtureNow,
  insertAppointment,
  staffActor,
  workspaceDeps,
} from './test-fixture';

let db: Database;
beforeEach(() => {
  db = createWorkspaceDatabase();
});

const minutes = (n: number) => new Date(fixtureNow.getTime() + n * 60_000).toISOString();
const statusOf = (id: string) =>
  db.select({ status: bookings.status }).from(bookings).where(eq(bookings.id, id)).get()?.status;
const eventsOf = (id: string) =>
  db
    .select({ type: bookingEvents.type, actorId: bookingEvents.actorId, data: bookingEvents.data })
    .from(bookingEvents)
    .where(eq(bookingEvents.bookingId, id))
    .all();

describe('recordOutcome', () => {
  it('records "held" once the appointment has begun, with the counsellor as actor', () => {
    const id = insertAppointment(db, { startsAt: minutes(-30) });
    expect(recordOutcome(workspaceDeps(db), staffActor(db, 'c1'), id, { outcome: 'held' })).toEqual(
      {
        changed: true,
      },
    );
    expect(statusOf(id)).toBe('completed');
    expect(eventsOf(id)).toEqual([{ type: 'completed', actorId: 'c1', data: { outcome: 'held' } }]);
  });

  it('refuses an outcome before the start', () => {
    const id = insertAppointment(db, { startsAt: minutes(30) });
    expect(() =>
      recordOutcome(workspaceDeps(db), staffActor(db, 'c1'), id, { outcome: 'held' }),
    ).toThrow(expect.objectContaining({ reason: 'outcome_too_early' }));
    expect(statusOf(id)).toBe('confirmed');
  });

  it('"not reached" is for calls only, and is stored as a no-show with its kind', () => {
    const presence = insertAppointment(db, { startsAt: minutes(-180) });
    const call = insertAppointment(db, { startsAt: minutes(-90), channel: 'phone' });
    const actor = staffActor(db, 'c1');
    expect(() =>
      recordOutcome(workspaceDeps(db), actor, presence, { outcome: 'not_reached' }),
    ).toThrow(expect.objectContaining({ reason: 'outcome_not_for_channel' }));
    recordOutcome(workspaceDeps(db), actor, call, { outcome: 'not_reached' });
    expect(statusOf(call)).toBe('no_show');
    expect(eventsOf(call).at(-1)?.data).toEqual({ outcome: 'not_reached' });
  });

  it('a video appointment that fell back to the phone can be "not reached"', () => {
    const id = insertAppointment(db, {
      startsAt: minutes(-60),
      channel: 'video',
      events: [{ type: 'video_fallback_to_phone', data: { from: 'video', to: 'phone' } }],
    });
    recordOutcome(workspaceDeps(db), staffActor(db, 'c1'), id, { outcome: 'not_reached' });
    expect(statusOf(id)).toBe('no_show');
  });

  it('corrects an earlier outcome with a new event, and ignores a repeat', () => {
    const id = insertAppointment(db, { startsAt: minutes(-90) });
    const actor = staffActor(db, 'c1');
    recordOutcome(workspaceDeps(db), actor, id, { outcome: 'held' });
    expect(recordOutcome(workspaceDeps(db), actor, id, { outcome: 'held' }).changed).toBe(false);
    recordOutcome(workspaceDeps(db), actor, id, { outcome: 'no_show' });
    expect(statusOf(id)).toBe('no_show');
    expect(eventsOf(id).map((e) => e.data)).toEqual([
      { outcome: 'held' },
      { outcome: 'no_show', correctedFrom: 'held' },
    ]);
  });

  it('refuses a cancelled booking', () => {
    const id = insertAppointment(db, { startsAt: minutes(-90), status: 'cancelled' });
    expect(() =>
      recordOutcome(workspaceDeps(db), staffActor(db, 'c1'), id, { outcome: 'held' }),
    ).toThrow(expect.objectContaining({ reason: 'booking_not_active' }));
  });

  it('only the own counsellor records outcomes: a colleague does not even see the booking', () => {
    const id = insertAppointment(db, { startsAt: minutes(-90) });
    expect(() =>
      recordOutcome(workspaceDeps(db), staffActor(db, 'c2'), id, { outcome: 'held' }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() =>
      recordOutcome(workspaceDeps(db), staffActor(db, 'l1'), id, { outcome: 'held' }),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('confirming the no-show proposal of a video appointment', () => {
  it('is possible once the room closed without the client', () => {
    // 09:00–09:45 on the fixture Monday; the room closes 30 minutes after the end.
    const id = insertAppointment(db, {
      startsAt: '2026-11-30T08:00:00.000Z',
      minutes: 45,
      channel: 'video',
    });
    const actor = staffActor(db, 'c1');
    const during = workspaceDeps(db, new Date('2026-11-30T08:50:00.000Z'));
    expect(() =>
      recordOutcome(during, actor, id, { outcome: 'no_show', fromVideoPresence: true }),
    ).toThrow(expect.objectContaining({ reason: 'no_show_not_proposed' }));
    const after = workspaceDeps(db, new Date('2026-11-30T09:20:00.000Z'));
    recordOutcome(after, actor, id, { outcome: 'no_show', fromVideoPresence: true });
    expect(statusOf(id)).toBe('no_show');
    expect(eventsOf(id).at(-1)?.data).toEqual({ outcome: 'no_show', basis: 'video_presence' });
  });

  it('is refused when the client was in the room', () => {
    const id = insertAppointment(db, {
      startsAt: '2026-11-30T08:00:00.000Z',
      channel: 'video',
      events: [{ type: 'video_client_joined' }],
    });
    const after = workspaceDeps(db, new Date('2026-11-30T10:00:00.000Z'));
    expect(() =>
      recordOutcome(after, staffActor(db, 'c1'), id, {
        outcome: 'no_show',
        fromVideoPresence: true,
      }),
    ).toThrow(expect.objectContaining({ reason: 'no_show_not_proposed' }));
  });
});

describe('recordCallStarted', () => {
  it('records the start of a phone call from 15 minutes before the appointment', () => {
    const id = insertAppointment(db, { startsAt: minutes(10), channel: 'phone' });
    recordCallStarted(workspaceDeps(db), staffActor(db, 'c1'), id);
    expect(eventsOf(id)).toEqual([{ type: 'phone_call_started', actorId: 'c1', data: {} }]);
  });

  it('refuses calls that are not due, and appointments that are not calls', () => {
    const early = insertAppointment(db, { startsAt: minutes(120), channel: 'phone' });
    const presence = insertAppointment(db, { startsAt: minutes(5) });
    const actor = staffActor(db, 'c1');
    for (const id of [early, presence]) {
      expect(() => recordCallStarted(workspaceDeps(db), actor, id)).toThrow(
        expect.objectContaining({ reason: 'call_not_possible' }),
      );
    }
  });
});
