import { findBookingForManage, updateBooking, updateClientPhone } from '@/db/queries/bookings';
import { findBookingView } from '@/db/queries/booking-view';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { assertBookingAccess } from '@/lib/auth/access';
import type { Actor, BookingAction } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { noticeBookingCancelled, noticeBookingChanged } from '@/lib/notify/booking-notices';
import { offerFreedTime } from '@/lib/waitlist/offers';
import { assertActive, assertCanReschedule, assertChangeable } from './booking-rules';
import { requireMeetingPoint, requireOffer, requireOffice, type BookingDeps } from './context';
import type { CancelRequest, ChannelChangeRequest, RescheduleRequest } from './schemas';
import { claimSlot, SlotUnavailable, withSlotAlternatives } from './slot-claim';
import { toBookingView, type BookingView } from './view';

/** The booking's own time on another channel, or a clear "not at this time". */
function claimSameTime(
  tx: Parameters<typeof claimSlot>[0],
  search: Parameters<typeof claimSlot>[1],
  start: number,
) {
  try {
    return claimSlot(tx, search, start);
  } catch (error) {
    if (!(error instanceof SlotUnavailable)) throw error;
    throw new AppError(
      'CONFLICT',
      'Your counsellor does not offer this channel at the time of your appointment.',
      {
        reason: 'channel_unavailable_at_time',
        fieldErrors: { channel: ['Not available at this time.'] },
      },
    );
  }
}

/** Authorised by the policy first; a wrong token and a missing booking answer alike. */
function requireManaged(tx: Executor, id: string, actor: Actor, action: BookingAction) {
  assertBookingAccess(tx, actor, action, id);
  return findBookingForManage(tx, id)!;
}

/** The staff member who made a change, for notices (they need none about their own change). */
function actorStaffIdOf(actor: Actor): string | null {
  return actor.kind === 'staff' ? actor.staffId : null;
}

/** The time a cancelled or moved booking gives up: offered to the waitlist in the same transaction. */
function freedTimeOf(booking: { officeId: string; counsellorId: string; startsAt: string }) {
  return {
    officeId: booking.officeId,
    counsellorId: booking.counsellorId,
    startsAt: booking.startsAt,
  };
}

/** Who a booking event names: the client side stays anonymous, staff by their id. */
function eventActor(actor: Actor) {
  return actor.kind === 'staff'
    ? { actorType: 'staff' as const, actorId: actor.staffId }
    : { actorType: 'client' as const, actorId: null };
}

export function getBooking(
  deps: BookingDeps,
  id: string,
  actor: Actor,
  locale = 'de',
): BookingView {
  requireManaged(deps.db, id, actor, 'booking.read');
  return toBookingView(findBookingView(deps.db, id, locale)!, deps.now);
}

export type RescheduleResult = BookingView & { counsellorChanged: boolean };

/** Takes the new slot and releases the old one in one update: never both, never neither. */
export function rescheduleBooking(
  deps: BookingDeps,
  id: string,
  actor: Actor,
  req: RescheduleRequest,
  locale = 'de',
): RescheduleResult {
  const now = deps.now;
  const counsellorChanged = withSlotAlternatives(deps.db, () =>
    withWriteTransaction(deps.db, (tx) => {
      const { booking } = requireManaged(tx, id, actor, 'booking.reschedule');
      // Moving to the time it already has changes nothing and uses up no reschedule.
      if (Date.parse(booking.startsAt) === Date.parse(req.start)) return false;
      const office = requireOffice(tx, booking.officeId);
      assertCanReschedule(booking, office, now);
      const offer = requireOffer(tx, office, booking.serviceId, booking.channel);
      const search = {
        office,
        serviceId: booking.serviceId,
        channel: booking.channel,
        minutes: offer.minutes,
        now,
        language: booking.language,
        ownBookingId: booking.id,
      };
      const slot = claimSlot(tx, search, Date.parse(req.start));
      const keeps = slot.counsellorIds.includes(booking.counsellorId);
      const counsellorId = keeps ? booking.counsellorId : slot.counsellorIds[0]!;
      const moved = {
        startsAt: new Date(slot.start).toISOString(),
        endsAt: new Date(slot.end).toISOString(),
        counsellorId,
      };
      updateBooking(
        tx,
        booking.id,
        {
          ...moved,
          rescheduleCount: booking.rescheduleCount + 1,
          updatedAt: now.toISOString(),
        },
        {
          type: 'rescheduled',
          ...eventActor(actor),
          occurredAt: now.toISOString(),
          data: {
            from: booking.startsAt,
            to: new Date(slot.start).toISOString(),
            counsellorChanged: !keeps,
          },
        },
      );
      noticeBookingChanged(
        tx,
        deps.notify,
        {
          before: booking,
          after: { ...booking, ...moved },
          change: 'rescheduled',
          actorStaffId: actorStaffIdOf(actor),
        },
        now,
      );
      offerFreedTime(tx, deps.notify, freedTimeOf(booking), now);
      return !keeps;
    }),
  );
  return { ...getBooking(deps, id, actor, locale), counsellorChanged };
}

/** Same time, same counsellor, other channel: only where the counsellor offers it then. */
export function changeBookingChannel(
  deps: BookingDeps,
  id: string,
  actor: Actor,
  req: ChannelChangeRequest,
  locale = 'de',
): BookingView {
  const now = deps.now;
  withWriteTransaction(deps.db, (tx) => {
    const { booking, client } = requireManaged(tx, id, actor, 'booking.change-channel');
    const office = requireOffice(tx, booking.officeId);
    assertChangeable(booking, office, now);
    const isSameMeetingPoint =
      req.channel !== 'walk_and_talk' || req.meetingPointId === booking.meetingPointId;
    if (req.channel === booking.channel && isSameMeetingPoint) return;
    const offer = requireOffer(tx, office, booking.serviceId, req.channel);
    const meetingPoint =
      req.channel === 'walk_and_talk' ? requireMeetingPoint(office, req.meetingPointId) : null;
    if (req.channel === 'phone' && !req.phone && !client.phone) {
      throw new AppError('INVALID_INPUT', 'A phone number is needed for a phone appointment.', {
        reason: 'phone_required',
        fieldErrors: { phone: ['Required for phone appointments.'] },
      });
    }
    const search = {
      office,
      serviceId: booking.serviceId,
      channel: req.channel,
      minutes: offer.minutes,
      now,
      counsellorId: booking.counsellorId,
      ownBookingId: booking.id,
      ignoreMinNotice: true,
    };
    const slot = claimSameTime(tx, search, Date.parse(booking.startsAt));
    updateBooking(
      tx,
      booking.id,
      {
        channel: req.channel,
        meetingPointId: meetingPoint?.id ?? null,
        endsAt: new Date(slot.end).toISOString(),
        updatedAt: now.toISOString(),
      },
      {
        type: 'channel_changed',
        ...eventActor(actor),
        occurredAt: now.toISOString(),
        data: { from: booking.channel, to: req.channel, meetingPointId: meetingPoint?.id ?? null },
      },
    );
    if (req.phone) updateClientPhone(tx, booking.clientId, req.phone);
    noticeBookingChanged(
      tx,
      deps.notify,
      {
        before: booking,
        after: { ...booking, channel: req.channel, meetingPointId: meetingPoint?.id ?? null },
        change: 'channel_changed',
        actorStaffId: actorStaffIdOf(actor),
      },
      now,
    );
  });
  return getBooking(deps, id, actor, locale);
}

/** Cancelling frees the slot at once: only confirmed bookings block. */
export function cancelBooking(
  deps: BookingDeps,
  id: string,
  actor: Actor,
  req: CancelRequest,
  locale = 'de',
): BookingView {
  const now = deps.now;
  withWriteTransaction(deps.db, (tx) => {
    const { booking } = requireManaged(tx, id, actor, 'booking.cancel');
    // The change window keeps late client changes away from the office; staff cancel
    // (e.g. illness that morning) whenever the appointment is still active.
    if (actor.kind === 'staff') assertActive(booking);
    else assertChangeable(booking, requireOffice(tx, booking.officeId), now);
    updateBooking(
      tx,
      booking.id,
      { status: 'cancelled', updatedAt: now.toISOString() },
      {
        type: 'cancelled',
        ...eventActor(actor),
        occurredAt: now.toISOString(),
        data: req.reason ? { reason: req.reason } : {},
      },
    );
    noticeBookingCancelled(
      tx,
      deps.notify,
      { before: booking, actorStaffId: actorStaffIdOf(actor) },
      now,
    );
    offerFreedTime(tx, deps.notify, freedTimeOf(booking), now);
  });
  return getBooking(deps, id, actor, locale);
}
