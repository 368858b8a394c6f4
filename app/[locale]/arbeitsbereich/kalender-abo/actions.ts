'use server';

import { getLocale } from 'next-intl/server';
import type { ActionState } from '@/lib/action';
import { getConfig } from '@/lib/env';
import { endFeed, feedUrlOf, renewFeedToken } from '@/lib/workspace/calendar-feed';
import { emptyFormSchema } from '@/lib/workspace/schemas';
import { redirectTo, runWorkspaceAction } from '../_lib/workspace-action';

/**
 * A new secret for the feed. The URL comes back in the action's result and is shown once
 * (only its hash is stored), so this action answers instead of redirecting.
 */
export async function renewFeedAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const locale = await getLocale();
  return runWorkspaceAction(emptyFormSchema, formData, ({ actor, deps }) => {
    const token = renewFeedToken(deps, actor, actor.staffId);
    return { url: feedUrlOf(getConfig().appUrl, actor.staffId, token, locale) };
  });
}

export async function endFeedAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runWorkspaceAction(emptyFormSchema, formData, ({ actor, deps }) =>
    endFeed(deps, actor, actor.staffId),
  );
  if (!result.ok) return result;
  return redirectTo('/arbeitsbereich/kalender-abo', { erledigt: 'ended' });
}
