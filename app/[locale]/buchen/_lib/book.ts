import 'server-only';
import type { z } from 'zod';
import { AppError, isAppError } from '@/lib/errors';
import { hasNeeds, type confirmFormSchema } from '@/lib/booking/form-schemas';
import { createBookingSchema } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import type { Locale } from '@/lib/i18n/locales';
import { limitWrites } from '@/lib/server/action-rate-limit';
import { bookingDeps } from '@/lib/server/booking-deps';
import { readContact, readHold } from './flow-cookies';

type ConfirmInput = z.output<typeof confirmFormSchema>;

/**
 * Builds the booking request from the reviewed choices and the stored contact details,
 * and books. If the hold ran out meanwhile, the time is booked anyway when it is still
 * free: the hold only protects it, it is not a condition.
 */
export async function bookFromFlow(input: ConfirmInput, locale: Locale) {
  const contact = await readContact(input.channel);
  if (!contact) {
    throw new AppError('INVALID_INPUT', 'Contact details are missing.', {
      reason: 'contact_missing',
    });
  }
  const hold = await readHold({
    start: input.start,
    officeId: input.office,
    serviceId: input.service,
    channel: input.channel,
  });
  const request = createBookingSchema.parse({
    holdToken: hold?.token,
    serviceId: input.service,
    channel: input.channel,
    officeId: input.office,
    start: input.start,
    meetingPointId: input.channel === 'walk_and_talk' ? input.meetingPoint : undefined,
    language: input.language ?? 'de',
    client: {
      name: contact.name,
      email: contact.email,
      phone: contact.phone,
      preferredLanguage: locale,
    },
    privacyConsent: contact.privacyConsent,
    needs: hasNeeds(contact)
      ? {
          interpreterLanguage: contact.interpreterLanguage,
          hearingImpairment: contact.hearingImpairment,
          visionImpairment: contact.visionImpairment,
          mobilityImpairment: contact.mobilityImpairment,
        }
      : undefined,
    needsConsent: contact.needsConsent,
    notesConsent: contact.notesConsent,
    locale,
  });
  const deps = bookingDeps();
  await limitWrites(deps.now);
  try {
    return createBooking(deps, request, input.idempotencyKey);
  } catch (error) {
    if (!isAppError(error) || error.reason !== 'hold_expired') throw error;
    return createBooking(deps, { ...request, holdToken: undefined }, input.idempotencyKey);
  }
}
