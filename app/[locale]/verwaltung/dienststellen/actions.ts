'use server';

import type { ActionState } from '@/lib/action';
import { createOffice, deleteOffice, setOfficeActive, updateOffice } from '@/lib/admin/offices';
import {
  activationFormSchema,
  emptyFormSchema,
  newOfficeFormSchema,
  officeFormSchema,
} from '@/lib/admin/schemas';
import { runAdminAction } from '../_lib/admin-access';
import { doneQuery, savedOrUnchanged } from '../_lib/done';
import { redirectAfterChange } from '../_lib/navigate';

const officePath = (id: string) => `/verwaltung/dienststellen/${id}`;

export async function createOfficeAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('office.manage', newOfficeFormSchema, formData, createOffice);
  if (!result.ok) return result;
  return redirectAfterChange(officePath(result.data.id), doneQuery('angelegt'));
}

export async function updateOfficeAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('office.manage', officeFormSchema, formData, (ctx, input) =>
    updateOffice(ctx, id, input),
  );
  if (!result.ok) return result;
  return redirectAfterChange(officePath(id), doneQuery(savedOrUnchanged(result.data)));
}

export async function setOfficeActiveAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction(
    'office.manage',
    activationFormSchema,
    formData,
    (ctx, input) => ({
      isActive: input.active,
      ...setOfficeActive(ctx, id, input.active),
    }),
  );
  if (!result.ok) return result;
  const { isActive, upcomingBookings } = result.data;
  return redirectAfterChange(
    officePath(id),
    isActive ? doneQuery('aktiviert') : doneQuery('deaktiviert', upcomingBookings),
  );
}

export async function deleteOfficeAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('office.manage', emptyFormSchema, formData, (ctx) =>
    deleteOffice(ctx, id),
  );
  if (!result.ok) return result;
  return redirectAfterChange('/verwaltung/dienststellen', doneQuery('geloescht'));
}
