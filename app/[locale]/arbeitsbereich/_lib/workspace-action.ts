import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/action';
import { runStaffAction, type StaffActionContext } from '../../_lib/staff-action';

export { redirectTo } from '../../_lib/staff-action';
export type WorkspaceContext = StaffActionContext;

/** The workspace's server actions; failures are translated from `WorkspaceErrors`. */
export async function runWorkspaceAction<S extends z.ZodType, T>(
  schema: S,
  formData: FormData,
  run: (ctx: WorkspaceContext, input: z.output<S>) => T | Promise<T>,
): Promise<ActionResult<T>> {
  return runStaffAction('WorkspaceErrors', schema, formData, run);
}
