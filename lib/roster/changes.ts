import type { Channel } from '@/db/schema/enums';
import type { LocalDate } from '@/lib/calendar/local-date';
import { listBlocksOf } from '@/db/queries/workspace-availability';
import type { Executor } from '@/db/transaction';
import { AppError } from '@/lib/errors';
import type { AvailabilityChange } from '@/lib/workspace/availability';
import {
  addInWeek,
  changeInWeek,
  copyWeek,
  removeInWeek,
  type BlockFields,
  type Scope,
} from './week-edit';
import { weekOf } from './week';

/** One edit in the roster, made while looking at the week of `week` (its Monday). */
export type RosterChange =
  | { op: 'add'; staffId: string; week: LocalDate; scope: Scope; fields: BlockFields }
  | {
      op: 'change';
      staffId: string;
      blockId: string;
      week: LocalDate;
      scope: Scope;
      fields: BlockFields;
    }
  | { op: 'remove'; staffId: string; blockId: string; week: LocalDate; scope: Scope }
  /** The whole team: the following `weeks` weeks get this week's blocks (and targets). */
  | { op: 'copy'; week: LocalDate; weeks: number };

export type { BlockFields, Scope };
export type ChannelTargets = Partial<Record<Channel, number>>;

function blockOf(ex: Executor, staffId: string, blockId: string) {
  const block = listBlocksOf(ex, staffId).find((b) => b.id === blockId);
  if (!block)
    throw new AppError('NOT_FOUND', 'This block does not exist (any more).', {
      reason: 'availability_entry_not_found',
    });
  return block;
}

/**
 * The roster change as availability changes per counsellor (the workspace editor's own
 * change kind, so both share validation, conflict listing and handover). Empty edits
 * (a copy that changes nothing for someone) are left out.
 */
export function availabilityChangesOf(
  ex: Executor,
  change: RosterChange,
  memberIds: readonly string[],
): { staffId: string; change: AvailabilityChange }[] {
  const week = weekOf(change.week);
  const edit = (staffId: string, e: ReturnType<typeof copyWeek>) => ({
    staffId,
    change: { kind: 'edit-blocks' as const, edit: e },
  });
  switch (change.op) {
    case 'add':
      return [edit(change.staffId, addInWeek(change.fields, week, change.scope))];
    case 'change': {
      const block = blockOf(ex, change.staffId, change.blockId);
      return [edit(change.staffId, changeInWeek(block, change.fields, week, change.scope))];
    }
    case 'remove': {
      const block = blockOf(ex, change.staffId, change.blockId);
      return [edit(change.staffId, removeInWeek(block, week, change.scope))];
    }
    case 'copy':
      return memberIds
        .map((id) => edit(id, copyWeek(listBlocksOf(ex, id), week, change.weeks)))
        .filter(
          (c) =>
            c.change.edit.add.length +
              c.change.edit.remove.length +
              c.change.edit.revalidate.length >
            0,
        );
  }
}
