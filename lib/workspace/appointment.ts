import type { Database } from '@/db/client';
import { findReferralByTarget, listReferralsFrom } from '@/db/queries/referrals';
import {
  findAgendaRow,
  listEventsOfBookings,
  listRoomBlocksOf,
} from '@/db/queries/workspace-agenda';
import { assertBookingAccess } from '@/lib/auth/access';
import type { Actor } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { agendaEventTypes, toAgendaItem, type AgendaItem } from './agenda';
import { readColleagueNotes, readNote } from './notes';

/**
 * One of the counsellor's own appointments as their workspace shows it, with their
 * private note. Team leads and colleagues are refused by the policy.
 */
export function loadAppointment(
  db: Database,
  actor: Actor,
  bookingId: string,
  now: Date,
  locale: string,
): {
  item: AgendaItem;
  note: string | null;
  colleagueNotes: ReturnType<typeof readColleagueNotes>;
  /** The referral that brought the client here (its short note is for this counsellor). */
  referral: ReturnType<typeof findReferralByTarget>;
  referralsMade: ReturnType<typeof listReferralsFrom>;
} {
  assertBookingAccess(db, actor, 'booking.record-outcome', bookingId);
  if (actor.kind !== 'staff')
    throw new AppError('FORBIDDEN', 'Staff only.', { reason: 'forbidden' });
  const row = findAgendaRow(db, actor.staffId, bookingId, locale);
  if (!row) throw new AppError('NOT_FOUND', 'Not found.', { reason: 'booking_not_found' });
  const events = listEventsOfBookings(db, [bookingId], agendaEventTypes);
  const rooms = listRoomBlocksOf(db, actor.staffId);
  return {
    item: toAgendaItem(row, events, now, rooms),
    note: readNote(db, actor, bookingId),
    colleagueNotes: readColleagueNotes(db, actor, bookingId),
    referral: findReferralByTarget(db, bookingId),
    referralsMade: listReferralsFrom(db, bookingId),
  };
}
