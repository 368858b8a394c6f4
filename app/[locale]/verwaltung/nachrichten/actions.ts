'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { runAction, toFailure, type ActionState } from '@/lib/action';
import { authorize } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';
import { retryFailedJob } from '@/lib/notify/admin';
import { getDatabase } from '@/lib/server/database';

const retrySchema = z.object({
  jobId: z
    .string()
    .trim()
    .regex(/^\d{1,12}$/)
    .transform(Number),
});

/** Reasons of the queue's own errors; their texts live in Notify.admin.errors. */
const ownReasons = ['job_not_found', 'job_not_failed'] as const;

/** Sends a failed message again: authorised first, then back to the list with a notice. */
export async function retryJobAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  try {
    await authorize('notifications.manage', { type: 'administration' });
  } catch (error) {
    return toFailure(error);
  }
  const result = await runAction(retrySchema, formData, ({ jobId }) => {
    retryFailedJob(getDatabase(), jobId, new Date());
    return jobId;
  });
  if (!result.ok) {
    const reason = ownReasons.find((r) => r === result.reason);
    if (!reason) return result;
    const t = await getTranslations('Notify.admin.errors');
    return { ...result, message: t(reason) };
  }
  const locale = await getLocale();
  return redirect({
    href: { pathname: '/verwaltung/nachrichten', query: { erneut: String(result.data) } },
    locale,
  });
}
