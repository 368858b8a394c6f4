'use server';

import type { ActionState } from '@/lib/action';
import { emptyFormSchema, teamFormSchema } from '@/lib/admin/schemas';
import { createTeam, deleteTeam, updateTeam } from '@/lib/admin/teams';
import { runAdminAction } from '../_lib/admin-access';
import { doneQuery, savedOrUnchanged } from '../_lib/done';
import { redirectAfterChange } from '../_lib/navigate';

export async function createTeamAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('team.manage', teamFormSchema, formData, createTeam);
  if (!result.ok) return result;
  return redirectAfterChange('/verwaltung/teams', doneQuery('angelegt'));
}

export async function updateTeamAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('team.manage', teamFormSchema, formData, (ctx, input) =>
    updateTeam(ctx, id, input),
  );
  if (!result.ok) return result;
  return redirectAfterChange(`/verwaltung/teams/${id}`, doneQuery(savedOrUnchanged(result.data)));
}

export async function deleteTeamAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('team.manage', emptyFormSchema, formData, (ctx) =>
    deleteTeam(ctx, id),
  );
  if (!result.ok) return result;
  return redirectAfterChange('/verwaltung/teams', doneQuery('geloescht'));
}
