import { listAbsencesOf, listOfficesOfCounsellor } from '@/db/queries/workspace-availability';
import type { Executor } from '@/db/transaction';
import { AppError } from '@/lib/errors';
import type { AvailabilityChange } from './availability';
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
      const { block } = change;
      const office = listOfficesOfCounsellor(ex, staffId).find((o) => o.id === block.officeId);
      if (!office) throw invalid('office_not_yours', 'officeId', 'Choose one of your offices.');
      if (block.channels.length === 0 || block.channels.some((c) => !office.channels.includes(c)))
        throw invalid('channels_invalid', 'channels', 'Choose channels this office offers.');
      if (block.startTime >= block.endTime)
        throw invalid('block_times_invalid', 'endTime', 'The end must be after the start.');
      if (block.validTo !== null && block.validTo < block.validFrom)
        throw invalid('validity_invalid', 'validTo', 'The end date must not be before the start.');
      if (blocks.some((b) => blocksOverlap(b, { ...block, id: 'new' })))
        throw invalid('block_overlaps', 'startTime', 'This overlaps one of your blocks.');
      return;
    }
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
