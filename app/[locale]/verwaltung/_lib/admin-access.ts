import 'server-only';
import type { z } from 'zod';
import { formValues, runAction, toFailure, type ActionResult } from '@/lib/action';
import type { AdminContext } from '@/lib/admin/context';
import { decide, type AdministrationAction, type StaffActor } from '@/lib/auth/policy';
import { authorize, authorizePage, getActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { getDatabase } from '@/lib/server/database';

const administration = { type: 'administration' } as const;

/** Administration is for staff only (the policy says so); this narrows the type. */
function asStaff<T extends { kind: string }>(actor: T): Extract<T, { kind: 'staff' }> {
  if (actor.kind !== 'staff')
    throw new AppError('FORBIDDEN', 'Staff only.', { reason: 'forbidden' });
  return actor as Extract<T, { kind: 'staff' }>;
}

/** Pages: sign-in, 403 or the acting staff member. `path` is where sign-in returns to. */
export async function openAdminPage(
  action: AdministrationAction,
  path: string,
): Promise<StaffActor> {
  return asStaff(await authorizePage(action, administration, path));
}

/**
 * For generateMetadata, which runs beside the page's own check: a record's name goes into
 * the title only for someone allowed to see it.
 */
export async function mayAdminister(action: AdministrationAction): Promise<boolean> {
  return decide(await getActor(), action, administration).allowed;
}

/**
 * The administration's server actions: authorise first (a page check does not cover
 * the actions it renders), then parse the form and run the change with the actor, the
 * database and the clock. Failures come back translated from `AdminErrors`.
 */
export async function runAdminAction<S extends z.ZodType, T>(
  action: AdministrationAction,
  schema: S,
  formData: FormData,
  run: (ctx: AdminContext, input: z.output<S>) => T,
): Promise<ActionResult<T>> {
  let ctx: AdminContext;
  try {
    const actor = asStaff(await authorize(action, administration));
    ctx = { db: getDatabase(), now: new Date(), actorId: actor.staffId };
  } catch (error) {
    return { ...(await toFailure(error, 'AdminErrors')), values: formValues(formData) };
  }
  return runAction(schema, formData, (input) => run(ctx, input), 'AdminErrors');
}
