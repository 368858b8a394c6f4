'use server';

import {
  reassignAllWithSubstitutes,
  reassignAppointment,
  offerRescheduleToClient,
  recordAbsenceForMember,
} from '@/lib/cover/service';
import { coverAbsenceFormSchema, reassignFormSchema } from '@/lib/cover/schemas';
import { bookingDeps } from '@/lib/server/booking-deps';
import { workspaceZone } from '@/lib/workspace/context';
import { absenceChangeOf, emptyFormSchema } from '@/lib/workspace/schemas';
import type { ActionState } from '@/lib/action';
import { redirectTo, runWorkspaceAction } from '../../arbeitsbereich/_lib/workspace-action';

const page = '/team/vertretung';

export async function recordAbsenceAction(_state: ActionState, formData: FormData) {
  const result = await runWorkspaceAction(coverAbsenceFormSchema, formData, (ctx, input) =>
    recordAbsenceForMember(
      ctx.deps,
      ctx.actor,
      input.staffId,
      absenceChangeOf(input, workspaceZone),
    ),
  );
  if (!result.ok) return result;
  return redirectTo(page, { erledigt: 'absence', anzahl: String(result.data.handedOver) });
}

export async function reassignAction(id: string, _state: ActionState, formData: FormData) {
  const result = await runWorkspaceAction(reassignFormSchema, formData, (ctx, input) =>
    reassignAppointment({ ...bookingDeps(), now: ctx.deps.now }, ctx.actor, id, input.substituteId),
  );
  if (!result.ok) return result;
  return redirectTo(page, { erledigt: 'reassigned' });
}

export async function reassignAllAction(_state: ActionState, formData: FormData) {
  const result = await runWorkspaceAction(emptyFormSchema, formData, (ctx) =>
    reassignAllWithSubstitutes({ ...bookingDeps(), now: ctx.deps.now }, ctx.actor),
  );
  if (!result.ok) return result;
  return redirectTo(page, { erledigt: 'all', anzahl: String(result.data.reassigned) });
}

export async function offerRescheduleAction(id: string, _state: ActionState, formData: FormData) {
  const result = await runWorkspaceAction(emptyFormSchema, formData, (ctx) =>
    offerRescheduleToClient({ ...bookingDeps(), now: ctx.deps.now }, ctx.actor, id),
  );
  if (!result.ok) return result;
  return redirectTo(page, { erledigt: 'offered' });
}
