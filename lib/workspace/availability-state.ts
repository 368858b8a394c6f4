import { listAbsencesOf, listBlocksOf } from '@/db/queries/workspace-availability';
import type { Executor } from '@/db/transaction';
import { assertAllowed, loadCounsellorResource } from '@/lib/auth/access';
import type { Actor } from '@/lib/auth/policy';
import type { Period, WeeklyBlock } from './availability-rules';

/** A counsellor's working time as the conflict checks see it: blocks and coming absences. */
export type State = { blocks: readonly WeeklyBlock[]; absences: (Period & { id: string })[] };

export function authorizeEdit(ex: Executor, actor: Actor, staffId: string): void {
  assertAllowed(actor, 'availability.edit', loadCounsellorResource(ex, staffId));
}

export function loadState(ex: Executor, staffId: string, now: Date): State {
  return {
    blocks: listBlocksOf(ex, staffId),
    absences: listAbsencesOf(ex, staffId, now.toISOString()),
  };
}
