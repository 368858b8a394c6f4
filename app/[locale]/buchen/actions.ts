'use server';

import { refresh } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { formValues, runAction, type ActionState } from '@/lib/action';
import {
  confirmFormSchema,
  contactFormSchema,
  flowParamsSchema,
  holdFormSchema,
  type HoldForm,
} from '@/lib/booking/form-schemas';
import { holdSlot } from '@/lib/booking/service-hold';
import { redirect } from '@/lib/i18n/navigation';
import { limitWrites } from '@/lib/server/action-rate-limit';
import { bookingDeps } from '@/lib/server/booking-deps';
import { bookFromFlow } from './_lib/book';
import {
  clearFlowCookies,
  readAnyHold,
  readHold,
  saveContact,
  saveHold,
} from './_lib/flow-cookies';
import { flowHref } from './_lib/flow';

/** Step 4 (and "take this alternative instead"): hold the time, then continue. */
export async function holdAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const result = await runAction(holdFormSchema, formData, async (input) => {
    const { returnTo, ...params } = input;
    if (await hasLiveHold(input)) return { returnTo, params };
    const deps = bookingDeps();
    await limitWrites(deps.now);
    const previous = await readAnyHold();
    const hold = holdSlot(
      deps,
      {
        serviceId: input.service,
        channel: input.channel,
        officeId: input.office,
        start: input.start,
        language: input.language,
      },
      { replacesHoldToken: previous?.token },
    );
    await saveHold({
      token: hold.holdToken,
      expiresAt: hold.expiresAt,
      start: hold.start,
      officeId: input.office,
      serviceId: input.service,
      channel: input.channel,
    });
    return { returnTo, params: { ...params, start: hold.start, date: hold.start.slice(0, 10) } };
  });
  if (!result.ok) {
    // Show the list without the time that was just taken.
    if (result.reason === 'slot_taken') refresh();
    return result;
  }
  const step = result.data.returnTo === 'review' ? 'review' : 'contact';
  return redirect({ href: flowHref(step, result.data.params), locale: await getLocale() });
}

/** Choosing the time that is already held for this visitor again keeps that hold. */
async function hasLiveHold(input: HoldForm) {
  const hold = await readHold({
    start: input.start,
    officeId: input.office,
    serviceId: input.service,
    channel: input.channel,
  });
  return !!hold && Date.parse(hold.expiresAt) > bookingDeps().now.getTime();
}

/** Step 5: check the contact details and keep them (in a cookie) for the review. */
export async function saveContactAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAction(contactFormSchema, formData, async ({ channel: _c, ...c }) => {
    await saveContact(c);
  });
  if (!result.ok) return result;
  const params = flowParamsSchema.parse(formValues(formData));
  return redirect({ href: flowHref('review', params), locale: await getLocale() });
}

/** Step 6: book. An alternative time offered after "slot taken" is held first. */
export async function confirmAction(state: ActionState, formData: FormData): Promise<ActionState> {
  if (formData.get('alternative')) {
    formData.set('returnTo', 'review');
    return holdAction(state, formData);
  }
  const locale = await getLocale();
  const result = await runAction(confirmFormSchema, formData, (input) =>
    bookFromFlow(input, locale),
  );
  if (!result.ok) return result;
  await clearFlowCookies();
  const { id, manageToken, warnings } = result.data;
  const query = { token: manageToken, ...(warnings.length ? { hinweis: warnings.join(',') } : {}) };
  return redirect({ href: { pathname: `/buchen/bestaetigung/${id}`, query }, locale });
}
