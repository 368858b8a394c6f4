'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/action';
import { cancelBooking } from '@/lib/booking/service-manage';
import { bookingDeps } from '@/lib/server/booking-deps';
import { bookFollowUp } from '@/lib/workspace/follow-up';
import { createReferral } from '@/lib/referral/service';
import { referralFormSchema } from '@/lib/referral/schemas';
import { saveNote } from '@/lib/workspace/notes';
import { recordCallStarted, recordOutcome } from '@/lib/workspace/outcomes';
import {
  cancelFormSchema,
  emptyFormSchema,
  followUpFormSchema,
  noteFormSchema,
  outcomeFormSchema,
} from '@/lib/workspace/schemas';
import { redirectTo, runWorkspaceAction } from '../_lib/workspace-action';

/** Where an action on an appointment returns to: the agenda card, or the appointment's page. */
export type ReturnTo = 'agenda' | 'termin';

function backTo(id: string, returnTo: ReturnTo, done: string) {
  return returnTo === 'agenda'
    ? redirectTo('/arbeitsbereich', { erledigt: done }, `termin-${id}`)
    : redirectTo(`/arbeitsbereich/termine/${id}`, { erledigt: done });
}

export async function recordOutcomeAction(
  id: string,
  returnTo: ReturnTo,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runWorkspaceAction(outcomeFormSchema, formData, (ctx, input) => ({
    outcome: input.outcome,
    ...recordOutcome(ctx.deps, ctx.actor, id, {
      outcome: input.outcome,
      fromVideoPresence: input.basis === 'video_presence',
    }),
  }));
  if (!result.ok) return result;
  return backTo(id, returnTo, result.data.changed ? result.data.outcome : 'unchanged');
}

export async function startCallAction(
  id: string,
  returnTo: ReturnTo,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runWorkspaceAction(emptyFormSchema, formData, (ctx) =>
    recordCallStarted(ctx.deps, ctx.actor, id),
  );
  if (!result.ok) return result;
  return backTo(id, returnTo, 'call');
}

/** The client is told by the booking service's cancellation mail (queued with the change). */
export async function cancelAppointmentAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runWorkspaceAction(cancelFormSchema, formData, (ctx, { reason }) => {
    cancelBooking({ ...bookingDeps(), now: ctx.deps.now }, id, ctx.actor, { reason });
  });
  if (!result.ok) return result;
  return backTo(id, 'termin', 'cancelled');
}

export async function saveNoteAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runWorkspaceAction(noteFormSchema, formData, (ctx, { note }) =>
    saveNote(ctx.deps, ctx.actor, id, note),
  );
  if (!result.ok) return result;
  return backTo(id, 'termin', 'note');
}

export async function bookFollowUpAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runWorkspaceAction(followUpFormSchema, formData, (ctx, input) =>
    bookFollowUp({ ...bookingDeps(), now: ctx.deps.now }, ctx.actor, id, input),
  );
  if (!result.ok) {
    // A taken time: the page lists the counsellor's own free times anew. (The booking
    // service's alternatives may belong to colleagues, so they are not offered here.)
    if (result.reason === 'slot_taken') refresh();
    return { ...result, alternatives: undefined };
  }
  return redirectTo(`/arbeitsbereich/termine/${result.data.id}`, { erledigt: 'followUp' });
}

/** The client's confirmation comes from the receiving office (queued with the booking). */
export async function createReferralAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runWorkspaceAction(referralFormSchema, formData, (ctx, input) =>
    createReferral({ ...bookingDeps(), now: ctx.deps.now }, ctx.actor, id, input),
  );
  if (!result.ok) {
    if (result.reason === 'slot_taken') refresh();
    return { ...result, alternatives: undefined };
  }
  return backTo(id, 'termin', 'referred');
}
