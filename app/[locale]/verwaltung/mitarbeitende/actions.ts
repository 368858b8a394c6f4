'use server';

import type { ActionState } from '@/lib/action';
import { activationFormSchema, staffFormSchema } from '@/lib/admin/schemas';
import { createStaff, setStaffActive, updateStaff } from '@/lib/admin/staff';
import { runAdminAction } from '../_lib/admin-access';
import { doneQuery, savedOrUnchanged } from '../_lib/done';
import { redirectAfterChange } from '../_lib/navigate';

export async function createStaffAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('staff.manage', staffFormSchema, formData, createStaff);
  if (!result.ok) return result;
  return redirectAfterChange('/verwaltung/mitarbeitende', {
    ...doneQuery('angelegt'),
    konto: result.data.id,
  });
}

export async function updateStaffAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('staff.manage', staffFormSchema, formData, (ctx, input) =>
    updateStaff(ctx, id, input),
  );
  if (!result.ok) return result;
  return redirectAfterChange(
    `/verwaltung/mitarbeitende/${id}`,
    doneQuery(savedOrUnchanged(result.data)),
  );
}

export async function setStaffActiveAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction(
    'staff.manage',
    activationFormSchema,
    formData,
    (ctx, input) => ({
      isActive: input.active,
      ...setStaffActive(ctx, id, input.active),
    }),
  );
  if (!result.ok) return result;
  const { isActive, upcomingBookings } = result.data;
  return redirectAfterChange(
    `/verwaltung/mitarbeitende/${id}`,
    isActive ? doneQuery('aktiviert') : doneQuery('deaktiviert', upcomingBookings),
  );
}
