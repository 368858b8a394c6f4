'use server';

import type { ActionState } from '@/lib/action';
import { activationFormSchema, newServiceFormSchema, serviceFormSchema } from '@/lib/admin/schemas';
import { createService, setServiceActive, updateService } from '@/lib/admin/services';
import { runAdminAction } from '../_lib/admin-access';
import { doneQuery, savedOrUnchanged } from '../_lib/done';
import { redirectAfterChange } from '../_lib/navigate';

const servicePath = (id: string) => `/verwaltung/angebote/${id}`;

export async function createServiceAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction(
    'service.manage',
    newServiceFormSchema,
    formData,
    createService,
  );
  if (!result.ok) return result;
  return redirectAfterChange(servicePath(result.data.id), doneQuery('angelegt'));
}

export async function updateServiceAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction('service.manage', serviceFormSchema, formData, (ctx, input) =>
    updateService(ctx, id, input),
  );
  if (!result.ok) return result;
  return redirectAfterChange(servicePath(id), doneQuery(savedOrUnchanged(result.data)));
}

export async function setServiceActiveAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAdminAction(
    'service.manage',
    activationFormSchema,
    formData,
    (ctx, input) => {
      setServiceActive(ctx, id, input.active);
      return input.active;
    },
  );
  if (!result.ok) return result;
  return redirectAfterChange(servicePath(id), doneQuery(result.data ? 'aktiviert' : 'deaktiviert'));
}
