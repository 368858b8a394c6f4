import {
  deleteNote,
  deleteNotesOfBookings,
  findNote,
  listConsentedNotesOfOthers,
  listNotedBookingsEndedBefore,
  upsertNote,
} from '@/db/queries/workspace-notes';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { assertBookingAccess } from '@/lib/auth/access';
import type { Actor } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import type { WorkspaceDeps } from './context';

/** Short on purpose: a reminder for the next conversation, not a case file. */
export const noteMaxLength = 1000;

function authorOf(ex: Executor, actor: Actor, bookingId: string): string {
  assertBookingAccess(ex, actor, 'booking.write-note', bookingId);
  if (actor.kind !== 'staff')
    throw new AppError('FORBIDDEN', 'Staff only.', { reason: 'forbidden' });
  return actor.staffId;
}

/**
 * The counsellor's private note on their appointment, or null. Only its author reads it:
 * the policy lets only the booking's counsellor at it, and the query is scoped to the
 * author. A later counsellor sees an earlier one's note only through `readColleagueNotes`.
 */
export function readNote(ex: Executor, actor: Actor, bookingId: string): string | null {
  return findNote(ex, bookingId, authorOf(ex, actor, bookingId))?.body ?? null;
}

/**
 * What earlier counsellors of this appointment noted, for the colleague who took it
 * over: only with the client's consent (kept on the booking, changeable by the client),
 * and only for the booking's current counsellor (the policy). Read-only: each note stays
 * its author's.
 */
export function readColleagueNotes(ex: Executor, actor: Actor, bookingId: string) {
  return listConsentedNotesOfOthers(ex, bookingId, authorOf(ex, actor, bookingId));
}

/** Saves the note; an empty text deletes it. */
export function saveNote(deps: WorkspaceDeps, actor: Actor, bookingId: string, body: string) {
  const text = body.trim();
  if (text.length > noteMaxLength) {
    throw new AppError('INVALID_INPUT', `At most ${noteMaxLength} characters.`, {
      reason: 'note_too_long',
      fieldErrors: { note: [`At most ${noteMaxLength} characters.`] },
    });
  }
  withWriteTransaction(deps.db, (tx) => {
    const author = authorOf(tx, actor, bookingId);
    if (!text) return deleteNote(tx, bookingId, author);
    const now = deps.now.toISOString();
    upsertNote(tx, {
      bookingId,
      authorStaffId: author,
      body: text,
      createdAt: now,
      updatedAt: now,
    });
  });
}

/**
 * Retention: the notes go with the booking's personal data. Deletes every note on these
 * bookings (whoever wrote it); the retention job calls this in the transaction that
 * erases the bookings' client data. Returns how many notes were deleted.
 */
export function eraseNotesOfBookings(ex: Executor, bookingIds: readonly string[]): number {
  return deleteNotesOfBookings(ex, bookingIds);
}

/**
 * Retention by age: deletes the notes of every booking that ended more than
 * `retentionDays` before `now`. For a job to run daily; no such job exists yet.
 */
export function eraseExpiredNotes(
  deps: WorkspaceDeps,
  retentionDays: number,
): { bookings: number; notes: number } {
  const cutoff = new Date(deps.now.getTime() - retentionDays * 86_400_000).toISOString();
  return withWriteTransaction(deps.db, (tx) => {
    const ids = listNotedBookingsEndedBefore(tx, cutoff);
    return { bookings: ids.length, notes: eraseNotesOfBookings(tx, ids) };
  });
}
