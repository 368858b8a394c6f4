'use server';

import { getLocale } from 'next-intl/server';
import { runAction, type ActionState } from '@/lib/action';
import { redirect } from '@/lib/i18n/navigation';
import { limitWrites } from '@/lib/server/action-rate-limit';
import { bookingDeps } from '@/lib/server/booking-deps';
import {
  joinWaitlistFormSchema,
  joinWaitlistSchema,
  leaveFormSchema,
  offerFormSchema,
} from '@/lib/waitlist/schemas';
import { acceptOffer, joinWaitlist, leaveWaitlist } from '@/lib/waitlist/service';

/** Join the waitlist from the booking flow's "no free time" step. */
export async function joinWaitlistAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const locale = await getLocale();
  const result = await runAction(joinWaitlistFormSchema, formData, async (form) => {
    const deps = bookingDeps();
    await limitWrites(deps.now);
    const req = joinWaitlistSchema.parse({
      serviceId: form.service,
      channel: form.channel,
      officeId: form.office,
      partOfDay: form.partOfDay,
      client: { name: form.name, email: form.email, phone: form.phone },
      privacyConsent: form.privacyConsent,
      locale,
    });
    return joinWaitlist(deps, req).id;
  });
  if (!result.ok) return result;
  return redirect({ href: '/warteliste/eingetragen', locale });
}

/** Book the time an offer mail holds; on to the booking flow's confirmation page. */
export async function acceptOfferAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const locale = await getLocale();
  const result = await runAction(offerFormSchema, formData, async ({ offer, token }) => {
    const deps = bookingDeps();
    await limitWrites(deps.now);
    return acceptOffer(deps, offer, token);
  });
  if (!result.ok) return result;
  const { id, manageToken } = result.data;
  return redirect({
    href: { pathname: `/buchen/bestaetigung/${id}`, query: { token: manageToken } },
    locale,
  });
}

/** Leave the waitlist (the link in every offer mail leads to the page with this button). */
export async function leaveWaitlistAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const locale = await getLocale();
  const result = await runAction(leaveFormSchema, formData, async ({ entry, token }) => {
    const deps = bookingDeps();
    await limitWrites(deps.now);
    leaveWaitlist(deps, entry, token);
    return entry;
  });
  if (!result.ok) return result;
  return redirect({
    href: { pathname: `/warteliste/abmelden/${result.data}`, query: { abgemeldet: '1' } },
    locale,
  });
}
