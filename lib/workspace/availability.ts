import {
  deleteAbsence,
  deleteBlock,
  insertAbsence,
  insertBlock,
  listAbsencesOf,
  listBlocksOf,
  listFutureAppointmentsOf,
  listOfficesOfCounsellor,
  setBlockValidTo,
  type FutureAppointmentRow,
} from '@/db/queries/workspace-availability';
import { listHandedOverAppointments, listOpenHandoverIds } from '@/db/queries/workspace-handovers';
import type { AbsenceReason } from '@/db/schema/enums';
import type { HandoverCause } from '@/db/schema/workspace';
import { withWriteTransaction, type Executor, type Transaction } from '@/db/transaction';
import type { Actor } from '@/lib/auth/policy';
import type { LocalDate } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { findUncovered, type WeeklyBlock } from './availability-rules';
import { validateChange } from './availability-checks';
import type { WorkspaceDeps } from './context';
import { handOver } from './handovers';
import { authorizeEdit, loadState, type State } from './availability-state';

/**
 * One change to a counsellor's availability. Adding a block never takes time away;
 * ending a block (or removing it: ending it before it applies) and adding an absence can.
 */
export type AvailabilityChange =
  | { kind: 'add-block'; block: Omit<WeeklyBlock, 'id'> }
  | { kind: 'end-block'; blockId: string; validTo: LocalDate }
  | { kind: 'add-absence'; startsAt: string; endsAt: string; reason: AbsenceReason }
  | { kind: 'remove-absence'; absenceId: string };

export type ConflictingAppointment = FutureAppointmentRow;

/** The availability as it would be after the change (nothing written). */
function stateAfter(state: State, change: AvailabilityChange): State {
  switch (change.kind) {
    case 'add-block':
      return { ...state, blocks: [...state.blocks, { ...change.block, id: 'new' }] };
    case 'end-block':
      return {
        ...state,
        blocks: state.blocks.map((b) =>
          b.id === change.blockId ? { ...b, validTo: change.validTo } : b,
        ),
      };
    case 'add-absence':
      return { ...state, absences: [...state.absences, { ...change, id: 'new' }] };
    case 'remove-absence':
      return { ...state, absences: state.absences.filter((a) => a.id !== change.absenceId) };
  }
}

/**
 * The appointments this change would leave without working time, and which are not with
 * the team lead already. Appointments that had no room before are not the change's doing:
 * they are listed on their own (`listUnhandledConflicts`).
 */
function conflictsOf(
  ex: Executor,
  staffId: string,
  change: AvailabilityChange,
  now: Date,
  locale: string,
): ConflictingAppointment[] {
  const state = loadState(ex, staffId, now);
  validateChange(ex, staffId, state.blocks, change, now);
  const appointments = listFutureAppointmentsOf(ex, staffId, now.toISOString(), locale);
  const before = new Set(
    findUncovered(appointments, state.blocks, state.absences).map((a) => a.id),
  );
  const after = stateAfter(state, change);
  const newlyUncovered = findUncovered(appointments, after.blocks, after.absences).filter(
    (a) => !before.has(a.id),
  );
  const withLead = listOpenHandoverIds(
    ex,
    newlyUncovered.map((a) => a.id),
  );
  return newlyUncovered.filter((a) => !withLead.has(a.id));
}

/** What the change would do to existing appointments: shown before it is saved. */
export function previewAvailabilityChange(
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  change: AvailabilityChange,
  locale: string,
): ConflictingAppointment[] {
  authorizeEdit(deps.db, actor, staffId);
  return conflictsOf(deps.db, staffId, change, deps.now, locale);
}

function writeChange(
  tx: Transaction,
  staffId: string,
  actor: Actor,
  change: AvailabilityChange,
  deps: WorkspaceDeps,
) {
  const id = crypto.randomUUID();
  switch (change.kind) {
    case 'add-block':
      insertBlock(tx, { ...change.block, id, staffId }, change.block.channels);
      return null;
    case 'end-block': {
      const block = listBlocksOf(tx, staffId).find((b) => b.id === change.blockId)!;
      if (change.validTo < block.validFrom) deleteBlock(tx, block.id);
      else setBlockValidTo(tx, block.id, change.validTo);
      return null;
    }
    case 'add-absence':
      insertAbsence(tx, {
        id,
        staffId,
        startsAt: change.startsAt,
        endsAt: change.endsAt,
        reason: change.reason,
        createdBy: actor.kind === 'staff' ? actor.staffId : null,
        createdAt: deps.now.toISOString(),
      });
      return id;
    case 'remove-absence':
      deleteAbsence(tx, change.absenceId);
      return null;
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * Saves the change and, in the same transaction, hands every appointment it conflicts
 * with to the team lead. `confirmedHandovers` are the appointments the counsellor saw
 * listed; if the conflicts are different now (someone booked meanwhile), nothing is
 * saved and the answer is `availability_conflicts` with the current list's ids.
 */
export function applyAvailabilityChange(
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  change: AvailabilityChange,
  confirmedHandovers: readonly string[],
): { handedOver: number } {
  return withWriteTransaction(deps.db, (tx) => {
    authorizeEdit(tx, actor, staffId);
    const conflicts = conflictsOf(tx, staffId, change, deps.now, 'de').map((c) => c.id);
    if (!sameIds(conflicts, confirmedHandovers)) {
      throw new AppError(
        'CONFLICT',
        'This change conflicts with appointments: confirm handing them to the team lead.',
        { reason: 'availability_conflicts', extra: { bookingIds: conflicts } },
      );
    }
    const absenceId = writeChange(tx, staffId, actor, change, deps);
    const cause: HandoverCause = change.kind === 'add-absence' ? 'absence' : 'availability';
    handOver(tx, deps, actor, staffId, conflicts, { cause, absenceId });
    return { handedOver: conflicts.length };
  });
}

/**
 * What the editor shows: blocks with their offices, coming absences, the offices to
 * choose from, and the future appointments that are with the team lead.
 */
export function loadAvailability(
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  locale = 'de',
) {
  authorizeEdit(deps.db, actor, staffId);
  const now = deps.now.toISOString();
  return {
    blocks: listBlocksOf(deps.db, staffId),
    absences: listAbsencesOf(deps.db, staffId, now),
    offices: listOfficesOfCounsellor(deps.db, staffId),
    handedOver: listHandedOverAppointments(deps.db, staffId, now, locale),
  };
}
