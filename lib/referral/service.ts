import { listActiveServices, listOffices } from '@/db/queries/catalogue';
import { findReferralByTarget, insertReferral } from '@/db/queries/referrals';
import { findFollowUpSource } from '@/db/queries/workspace-follow-up';
import { insertWorkspaceEvent } from '@/db/queries/workspace-outcomes';
import type { Channel, ProviderId } from '@/db/schema/enums';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { assertBookingAccess } from '@/lib/auth/access';
import type { Actor } from '@/lib/auth/policy';
import { requireOffice, type BookingDeps } from '@/lib/booking/context';
import { createBooking, type CreatedBooking } from '@/lib/booking/service-create';
import { listSlots, type PublicSlot } from '@/lib/booking/service-slots';
import { addDaysToLocalDate, localDateOf } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import type { ReferralInput } from './schemas';

/** How far ahead a referral is offered: four weeks, like a follow-up. */
const searchDays = 27;

export function otherProvider(provider: ProviderId): ProviderId {
  return provider === 'bbie' ? 'bbe' : 'bbie';
}

/**
 * Where the counsellor of an appointment that took place can refer the client: the other
 * provider's offices and services. The policy lets the booking's counsellor and their
 * team lead do it.
 */
export function referralOptions(
  ex: Executor,
  actor: Actor,
  bookingId: string,
  now: Date,
  locale: string,
) {
  assertBookingAccess(ex, actor, 'booking.refer', bookingId);
  const source = findFollowUpSource(ex, bookingId)!;
  const hasBegun = now.getTime() >= Date.parse(source.startsAt);
  if (!hasBegun || !['confirmed', 'completed'].includes(source.status)) {
    throw new AppError('CONFLICT', 'A referral is made from an appointment that took place.', {
      reason: 'referral_not_possible',
    });
  }
  const fromProvider = requireOffice(ex, source.officeId).providerId;
  const toProvider = otherProvider(fromProvider);
  return {
    source,
    fromProvider,
    toProvider,
    offices: listOffices(ex, { providerId: toProvider }),
    services: listActiveServices(ex, locale).filter((s) => s.providerId === toProvider),
  };
}

/** The receiving office, which must belong to the other provider. */
function requireReceivingOffice(ex: Executor, officeId: string, toProvider: ProviderId) {
  const office = requireOffice(ex, officeId);
  if (office.providerId !== toProvider) {
    throw new AppError('INVALID_INPUT', 'Refer to an office of the other provider.', {
      reason: 'office_not_found',
      fieldErrors: { officeId: ['Not an office of the other provider.'] },
    });
  }
  return office;
}

/** Free times at the receiving office, four weeks ahead, in the client's language. */
export function listReferralSlots(
  deps: BookingDeps,
  actor: Actor,
  bookingId: string,
  choice: { officeId: string; serviceId: string; channel: Channel },
): PublicSlot[] {
  const options = referralOptions(deps.db, actor, bookingId, deps.now, 'de');
  const office = requireReceivingOffice(deps.db, choice.officeId, options.toProvider);
  const today = localDateOf(deps.now, office.timeZone);
  return listSlots(deps, {
    ...choice,
    to: addDaysToLocalDate(today, searchDays),
    language: options.source.language,
  }).slots;
}

/**
 * Books the slot at the other provider for the same client (the booking service's own
 * checks, confirmation mail and manage link), records the referral with its note and the
 * moment the counsellor confirmed the client's consent, and marks both bookings with an
 * event, all in one transaction. The earlier appointment's private notes do not travel.
 */
export function createReferral(
  deps: BookingDeps,
  actor: Actor,
  bookingId: string,
  req: ReferralInput,
): CreatedBooking {
  return withWriteTransaction(deps.db, (tx) => {
    const { source, fromProvider, toProvider } = referralOptions(
      tx,
      actor,
      bookingId,
      deps.now,
      'de',
    );
    if (actor.kind !== 'staff') throw new AppError('FORBIDDEN', 'Staff only.');
    requireReceivingOffice(tx, req.officeId, toProvider);
    const phone = req.phone ?? source.clientPhone ?? undefined;
    if (req.channel === 'phone' && !phone) {
      throw new AppError('INVALID_INPUT', 'A phone number is needed for a phone appointment.', {
        reason: 'phone_required',
        fieldErrors: { phone: ['Required for phone appointments.'] },
      });
    }
    const created = createBooking(
      deps,
      {
        serviceId: req.serviceId,
        channel: req.channel,
        officeId: req.officeId,
        start: req.start,
        meetingPointId: req.channel === 'walk_and_talk' ? req.meetingPointId : undefined,
        language: source.language,
        client: {
          name: source.clientName,
          email: source.clientEmail,
          phone,
          preferredLanguage: source.clientLanguage,
        },
        privacyConsent: true,
        // Only the short note travels to the other provider, not the support needs.
        needsConsent: false,
        locale: source.clientLanguage === 'en' ? 'en' : 'de',
      },
      `referral:${req.idempotencyKey}`,
    );
    // A replayed request returns the first booking, which already has its referral.
    if (findReferralByTarget(tx, created.id)) return created;
    const now = deps.now.toISOString();
    insertReferral(tx, {
      id: crypto.randomUUID(),
      fromBookingId: bookingId,
      toBookingId: created.id,
      fromStaffId: actor.staffId,
      fromProviderId: fromProvider,
      toProviderId: toProvider,
      toOfficeId: req.officeId,
      note: req.referralNote,
      consentAt: now,
      createdAt: now,
    });
    insertWorkspaceEvent(tx, {
      bookingId: created.id,
      type: 'booked_by_staff',
      actorType: 'staff',
      actorId: actor.staffId,
      data: { referralFrom: bookingId, fromProvider },
      occurredAt: now,
    });
    insertWorkspaceEvent(tx, {
      bookingId,
      type: 'referred',
      actorType: 'staff',
      actorId: actor.staffId,
      data: { toBooking: created.id, toProvider, toOffice: req.officeId },
      occurredAt: now,
    });
    return created;
  });
}
