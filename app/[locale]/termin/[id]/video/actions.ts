'use server';

import { getLocale } from 'next-intl/server';
import { z } from 'zod';
import { runAction, type ActionState } from '@/lib/action';
import { getActorFor } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';
import { limitWrites } from '@/lib/server/action-rate-limit';
import { videoDeps } from '@/lib/server/video';
import { recordVideoConsent } from '@/lib/video/service';

const consentFormSchema = z.object({
  token: z.string().trim().max(200).default(''),
  privacyConsent: z.literal('on'),
});

/** The client confirms the video privacy notice; the consent is logged with the booking. */
export async function confirmVideoPrivacyAction(
  bookingId: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAction(consentFormSchema, formData, async ({ token }) => {
    const deps = videoDeps();
    await limitWrites(deps.now);
    recordVideoConsent(deps, await getActorFor(token), bookingId);
    return token;
  });
  if (!result.ok) return result;
  const query = result.data ? { token: result.data } : {};
  return redirect({
    href: { pathname: `/termin/${bookingId}/video`, query },
    locale: await getLocale(),
  });
}
