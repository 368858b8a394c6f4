'use server';

import type { ActionState } from '@/lib/action';
import {
  createMeetingPoint,
  setMeetingPointActive,
  updateMeetingPoint,
} from '@/lib/admin/meeting-points';
import { activationFormSchema, meetingPointFormSchema } from '@/lib/admin/schemas';
import { runAdminAction } from '../_lib/admin-access';
import { doneQuery, savedOrUnchanged } from '../_lib/done';
import { redirectAfterChange } from '../_lib/navigate';

const pointPath = (officeId: string, id: string) =>
  `/verwaltung/dienststellen/${officeId}/treffpunkte/${id}`;

export async function createMeetingPointAction(
  officeId: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction(
    'meeting-point.manage',
    meetingPointFormSchema,
    formData,
    (ctx, input) => createMeetingPoint(ctx, officeId, input),
  );
  if (!result.ok) return result;
  return redirectAfterChange(pointPath(officeId, result.data.id), doneQuery('angelegt'));
}

export async function updateMeetingPointAction(
  officeId: string,
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction(
    'meeting-point.manage',
    meetingPointFormSchema,
    formData,
    (ctx, input) => updateMeetingPoint(ctx, officeId, id, input),
  );
  if (!result.ok) return result;
  return redirectAfterChange(pointPath(officeId, id), doneQuery(savedOrUnchanged(result.data)));
}

export async function setMeetingPointActiveAction(
  officeId: string,
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction(
    'meeting-point.manage',
    activationFormSchema,
    formData,
    (ctx, input) => {
      setMeetingPointActive(ctx, officeId, id, input.active);
      return input.active;
    },
  );
  if (!result.ok) return result;
  return redirectAfterChange(
    pointPath(officeId, id),
    doneQuery(result.data ? 'aktiviert' : 'deaktiviert'),
  );
}
