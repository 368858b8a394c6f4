import {
  deleteAbsence,
  deleteBlock,
  insertAbsence,
  insertBlock,
  listAbsencesOf,
  listBlocksOf,
  listFutureAppointmentsOf,
  listOfficesOfCounsellor,
  setBlockRoom,
  setBlockValidTo,
  setBlockValidity,
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
  /** Several block changes at once (the team roster's edits, see lib/roster/week-edit). */
  | { kind: 'edit-blocks'; edit: BlockEdit }
  | { kind: 'end-block'; blockId: string; validTo: LocalDate }
  | { kind: 'add-absence'; startsAt: string; endsAt: string; reason: AbsenceReason }
  | { kind: 'remove-absence'; absenceId: string };

/**
 * Blocks removed, blocks whose validity period changes (otherwise unchanged) and new
 * blocks, applied together.
 */
export type BlockEdit = {
  remove: readonly string[];
  revalidate: readonly { id: string; validFrom: LocalDate; validTo: LocalDate | null }[];
  add: readonly Omit<WeeklyBlock, 'id'>[];
};

export type ConflictingAppointment = FutureAppointmentRow;

/** The blocks as they would be after the edit; new blocks get ids `new-0`, `new-1`, … */
export function blocksAfterEdit<B extends WeeklyBlock>(
  blocks: readonly B[],
  edit: BlockEdit,
): WeeklyBlock[] {
  const kept: WeeklyBlock[] = blocks
    .filter((b) => !edit.remove.includes(b.id))
    .map((b) => {
      const change = edit.revalidate.find((r) => r.id === b.id);
      return change ? { ...b, validFrom: change.validFrom, validTo: change.validTo } : b;
    });
  return [...kept, ...edit.add.map((b, n) => ({ ...b, id: `new-${n}` }))];
}

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
    case 'edit-blocks':
      return { ...state, blocks: blocksAfterEdit(state.blocks, change.edit) };
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
export function conflictsOf(
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

function writeBlockEdit(tx: Transaction, staffId: string, edit: BlockEdit) {
  for (const id of edit.remove) deleteBlock(tx, id);
  for (const { id, validFrom, validTo } of edit.revalidate)
    setBlockValidity(tx, id, validFrom, validTo);
  for (const block of edit.add)
    insertBlock(tx, { ...block, id: crypto.randomUUID(), staffId }, block.channels);
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
    case 'edit-blocks':
      writeBlockEdit(tx, staffId, change.edit);
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

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
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
    assertConfirmed(conflicts, confirmedHandovers);
    commitChange(tx, deps, actor, staffId, change, conflicts);
    return { handedOver: conflicts.length };
  });
}

/** Refuses to save when the appointments confirmed are not the ones the change conflicts with. */
export function assertConfirmed(conflicts: readonly string[], confirmed: readonly string[]) {
  if (sameIds(conflicts, confirmed)) return;
  throw new AppError(
    'CONFLICT',
    'This change conflicts with appointments: confirm handing them to the team lead.',
    { reason: 'availability_conflicts', extra: { bookingIds: conflicts } },
  );
}

/**
 * Writes a checked change and hands its conflicting appointments (`conflictsOf`, made in
 * the same transaction) to the team lead: the one write path of the workspace editor and
 * the team roster.
 */
export function commitChange(
  tx: Transaction,
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  change: AvailabilityChange,
  conflicts: readonly string[],
): void {
  const absenceId = writeChange(tx, staffId, actor, change, deps);
  const cause: HandoverCause = change.kind === 'add-absence' ? 'absence' : 'availability';
  handOver(tx, deps, actor, staffId, conflicts, { cause, absenceId });
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

/**
 * Names the room of a block (or clears it) for its whole period: a room only tells where
 * an in-person appointment is held, it never takes working time away.
 */
export function setAvailabilityRoom(
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  blockId: string,
  room: string | null,
): void {
  withWriteTransaction(deps.db, (tx) => {
    authorizeEdit(tx, actor, staffId);
    if (!listBlocksOf(tx, staffId).some((b) => b.id === blockId))
      throw new AppError('NOT_FOUND', 'This entry does not exist (any more).', {
        reason: 'availability_entry_not_found',
      });
    setBlockRoom(tx, blockId, room);
  });
}
