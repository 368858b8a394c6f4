import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { runStaffAction, type StaffActionContext } from '../../_lib/staff-action';

export { redirectTo } from '../../_lib/staff-action';
export type RosterContext = StaffActionContext;

/**
 * The team area's server actions (the roster service then asks the policy about the
 * team); failures are translated from `RosterErrors`.
 */
export async function runRosterAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  run: (ctx: RosterContext, input: z.output<S>) => T | Promise<T>,
): Promise<ActionResult<T>> {
  return runStaffAction('RosterErrors', schema, formData, run);
}
