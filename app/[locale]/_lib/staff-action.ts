import 'server-only';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import {
  formValues,
  runAction,
  toFailure,
  type ActionResult,
  type ErrorCatalogue,
} from '@/lib/action';
import type { StaffActor } from '@/lib/auth/policy';
import { authorize } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';
import { limitWrites } from '@/lib/server/action-rate-limit';
import { getDatabase } from '@/lib/server/database';
import type { WorkspaceDeps } from '@/lib/workspace/context';

export type StaffActionContext = { actor: StaffActor; deps: WorkspaceDeps };

/**
 * A staff area's server action: staff only (the services then ask the policy about the
 * booking, calendar or team itself), the write limit, then the form through `runAction`.
 * Failures come back translated from the area's own error catalogue.
 */
export async function runStaffAction<S extends z.ZodType, T>(
  catalogue: ErrorCatalogue,
  schema: S,
  formData: FormData,
  run: (ctx: StaffActionContext, input: z.output<S>) => T | Promise<T>,
): Promise<ActionResult<T>> {
  let ctx: StaffActionContext;
  try {
    const actor = (await authorize('workspace.open', { type: 'workspace' })) as StaffActor;
    const now = new Date();
    await limitWrites(now);
    ctx = { actor, deps: { db: getDatabase(), now } };
  } catch (error) {
    return { ...(await toFailure(error, catalogue)), values: formValues(formData) };
  }
  return runAction(schema, formData, (input) => run(ctx, input), catalogue);
}

/** After a successful change: on to `pathname` (current locale) with what was done. */
export async function redirectTo(
  pathname: string,
  query: Record<string, string> = {},
  hash?: string,
): Promise<never> {
  const href = hash ? { pathname, query, hash } : { pathname, query };
  return redirect({ href, locale: await getLocale() });
}
