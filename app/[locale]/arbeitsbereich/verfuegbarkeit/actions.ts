'use server';

import type { ActionResult, ActionState } from '@/lib/action';
import { addDaysToLocalDate, localDateOf } from '@/lib/calendar/local-date';
import {
  applyAvailabilityChange,
  setAvailabilityRoom,
  type AvailabilityChange,
} from '@/lib/workspace/availability';
import { handOverConflict } from '@/lib/workspace/handovers';
import { workspaceZone } from '@/lib/workspace/context';
import {
  absenceChangeOf,
  absenceFormSchema,
  blockFormSchema,
  changeOf,
  confirmationFormSchema,
  emptyFormSchema,
  endBlockFormSchema,
  pendingChangeSchema,
  roomFormSchema,
  type PendingChange,
} from '@/lib/workspace/schemas';
import { redirectTo, runWorkspaceAction, type WorkspaceContext } from '../_lib/workspace-action';

const page = '/arbeitsbereich/verfuegbarkeit';
const checkPage = '/arbeitsbereich/verfuegbarkeit/pruefen';

/** The pending change as the check page's query: only the change's own fields. */
function checkQuery(pending: PendingChange): Record<string, string> {
  return Object.fromEntries(
    Object.entries(pending).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * Saves a change that may take time away. Without conflicts it is saved at once; with
 * conflicts nothing is saved and the counsellor sees them on the check page first.
 */
async function saveOrCheck(
  result: ActionResult<{ handedOver: number }>,
  pending: PendingChange | undefined,
): Promise<ActionState> {
  if (!result.ok) {
    if (result.reason === 'availability_conflicts' && pending)
      return redirectTo(checkPage, checkQuery(pending));
    return result;
  }
  return redirectTo(page, { erledigt: 'saved' });
}

function apply(change: AvailabilityChange, confirmed: readonly string[] = []) {
  return ({ actor, deps }: WorkspaceContext) =>
    applyAvailabilityChange(deps, actor, actor.staffId, change, confirmed);
}

export async function addBlockAction(_state: ActionState, formData: FormData) {
  const result = await runWorkspaceAction(blockFormSchema, formData, (ctx, input) =>
    apply({
      kind: 'add-block',
      block: { ...input, validTo: input.validTo ?? null, room: input.room ?? null },
    })(ctx),
  );
  return saveOrCheck(result, undefined);
}

export async function addAbsenceAction(_state: ActionState, formData: FormData) {
  let pending: PendingChange | undefined;
  const result = await runWorkspaceAction(absenceFormSchema, formData, (ctx, input) => {
    pending = { art: 'abwesenheit', ...input };
    return apply(absenceChangeOf(input, workspaceZone))(ctx);
  });
  return saveOrCheck(result, pending);
}

export async function endBlockAction(blockId: string, _state: ActionState, formData: FormData) {
  let pending: PendingChange | undefined;
  const result = await runWorkspaceAction(endBlockFormSchema, formData, (ctx, { validTo }) => {
    pending = { art: 'arbeitszeit', block: blockId, validTo };
    return apply(changeOf(pending, workspaceZone))(ctx);
  });
  return saveOrCheck(result, pending);
}

/** Removing a block is ending it yesterday: from today on it no longer applies. */
export async function removeBlockAction(blockId: string, _state: ActionState, formData: FormData) {
  let pending: PendingChange | undefined;
  const result = await runWorkspaceAction(emptyFormSchema, formData, (ctx) => {
    const yesterday = addDaysToLocalDate(localDateOf(ctx.deps.now, workspaceZone), -1);
    pending = { art: 'arbeitszeit', block: blockId, validTo: yesterday };
    return apply(changeOf(pending, workspaceZone))(ctx);
  });
  return saveOrCheck(result, pending);
}

export async function removeAbsenceAction(
  absenceId: string,
  _state: ActionState,
  formData: FormData,
) {
  const result = await runWorkspaceAction(emptyFormSchema, formData, (ctx) =>
    apply({ kind: 'remove-absence', absenceId })(ctx),
  );
  if (!result.ok) return result;
  return redirectTo(page, { erledigt: 'removed' });
}

const confirmSchema = confirmationFormSchema.and(pendingChangeSchema);

/**
 * The check page's "save and hand over": the appointments listed there go to the team
 * lead with the change. If the list changed meanwhile, the page shows the new one.
 */
export async function confirmChangeAction(_state: ActionState, formData: FormData) {
  let pending: PendingChange | undefined;
  const result = await runWorkspaceAction(confirmSchema, formData, (ctx, input) => {
    const { bestaetigt, ...change } = input;
    pending = change as PendingChange;
    return apply(changeOf(pending, workspaceZone), bestaetigt)(ctx);
  });
  if (!result.ok) {
    if (result.reason === 'availability_conflicts' && pending)
      return redirectTo(checkPage, { ...checkQuery(pending), geaendert: '1' });
    return result;
  }
  const count = result.data.handedOver;
  return redirectTo(
    page,
    count > 0 ? { erledigt: 'handedOver', anzahl: String(count) } : { erledigt: 'saved' },
  );
}

export async function handOverAction(bookingId: string, _state: ActionState, formData: FormData) {
  const result = await runWorkspaceAction(emptyFormSchema, formData, ({ actor, deps }) =>
    handOverConflict(deps, actor, actor.staffId, bookingId),
  );
  if (!result.ok) return result;
  return redirectTo(page, { erledigt: 'handedOverOne' });
}

export async function setRoomAction(blockId: string, _state: ActionState, formData: FormData) {
  const result = await runWorkspaceAction(roomFormSchema, formData, ({ actor, deps }, input) =>
    setAvailabilityRoom(deps, actor, actor.staffId, blockId, input.room ?? null),
  );
  if (!result.ok) return result;
  return redirectTo(page, { erledigt: 'saved' });
}
