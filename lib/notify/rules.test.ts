import { describe, expect, it } from 'vitest';
import {
  changedAspects,
  isReminderStale,
  planReminders,
  retryDelayMs,
  shortNoticeStaff,
} from './rules';

const start = '2026-12-03T09:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('planReminders', () => {
  it('plans 24 h and 1 h before when both are ahead', () => {
    const planned = planReminders(start, [1440, 60], at('2026-11-30T07:00:00Z'));
    expect(planned.map((r) => [r.minutesBefore, r.runAt.toISOString()])).toEqual([
      [1440, '2026-12-02T09:00:00.000Z'],
      [60, '2026-12-03T08:00:00.000Z'],
    ]);
  });

  it('skips reminders whose time has passed, and all for a past appointment', () => {
    expect(
      planReminders(start, [1440, 60], at('2026-12-02T10:00:00Z')).map((r) => r.minutesBefore),
    ).toEqual([60]);
    expect(planReminders(start, [1440, 60], at('2026-12-03T08:00:00Z'))).toEqual([]);
    expect(planReminders(start, [], at('2026-11-30T07:00:00Z'))).toEqual([]);
  });
});

describe('isReminderStale', () => {
  it('sends a slightly late reminder but not one more than half its lead time late', () => {
    expect(isReminderStale(start, 1440, at('2026-12-02T09:00:00Z'))).toBe(false);
    expect(isReminderStale(start, 1440, at('2026-12-02T20:59:00Z'))).toBe(false);
    expect(isReminderStale(start, 1440, at('2026-12-02T21:01:00Z'))).toBe(true);
    expect(isReminderStale(start, 60, at('2026-12-03T08:29:00Z'))).toBe(false);
    expect(isReminderStale(start, 60, at('2026-12-03T08:31:00Z'))).toBe(true);
  });

  it('never reminds once the appointment has begun', () => {
    expect(isReminderStale(start, 60 * 24 * 30, at(start))).toBe(true);
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base and stops at six hours', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 30))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(retryDelayMs(20, 30)).toBe(6 * 3_600_000);
    expect(retryDelayMs(1000, 30)).toBe(6 * 3_600_000);
  });
});

describe('shortNoticeStaff', () => {
  const now = at('2026-12-02T12:00:00Z');
  const soon = '2026-12-03T09:00:00.000Z';
  const later = '2026-12-10T09:00:00.000Z';

  it('tells the counsellor of a cancellation within 24 hours', () => {
    expect(
      shortNoticeStaff({
        before: { startsAt: soon, counsellorId: 'c1' },
        after: null,
        actorStaffId: null,
        now,
        hours: 24,
      }),
    ).toEqual(['c1']);
  });

  it('says nothing of a change far ahead, or to the person who made it', () => {
    expect(
      shortNoticeStaff({
        before: { startsAt: later, counsellorId: 'c1' },
        after: null,
        actorStaffId: null,
        now,
        hours: 24,
      }),
    ).toEqual([]);
    expect(
      shortNoticeStaff({
        before: { startsAt: soon, counsellorId: 'c1' },
        after: null,
        actorStaffId: 'c1',
        now,
        hours: 24,
      }),
    ).toEqual([]);
  });

  it('counts the new time too and tells both counsellors of a reassignment', () => {
    expect(
      shortNoticeStaff({
        before: { startsAt: later, counsellorId: 'c1' },
        after: { startsAt: soon, counsellorId: 'c2' },
        actorStaffId: null,
        now,
        hours: 24,
      }),
    ).toEqual(['c1', 'c2']);
  });

  it('ignores an appointment already past', () => {
    expect(
      shortNoticeStaff({
        before: { startsAt: '2026-12-02T11:00:00Z', counsellorId: 'c1' },
        after: null,
        actorStaffId: null,
        now,
        hours: 24,
      }),
    ).toEqual([]);
  });
});

describe('changedAspects', () => {
  const base = { startsAt: start, channel: 'video', meetingPointId: null, counsellorId: 'c1' };
  it('names time, channel (also another meeting point) and counsellor', () => {
    expect(changedAspects(base, base)).toEqual([]);
    expect(changedAspects(base, { ...base, startsAt: '2026-12-03T10:00:00+01:00' })).toEqual([]);
    expect(
      changedAspects(base, { ...base, startsAt: '2026-12-04T09:00:00Z', counsellorId: 'c2' }),
    ).toEqual(['time', 'counsellor']);
    expect(
      changedAspects(
        { ...base, channel: 'walk_and_talk', meetingPointId: 'a' },
        { ...base, channel: 'walk_and_talk', meetingPointId: 'b' },
      ),
    ).toEqual(['channel']);
  });
});
