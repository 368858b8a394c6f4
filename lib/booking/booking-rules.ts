import { AppError } from '@/lib/errors';

/** Per-office rules that apply to a booking after it was made. */
export type ChangePolicy = { changeNoticeMinutes: number; maxReschedules: number };

export type ManagedBooking = {
  status: string;
  startsAt: string;
  rescheduleCount: number;
};

const minute = 60_000;

/** Cancelling or changing is allowed while confirmed and before the notice window. */
export function assertActive(booking: Pick<ManagedBooking, 'status'>): void {
  if (booking.status !== 'confirmed') {
    throw new AppError('CONFLICT', 'This appointment is no longer active.', {
      reason: 'booking_not_active',
    });
  }
}

export function assertChangeable(booking: ManagedBooking, policy: ChangePolicy, now: Date): void {
  assertActive(booking);
  const deadline = Date.parse(booking.startsAt) - policy.changeNoticeMinutes * minute;
  if (now.getTime() > deadline) {
    throw new AppError(
      'CONFLICT',
      `Changes are possible until ${policy.changeNoticeMinutes / 60} hours before the appointment; please call the office.`,
      {
        reason: 'change_window_closed',
        extra: { changeNoticeMinutes: policy.changeNoticeMinutes },
      },
    );
  }
}

export function assertCanReschedule(
  booking: ManagedBooking,
  policy: ChangePolicy,
  now: Date,
): void {
  assertChangeable(booking, policy, now);
  if (booking.rescheduleCount >= policy.maxReschedules) {
    throw new AppError(
      'CONFLICT',
      `This appointment was already moved ${policy.maxReschedules} times; please cancel it and book a new one.`,
      { reason: 'reschedule_limit', extra: { maxReschedules: policy.maxReschedules } },
    );
  }
}

/** Anti-hoarding: at most `limit` active future appointments per email address. */
export function assertBelowActiveLimit(activeFutureBookings: number, limit: number): void {
  if (activeFutureBookings >= limit) {
    throw new AppError(
      'CONFLICT',
      `You already have ${activeFutureBookings} upcoming appointments; cancel one before booking another.`,
      { reason: 'active_booking_limit', extra: { limit } },
    );
  }
}

export type BudgetCheck = { remainingMinutes: number | null; isLow: boolean };

/**
 * BBE counts counselling time per client. A booking that would exceed the budget is
 * refused; one that leaves less than two hours is allowed with a warning.
 */
export function checkBudget(
  budgetMinutes: number | null,
  usedMinutes: number,
  requestedMinutes: number,
): BudgetCheck {
  if (budgetMinutes === null) return { remainingMinutes: null, isLow: false };
  const remaining = budgetMinutes - usedMinutes - requestedMinutes;
  if (remaining < 0) {
    throw new AppError(
      'CONFLICT',
      `This booking would exceed your counselling budget of ${budgetMinutes / 60} hours (${usedMinutes / 60} hours used).`,
      { reason: 'budget_exhausted', extra: { budgetMinutes, usedMinutes } },
    );
  }
  return { remainingMinutes: remaining, isLow: remaining < 120 };
}
