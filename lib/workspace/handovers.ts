import { listFutureAppointmentsOf } from '@/db/queries/workspace-availability';
import { insertHandover, listOpenHandoverIds } from '@/db/queries/workspace-handovers';
import { insertWorkspaceEvent } from '@/db/queries/workspace-outcomes';
import type { HandoverCause } from '@/db/schema/workspace';
import { withWriteTransaction, type Transaction } from '@/db/transaction';
import type { Actor } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import type { ConflictingAppointment } from './availability';
import { authorizeEdit, loadState } from './availability-state';
import { findUncovered } from './availability-rules';
import type { WorkspaceDeps } from './context';

/**
 * Appointments a counsellor can no longer keep go to their team lead for reassignment.
 * The booking stays confirmed with its counsellor until the lead acts: nothing is dropped.
 */

/** Hands appointments to the team lead: an open handover and a booking event each. */
export function handOver(
  tx: Transaction,
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  bookingIds: readonly string[],
  cause: { cause: HandoverCause; absenceId?: string | null },
) {
  for (const bookingId of bookingIds) {
    insertHandover(tx, {
      id: crypto.randomUUID(),
      bookingId,
      fromStaffId: staffId,
      cause: cause.cause,
      absenceId: cause.absenceId ?? null,
      requestedAt: deps.now.toISOString(),
    });
    insertWorkspaceEvent(tx, {
      bookingId,
      type: 'handover_requested',
      actorType: 'staff',
      actorId: actor.kind === 'staff' ? actor.staffId : null,
      data: { cause: cause.cause, ...(cause.absenceId ? { absenceId: cause.absenceId } : {}) },
      occurredAt: deps.now.toISOString(),
    });
  }
}

/**
 * Appointments that have no working time left (after any change, by anyone) and are not
 * with the team lead: the safety net that nothing is silently dropped.
 */
export function listUnhandledConflicts(
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  locale: string,
): ConflictingAppointment[] {
  authorizeEdit(deps.db, actor, staffId);
  const state = loadState(deps.db, staffId, deps.now);
  const appointments = listFutureAppointmentsOf(deps.db, staffId, deps.now.toISOString(), locale);
  const uncovered = findUncovered(appointments, state.blocks, state.absences);
  const withLead = listOpenHandoverIds(
    deps.db,
    uncovered.map((a) => a.id),
  );
  return uncovered.filter((a) => !withLead.has(a.id));
}

/** Hands one appointment without working time to the team lead. */
export function handOverConflict(
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  bookingId: string,
): void {
  withWriteTransaction(deps.db, (tx) => {
    authorizeEdit(tx, actor, staffId);
    const state = loadState(tx, staffId, deps.now);
    const appointments = listFutureAppointmentsOf(tx, staffId, deps.now.toISOString(), 'de');
    const isConflict = findUncovered(appointments, state.blocks, state.absences).some(
      (a) => a.id === bookingId,
    );
    if (!isConflict || listOpenHandoverIds(tx, [bookingId]).size > 0) {
      throw new AppError('CONFLICT', 'This appointment has working time or is handed over.', {
        reason: 'handover_not_needed',
      });
    }
    handOver(tx, deps, actor, staffId, [bookingId], { cause: 'availability' });
  });
}
