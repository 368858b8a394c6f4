import type { OfficeWithDetails } from '@/db/queries/catalogue';
import { findServiceDuration } from '@/db/queries/catalogue';
import {
  findFollowUpSource,
  listChannelsOfCounsellor,
  type FollowUpSource,
} from '@/db/queries/workspace-follow-up';
import { hasEventOfType, insertWorkspaceEvent } from '@/db/queries/workspace-outcomes';
import { channels, type Channel } from '@/db/schema/enums';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { assertBookingAccess } from '@/lib/auth/access';
import type { Actor, StaffActor } from '@/lib/auth/policy';
import { requireOffice, type BookingDeps } from '@/lib/booking/context';
import { createBooking, type CreatedBooking } from '@/lib/booking/service-create';
import { listSlots, type PublicSlot } from '@/lib/booking/service-slots';
import { addDaysToLocalDate, localDateOf } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';

/** How far ahead a follow-up is offered: four weeks, like the public booking flow. */
const searchDays = 27;

export type FollowUpOptions = {
  source: FollowUpSource;
  office: OfficeWithDetails;
  /** Channels on which this service can be booked with this counsellor at this office. */
  channels: Channel[];
};

function asStaff(actor: Actor): StaffActor {
  if (actor.kind !== 'staff')
    throw new AppError('FORBIDDEN', 'Staff only.', { reason: 'forbidden' });
  return actor;
}

/**
 * What a follow-up can be: the same client, service and office with the same counsellor.
 * Offered from an appointment that has begun (held, or being held) and was not cancelled
 * or missed.
 */
export function followUpOptions(ex: Executor, actor: Actor, bookingId: string, now: Date) {
  assertBookingAccess(ex, actor, 'booking.book-follow-up', bookingId);
  const staff = asStaff(actor);
  const source = findFollowUpSource(ex, bookingId)!;
  const hasBegun = now.getTime() >= Date.parse(source.startsAt);
  if (!hasBegun || !['confirmed', 'completed'].includes(source.status)) {
    throw new AppError('CONFLICT', 'A follow-up is booked from an appointment that took place.', {
      reason: 'follow_up_not_possible',
    });
  }
  const office = requireOffice(ex, source.officeId);
  const served = new Set(listChannelsOfCounsellor(ex, staff.staffId));
  const offered = channels.filter((channel) => {
    const duration = findServiceDuration(ex, source.serviceId, channel);
    return (
      served.has(channel) &&
      office.channels.includes(channel) &&
      duration?.providerId === office.providerId
    );
  });
  return { source, office, channels: offered, counsellorId: staff.staffId };
}

/** The counsellor's own free times for the follow-up on one channel, four weeks ahead. */
export function listFollowUpSlots(
  deps: BookingDeps,
  actor: Actor,
  bookingId: string,
  channel: Channel,
): PublicSlot[] {
  const options = followUpOptions(deps.db, actor, bookingId, deps.now);
  if (!options.channels.includes(channel)) return [];
  const today = localDateOf(deps.now, options.office.timeZone);
  return listSlots(deps, {
    serviceId: options.source.serviceId,
    channel,
    officeId: options.office.id,
    to: addDaysToLocalDate(today, searchDays),
    language: options.source.language,
    counsellorId: options.counsellorId,
  }).slots;
}

export type FollowUpRequest = {
  channel: Channel;
  /** ISO 8601 with offset, one of the listed slots. */
  start: string;
  meetingPointId?: string;
  /** Needed for a phone follow-up when no number is on file. */
  phone?: string;
  /** One per form: a second submit of the same form books nothing twice. */
  idempotencyKey: string;
};

/** The client's mails go out in the language they chose (of those the mails exist in). */
function mailLocaleOf(source: FollowUpSource): 'de' | 'en' {
  return source.clientLanguage === 'en' ? 'en' : 'de';
}

/**
 * Books the follow-up with the booking service (same checks, same confirmation mail with
 * a manage link as any booking) and records in the same transaction that the counsellor
 * booked it. The client agreed to the processing when booking the first appointment; the
 * support needs they shared travel with it.
 */
export function bookFollowUp(
  deps: BookingDeps,
  actor: Actor,
  bookingId: string,
  req: FollowUpRequest,
): CreatedBooking {
  return withWriteTransaction(deps.db, (tx) => {
    const {
      source,
      channels: offered,
      counsellorId,
    } = followUpOptions(tx, actor, bookingId, deps.now);
    if (!offered.includes(req.channel)) {
      throw new AppError('INVALID_INPUT', 'This channel is not offered for this service.', {
        reason: 'channel_not_offered',
        fieldErrors: { channel: ['Not offered.'] },
      });
    }
    const phone = req.phone ?? source.clientPhone ?? undefined;
    if (req.channel === 'phone' && !phone) {
      throw new AppError('INVALID_INPUT', 'A phone number is needed for a phone appointment.', {
        reason: 'phone_required',
        fieldErrors: { phone: ['Required for phone appointments.'] },
      });
    }
    // Nested in this transaction: better-sqlite3 runs the booking's own one as a savepoint.
    const created = createBooking(
      deps,
      {
        serviceId: source.serviceId,
        channel: req.channel,
        officeId: source.officeId,
        start: req.start,
        meetingPointId: req.channel === 'walk_and_talk' ? req.meetingPointId : undefined,
        language: source.language,
        counsellorId,
        client: {
          name: source.clientName,
          email: source.clientEmail,
          phone,
          preferredLanguage: source.clientLanguage,
        },
        privacyConsent: true,
        needs: source.needs ?? undefined,
        needsConsent: source.needs !== null,
        notesConsent: source.notesConsent,
        locale: mailLocaleOf(source),
      },
      `follow-up:${req.idempotencyKey}`,
    );
    // A replayed request returns the first booking, which already says who booked it.
    if (hasEventOfType(tx, created.id, 'booked_by_staff')) return created;
    insertWorkspaceEvent(tx, {
      bookingId: created.id,
      type: 'booked_by_staff',
      actorType: 'staff',
      actorId: counsellorId,
      data: { followUpOf: bookingId },
      occurredAt: deps.now.toISOString(),
    });
    return created;
  });
}
