import { listAbsencesOf, listOfficesOfCounsellor } from '@/db/queries/workspace-availability';
import type { Executor } from '@/db/transaction';
import { AppError } from '@/lib/errors';
import { blocksAfterEdit, type AvailabilityChange, type BlockEdit } from './availability';
import { blocksOverlap, type WeeklyBlock } from './availability-rules';

function invalid(reason: string, field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, {
    reason,
    fieldErrors: { [field]: [message] },
  });
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'This entry does not exist (any more).', {
    reason: 'availability_entry_not_found',
  });
}

/** Working time is planned between these wall-clock times (an office's longest day). */
export const blockBounds = { earliest: '06:00', latest: '22:00' } as const;

type NewBlock = Omit<WeeklyBlock, 'id'>;

/**
 * A new block's own rules: at one of the counsellor's offices, for channels both the
 * office offers and the counsellor is skilled for, inside sensible hours.
 */
function validateNewBlock(ex: Executor, staffId: string, block: NewBlock): void {
  const office = listOfficesOfCounsellor(ex, staffId).find((o) => o.id === block.officeId);
  if (!office) throw invalid('office_not_yours', 'officeId', 'Choose one of your offices.');
  if (block.channels.length === 0 || block.channels.some((c) => !office.channels.includes(c)))
    throw invalid('channels_invalid', 'channels', 'Choose channels this office offers.');
  if (block.startTime >= block.endTime)
    throw invalid('block_times_invalid', 'endTime', 'The end must be after the start.');
  if (block.startTime < blockBounds.earliest || block.endTime > blockBounds.latest)
    throw invalid('block_outside_hours', 'startTime', 'Blocks lie between 06:00 and 22:00.');
  if (block.validTo !== null && block.validTo < block.validFrom)
    throw invalid('validity_invalid', 'validTo', 'The end date must not be before the start.');
}

function overlapError(): AppError {
  return invalid('block_overlaps', 'startTime', 'This overlaps one of your blocks.');
}

function validateEdit(
  ex: Executor,
  staffId: string,
  blocks: readonly WeeklyBlock[],
  edit: BlockEdit,
): void {
  const known = new Set(blocks.map((b) => b.id));
  if ([...edit.remove, ...edit.revalidate.map((r) => r.id)].some((id) => !known.has(id)))
    throw notFound();
  for (const block of edit.add) validateNewBlock(ex, staffId, block);
  const after = blocksAfterEdit(blocks, edit);
  const added = after.filter((b) => b.id.startsWith('new-'));
  if (added.some((a) => after.some((b) => b.id !== a.id && blocksOverlap(a, b))))
    throw overlapError();
}

/**
 * The data rules of a change, checked against the counsellor's current availability:
 * blocks at their own offices for channels both serve, no double-counted hours, periods
 * that make sense, and only their own entries.
 */
export function validateChange(
  ex: Executor,
  staffId: string,
  blocks: readonly WeeklyBlock[],
  change: AvailabilityChange,
  now: Date,
): void {
  switch (change.kind) {
    case 'add-block': {
      validateNewBlock(ex, staffId, change.block);
      if (blocks.some((b) => blocksOverlap(b, { ...change.block, id: 'new' })))
        throw overlapError();
      return;
    }
    case 'edit-blocks':
      validateEdit(ex, staffId, blocks, change.edit);
      return;
    case 'end-block':
      if (!blocks.some((b) => b.id === change.blockId)) throw notFound();
      return;
    case 'add-absence':
      if (Date.parse(change.startsAt) >= Date.parse(change.endsAt))
        throw invalid('absence_times_invalid', 'toDate', 'The end must be after the start.');
      if (Date.parse(change.endsAt) <= now.getTime())
        throw invalid('absence_in_past', 'toDate', 'This absence is over already.');
      return;
    case 'remove-absence':
      if (!listAbsencesOf(ex, staffId, now.toISOString()).some((a) => a.id === change.absenceId))
        throw notFound();
      return;
  }
}
