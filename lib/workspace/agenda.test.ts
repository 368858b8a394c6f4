import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { availabilityRules } from '@/db/schema/staff';
import { loadAgenda } from './agenda';
import { createWorkspaceDatabase, fixtureNow, insertAppointment } from './test-fixture';

// fixtureNow: Monday 2026-11-30, 08:00 in Berlin (07:00 UTC).
describe('loadAgenda', () => {
  it('splits the appointments into next, today, the week and those awaiting an outcome', () => {
    const db = createWorkspaceDatabase();
    const id = (startsAt: string, more: Parameters<typeof insertAppointment>[1] | object = {}) =>
      insertAppointment(db, { startsAt, ...more });
    const friday = id('2026-11-27T09:00:00.000Z');
    const earlyToday = id('2026-11-30T06:00:00.000Z', { minutes: 45 });
    const nextVideo = id('2026-11-30T08:00:00.000Z', { channel: 'video' });
    const afternoonCall = id('2026-11-30T12:00:00.000Z', { channel: 'phone' });
    id('2026-11-30T14:00:00.000Z', { status: 'cancelled' });
    id('2026-11-30T10:00:00.000Z', { counsellorId: 'c2' });
    const tuesday = id('2026-12-01T09:00:00.000Z', { channel: 'walk_and_talk' });
    const nextMonday = id('2026-12-07T09:00:00.000Z');
    id('2026-12-08T09:00:00.000Z');

    const agenda = loadAgenda(db, 'c1', fixtureNow, 'de');

    expect(agenda.today).toBe('2026-11-30');
    expect(agenda.next?.id).toBe(nextVideo);
    expect(agenda.next?.presence).toBe('never_joined');
    expect(agenda.todayItems.map((i) => i.id)).toEqual([earlyToday, afternoonCall]);
    expect(agenda.todayItems[0]).toMatchObject({ phase: 'past', needsOutcome: true });
    expect(agenda.week).toHaveLength(7);
    expect(agenda.week[0]).toMatchObject({ date: '2026-12-01' });
    expect(agenda.week[0]?.items.map((i) => i.id)).toEqual([tuesday]);
    expect(agenda.week[0]?.items[0]?.meetingPointName).toBe('Park');
    expect(agenda.week[6]).toMatchObject({ date: '2026-12-07' });
    expect(agenda.week[6]?.items.map((i) => i.id)).toEqual([nextMonday]);
    expect(agenda.week.slice(1, 6).every((d) => d.items.length === 0)).toBe(true);
    expect(agenda.awaitingOutcome.map((i) => i.id)).toEqual([friday]);
  });

  it('shows recorded outcomes, calls started and the no-show proposal', () => {
    const db = createWorkspaceDatabase();
    const held = insertAppointment(db, {
      startsAt: '2026-11-26T09:00:00.000Z',
      status: 'completed',
    });
    const notReached = insertAppointment(db, {
      startsAt: '2026-11-27T09:00:00.000Z',
      channel: 'phone',
      status: 'no_show',
      events: [
        { type: 'phone_call_started', occurredAt: '2026-11-27T09:01:00.000Z' },
        { type: 'no_show', data: { outcome: 'not_reached' } },
      ],
    });
    const missedVideo = insertAppointment(db, {
      startsAt: '2026-11-27T12:00:00.000Z',
      channel: 'video',
    });
    const agenda = loadAgenda(db, 'c1', fixtureNow, 'de');
    expect(agenda.awaitingOutcome.map((i) => i.id)).toEqual([missedVideo]);
    expect(agenda.awaitingOutcome[0]?.isNoShowProposed).toBe(true);
    // Past days with an outcome are not listed again; their outcome is read from the events.
    const later = loadAgenda(db, 'c1', new Date('2026-11-26T12:00:00.000Z'), 'de');
    expect(later.todayItems.find((i) => i.id === held)?.outcome).toBe('held');
    const friday = loadAgenda(db, 'c1', new Date('2026-11-27T15:00:00.000Z'), 'de');
    expect(friday.todayItems.find((i) => i.id === notReached)).toMatchObject({
      outcome: 'not_reached',
      callStartedAt: '2026-11-27T09:01:00.000Z',
    });
  });

  it('has a clear empty state: no next appointment, seven empty days', () => {
    const agenda = loadAgenda(createWorkspaceDatabase(), 'c1', fixtureNow, 'de');
    expect(agenda.next).toBeNull();
    expect(agenda.todayItems).toEqual([]);
    expect(agenda.week.map((d) => d.items.length)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('shows the room of the block an in-person appointment lies in', () => {
    const db = createWorkspaceDatabase();
    // c1's Tuesday morning block (08–12, presence and walk and talk) is in room 2.14.
    db.update(availabilityRules)
      .set({ room: 'Raum 2.14' })
      .where(eq(availabilityRules.id, 'c1-am-2'))
      .run();
    const inRoom = insertAppointment(db, { startsAt: '2026-12-01T08:00:00.000Z' });
    const walk = insertAppointment(db, {
      startsAt: '2026-12-01T10:00:00.000Z',
      channel: 'walk_and_talk',
    });
    const noRoom = insertAppointment(db, { startsAt: '2026-12-02T08:00:00.000Z' });
    const agenda = loadAgenda(db, 'c1', fixtureNow, 'de');
    const items = [agenda.next!, ...agenda.week.flatMap((d) => d.items)];
    const rooms = Object.fromEntries(items.map((i) => [i.id, i.room]));
    expect(rooms).toEqual({ [inRoom]: 'Raum 2.14', [walk]: null, [noRoom]: null });
  });
});
