import 'server-only';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { formValues, runAction, toFailure, type ActionResult } from '@/lib/action';
import type { StaffActor } from '@/lib/auth/policy';
import { authorize } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';
import { limitWrites } from '@/lib/server/action-rate-limit';
import { getDatabase } from '@/lib/server/database';
import type { RosterDeps } from '@/lib/roster/service';

export type RosterContext = { actor: StaffActor; deps: RosterDeps };

/**
 * The team area's server actions: staff only (the roster service then asks the policy
 * about the team), the write limit, then the form through `runAction`. Failures come
 * back translated from `RosterErrors`.
 */
export async function runRosterAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  run: (ctx: RosterContext, input: z.output<S>) => T | Promise<T>,
): Promise<ActionResult<T>> {
  let ctx: RosterContext;
  try {
    const actor = (await authorize('workspace.open', { type: 'workspace' })) as StaffActor;
    const now = new Date();
    await limitWrites(now);
    ctx = { actor, deps: { db: getDatabase(), now } };
  } catch (error) {
    return { ...(await toFailure(error, 'RosterErrors')), values: formValues(formData) };
  }
  return runAction(schema, formData, (input) => run(ctx, input), 'RosterErrors');
}

export async function redirectTo(pathname: string, query: Record<string, string> = {}) {
  return redirect({ href: { pathname, query }, locale: await getLocale() });
}
