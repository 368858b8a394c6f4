import type { OfficeWithDetails } from '@/db/queries/catalogue';
import { loadAssignmentStats } from '@/db/queries/bookings';
import type { Executor, Transaction } from '@/db/transaction';
import {
  addDaysToLocalDate,
  isoWeekdayOf,
  localDateOf,
  startOfLocalDay,
} from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { pickCounsellor } from './assignment';
import { computeSlots, findAlternatives, type SlotSearch } from './service-slots';
import type { Slot } from './slot-types';

type ClaimSearch = Omit<SlotSearch, 'fromDate' | 'toDate'>;

/** Thrown inside a write transaction when the wanted slot is not free (rolls it back). */
export class SlotUnavailable extends Error {
  constructor(
    readonly search: ClaimSearch,
    readonly start: number,
  ) {
    super('slot unavailable');
  }
}

/** The free slot that starts exactly at `start`, checked inside the caller's write transaction. */
export function claimSlot(tx: Transaction, search: ClaimSearch, start: number): Slot {
  const date = localDateOf(new Date(start), search.office.timeZone);
  const slot = computeSlots(tx, { ...search, fromDate: date, toDate: date }).find(
    (s) => s.start === start,
  );
  if (!slot) throw new SlotUnavailable(search, start);
  return slot;
}

/**
 * Runs a booking transaction; if its slot was gone, answers 409 with the nearest free
 * alternatives, computed after the rollback so the write lock is not held for it.
 */
export function withSlotAlternatives<T>(db: Executor, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof SlotUnavailable)) throw error;
    const alternatives = findAlternatives(
      db,
      { ...error.search, counsellorId: undefined, ownHoldId: undefined },
      error.start,
    );
    throw new AppError('CONFLICT', 'This time is no longer available. Please choose another one.', {
      reason: 'slot_taken',
      extra: { alternatives },
    });
  }
}

/** Fewest appointments in the slot's week; ties round robin. */
export function assignCounsellor(
  tx: Transaction,
  office: OfficeWithDetails,
  slot: Slot,
  now: Date,
): string {
  const date = localDateOf(new Date(slot.start), office.timeZone);
  const monday = addDaysToLocalDate(date, 1 - isoWeekdayOf(date));
  const stats = loadAssignmentStats(
    tx,
    slot.counsellorIds,
    startOfLocalDay(monday, office.timeZone).toISOString(),
    startOfLocalDay(addDaysToLocalDate(monday, 7), office.timeZone).toISOString(),
    new Date(now.getTime() - 28 * 86_400_000).toISOString(),
  );
  const chosen = pickCounsellor(stats);
  if (!chosen) throw new Error('claimSlot returned a slot without counsellors');
  return chosen;
}

/** SQLite reports a violated uniqueness or overlap trigger; both mean "taken". */
export function isSlotConstraintError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /UNIQUE constraint failed: bookings|overlaps a confirmed booking/.test(message);
}
