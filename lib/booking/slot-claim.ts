import type { OfficeWithDetails } from '@/db/queries/catalogue';
import { loadAssignmentStats } from '@/db/queries/bookings';
import type { Transaction } from '@/db/transaction';
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

/**
 * The free slot that starts exactly at `start`, checked inside the caller's write
 * transaction; otherwise a 409 that carries the nearest alternatives.
 */
export function claimSlot(
  tx: Transaction,
  search: Omit<SlotSearch, 'fromDate' | 'toDate'>,
  start: number,
): Slot {
  const date = localDateOf(new Date(start), search.office.timeZone);
  const slot = computeSlots(tx, { ...search, fromDate: date, toDate: date }).find(
    (s) => s.start === start,
  );
  if (slot) return slot;
  const alternatives = findAlternatives(tx, { ...search, counsellorId: undefined }, start);
  throw new AppError('CONFLICT', 'This time is no longer available. Please choose another one.', {
    reason: 'slot_taken',
    extra: { alternatives },
  });
}

/** Fewest appointments in the slot's week; ties round robin. */
export function assignCounsellor(tx: Transaction, office: OfficeWithDetails, slot: Slot): string {
  const date = localDateOf(new Date(slot.start), office.timeZone);
  const monday = addDaysToLocalDate(date, 1 - isoWeekdayOf(date));
  const stats = loadAssignmentStats(
    tx,
    slot.counsellorIds,
    startOfLocalDay(monday, office.timeZone).toISOString(),
    startOfLocalDay(addDaysToLocalDate(monday, 7), office.timeZone).toISOString(),
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
