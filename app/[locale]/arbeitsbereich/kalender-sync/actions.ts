'use server';

import type { ActionState } from '@/lib/action';
import { connectCalendar, disconnectCalendar } from '@/lib/caldav/connection';
import type { CalendarSyncDeps } from '@/lib/caldav/context';
import { connectCalendarSchema } from '@/lib/caldav/schemas';
import { getConfig } from '@/lib/env';
import { emptyFormSchema } from '@/lib/workspace/schemas';
import type { WorkspaceDeps } from '@/lib/workspace/context';
import { redirectTo, runWorkspaceAction } from '../_lib/workspace-action';

function syncDeps(deps: WorkspaceDeps): CalendarSyncDeps {
  const config = getConfig();
  return {
    db: deps.db,
    now: () => new Date(),
    secret: config.auth.secret,
    allowPlainHttp: config.mode === 'demo',
    maxAttempts: config.notify.maxAttempts,
  };
}

/** Checks the calendar on its server, then stores the connection. */
export async function connectCalendarAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runWorkspaceAction(
    connectCalendarSchema,
    formData,
    ({ actor, deps }, input) => connectCalendar(syncDeps(deps), actor, actor.staffId, input),
  );
  if (!result.ok) {
    // The password never travels back into the page.
    if (result.values) delete result.values.password;
    return result;
  }
  return redirectTo('/arbeitsbereich/kalender-sync', { erledigt: 'connected' });
}

export async function disconnectCalendarAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runWorkspaceAction(emptyFormSchema, formData, ({ actor, deps }) =>
    disconnectCalendar(syncDeps(deps), actor, actor.staffId),
  );
  if (!result.ok) return result;
  return redirectTo('/arbeitsbereich/kalender-sync', { erledigt: 'disconnected' });
}
