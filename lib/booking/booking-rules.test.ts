import { describe, expect, it } from 'vitest';
import {
  assertBelowActiveLimit,
  assertCanReschedule,
  assertChangeable,
  checkBudget,
} from './booking-rules';

const policy = { changeNoticeMinutes: 120, maxReschedules: 3 };
const booking = { status: 'confirmed', startsAt: '2026-12-01T09:00:00.000Z', rescheduleCount: 0 };

describe('assertChangeable', () => {
  it('allows changes until the notice window and not after', () => {
    expect(() =>
      assertChangeable(booking, policy, new Date('2026-12-01T07:00:00.000Z')),
    ).not.toThrow();
    expect(() => assertChangeable(booking, policy, new Date('2026-12-01T07:00:01.000Z'))).toThrow(
      expect.objectContaining({ reason: 'change_window_closed' }),
    );
  });

  it('refuses cancelled bookings', () => {
    expect(() =>
      assertChangeable({ ...booking, status: 'cancelled' }, policy, new Date('2026-11-01')),
    ).toThrow(expect.objectContaining({ reason: 'booking_not_active' }));
  });
});

describe('assertCanReschedule', () => {
  it('stops at the reschedule limit', () => {
    const now = new Date('2026-11-01');
    expect(() =>
      assertCanReschedule({ ...booking, rescheduleCount: 2 }, policy, now),
    ).not.toThrow();
    expect(() => assertCanReschedule({ ...booking, rescheduleCount: 3 }, policy, now)).toThrow(
      expect.objectContaining({ reason: 'reschedule_limit', code: 'CONFLICT' }),
    );
  });
});

describe('assertBelowActiveLimit', () => {
  it('allows up to the limit', () => {
    expect(() => assertBelowActiveLimit(1, 2)).not.toThrow();
    expect(() => assertBelowActiveLimit(2, 2)).toThrow(
      expect.objectContaining({ reason: 'active_booking_limit' }),
    );
  });
});

describe('checkBudget', () => {
  it('has no limit without a budget', () => {
    expect(checkBudget(null, 10_000, 60)).toEqual({ remainingMinutes: null, isLow: false });
  });

  it('warns when less than two hours remain and blocks beyond the budget', () => {
    expect(checkBudget(540, 300, 60)).toEqual({ remainingMinutes: 180, isLow: false });
    expect(checkBudget(540, 420, 60)).toEqual({ remainingMinutes: 60, isLow: true });
    expect(checkBudget(540, 480, 60)).toEqual({ remainingMinutes: 0, isLow: true });
    expect(() => checkBudget(540, 500, 60)).toThrow(
      expect.objectContaining({ reason: 'budget_exhausted' }),
    );
  });
});
