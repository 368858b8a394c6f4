'use server';

import { refresh } from 'next/cache';
import { getLocale } from 'next-intl/server';
import { getActorFor } from '@/lib/auth/session';
import { runAction, type ActionState } from '@/lib/action';
import {
  cancelFormSchema,
  channelChangeFormSchema,
  notesConsentFormSchema,
  rescheduleFormSchema,
} from '@/lib/booking/form-schemas';
import { setNotesConsent } from '@/lib/booking/service-consent';
import {
  cancelBooking,
  changeBookingChannel,
  rescheduleBooking,
} from '@/lib/booking/service-manage';
import { redirect } from '@/lib/i18n/navigation';
import { limitWrites } from '@/lib/server/action-rate-limit';
import { bookingDeps } from '@/lib/server/booking-deps';

/** The booking dependencies for a change, after the client's write limit is checked. */
async function writeDeps() {
  const deps = bookingDeps();
  await limitWrites(deps.now);
  return deps;
}

/** Back to the manage page with a note of what was done. */
async function backToBooking(id: string, token: string, done: Record<string, string>) {
  const locale = await getLocale();
  const query = token ? { token, ...done } : done;
  return redirect({ href: { pathname: `/termin/${id}`, query }, locale });
}

export async function rescheduleAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAction(rescheduleFormSchema, formData, async ({ token, start }) => ({
    token,
    changed: rescheduleBooking(await writeDeps(), id, await getActorFor(token), { start })
      .counsellorChanged,
  }));
  if (!result.ok) {
    if (result.reason === 'slot_taken') refresh();
    return result;
  }
  const { token, changed } = result.data;
  return backToBooking(id, token, { erledigt: 'verschoben', ...(changed ? { wechsel: '1' } : {}) });
}

export async function changeChannelAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAction(channelChangeFormSchema, formData, async ({ token, ...c }) => {
    changeBookingChannel(await writeDeps(), id, await getActorFor(token), c);
    return token;
  });
  if (result.ok) return backToBooking(id, result.data, { erledigt: 'kanal' });
  return result;
}

export async function cancelAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAction(cancelFormSchema, formData, async ({ token, reason }) => {
    cancelBooking(await writeDeps(), id, await getActorFor(token), { reason });
    return token;
  });
  if (!result.ok) return result;
  return backToBooking(id, result.data, { erledigt: 'abgesagt' });
}

export async function notesConsentAction(
  id: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const result = await runAction(notesConsentFormSchema, formData, async (input) => {
    setNotesConsent(await writeDeps(), id, await getActorFor(input.token), input.notesConsent);
    return input.token;
  });
  if (!result.ok) return result;
  return backToBooking(id, result.data, { erledigt: 'notizen' });
}
