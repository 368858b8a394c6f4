import { updateBooking } from '@/db/queries/bookings';
import { listEventsOfBookings } from '@/db/queries/workspace-agenda';
import { findOutcomeBooking, insertWorkspaceEvent } from '@/db/queries/workspace-outcomes';
import { withWriteTransaction, type Transaction } from '@/db/transaction';
import { assertBookingAccess } from '@/lib/auth/access';
import type { Actor } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { agendaEventTypes } from './agenda';
import type { WorkspaceDeps } from './context';
import {
  callStartedEvent,
  canStartCall,
  outcomeRefusalOf,
  recordedOutcomeOf,
  statusOfOutcome,
  type Outcome,
  type OutcomeRefusal,
} from './outcome-rules';

const refusalMessages: Record<OutcomeRefusal, string> = {
  booking_not_active: 'This appointment was cancelled.',
  outcome_too_early: 'An outcome can be recorded once the appointment has begun.',
  outcome_not_for_channel: '"Not reached" is only for appointments by phone.',
  no_show_not_proposed: 'There is no no-show proposal for this appointment (any more).',
};

function loadForOutcome(tx: Transaction, actor: Actor, bookingId: string) {
  assertBookingAccess(tx, actor, 'booking.record-outcome', bookingId);
  const booking = findOutcomeBooking(tx, bookingId)!;
  const events = listEventsOfBookings(tx, [bookingId], agendaEventTypes);
  return { booking, events };
}

function staffIdOf(actor: Actor): string {
  if (actor.kind !== 'staff')
    throw new AppError('FORBIDDEN', 'Staff only.', { reason: 'forbidden' });
  return actor.staffId;
}

/**
 * Records what happened: held, no-show, or (by phone) not reached. The booking's status
 * changes and an event keeps who said so and when; a later correction is a new event.
 * `fromVideoPresence` confirms the no-show the video presence proposed.
 */
export function recordOutcome(
  deps: WorkspaceDeps,
  actor: Actor,
  bookingId: string,
  input: { outcome: Outcome; fromVideoPresence?: boolean },
): { changed: boolean } {
  return withWriteTransaction(deps.db, (tx) => {
    const { booking, events } = loadForOutcome(tx, actor, bookingId);
    const refusal = outcomeRefusalOf(booking, events, input.outcome, deps.now, {
      fromVideoPresence: input.fromVideoPresence,
    });
    if (refusal) throw new AppError('CONFLICT', refusalMessages[refusal], { reason: refusal });
    const previous = recordedOutcomeOf(booking, events);
    if (previous === input.outcome) return { changed: false };
    const status = statusOfOutcome[input.outcome];
    updateBooking(
      tx,
      bookingId,
      { status, updatedAt: deps.now.toISOString() },
      {
        type: status,
        actorType: 'staff',
        actorId: staffIdOf(actor),
        occurredAt: deps.now.toISOString(),
        data: {
          outcome: input.outcome,
          ...(input.fromVideoPresence ? { basis: 'video_presence' } : {}),
          ...(previous ? { correctedFrom: previous } : {}),
        },
      },
    );
    return { changed: true };
  });
}

/** The counsellor started the call: kept as an event, so the agenda can show it. */
export function recordCallStarted(deps: WorkspaceDeps, actor: Actor, bookingId: string): void {
  withWriteTransaction(deps.db, (tx) => {
    const { booking, events } = loadForOutcome(tx, actor, bookingId);
    if (!canStartCall(booking, events, deps.now)) {
      throw new AppError('CONFLICT', 'This call cannot be started now.', {
        reason: 'call_not_possible',
      });
    }
    insertWorkspaceEvent(tx, {
      bookingId,
      type: callStartedEvent,
      actorType: 'staff',
      actorId: staffIdOf(actor),
      data: {},
      occurredAt: deps.now.toISOString(),
    });
  });
}
