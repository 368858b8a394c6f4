import { createHash } from 'node:crypto';
import {
  countActiveFutureBookings,
  deleteHold,
  deleteIdempotencyRecordsBefore,
  findActiveHold,
  findIdempotencyRecord,
  insertBooking,
  insertIdempotencyRecord,
  sumClientMinutesWithProvider,
  upsertClient,
} from '@/db/queries/bookings';
import { withWriteTransaction, type Transaction } from '@/db/transaction';
import { formatInstantInZone } from '@/lib/calendar/format';
import { AppError } from '@/lib/errors';
import { noticeBookingCreated } from '@/lib/notify/booking-notices';
import { assertBelowActiveLimit, checkBudget } from './booking-rules';
import { requireMeetingPoint, requireOffer, requireOffice, type BookingDeps } from './context';
import { createSecretToken, hashToken } from './manage-token';
import { requestSearch } from './service-slots';
import type { CreateBookingRequest } from './schemas';
import {
  assignCounsellor,
  claimSlot,
  isSlotConstraintError,
  SlotUnavailable,
  withSlotAlternatives,
} from './slot-claim';

export type CreatedBooking = {
  id: string;
  status: 'confirmed';
  start: string;
  end: string;
  channel: CreateBookingRequest['channel'];
  serviceId: string;
  officeId: string;
  meetingPointId: string | null;
  manageToken: string;
  manageUrl: string;
  warnings: string[];
};

/** The manage link; without a token, the page of a signed-in client or counsellor. */
export function manageUrlOf(appUrl: string, locale: string, id: string, token?: string) {
  const page = `${appUrl}/${locale}/termin/${id}`;
  return token ? `${page}?token=${encodeURIComponent(token)}` : page;
}

function requestHash(req: CreateBookingRequest) {
  return createHash('sha256').update(JSON.stringify(req)).digest('hex');
}

/**
 * Books a slot. Runs in one write transaction: re-checks the slot, the hold and the
 * client's limits, then inserts; the database constraints are the last line of defence.
 * With an idempotency key, a retry returns the first response instead of booking twice.
 */
export function createBooking(
  deps: BookingDeps,
  req: CreateBookingRequest,
  idempotencyKey?: string,
): CreatedBooking {
  return withSlotAlternatives(deps.db, () =>
    withWriteTransaction(deps.db, (tx) => {
      if (idempotencyKey) {
        const earlier = findIdempotencyRecord(tx, `bookings:${idempotencyKey}`);
        if (earlier) return replay(earlier, requestHash(req));
      }
      const created = insertNewBooking(tx, deps, req);
      if (idempotencyKey) {
        deleteIdempotencyRecordsBefore(tx, new Date(deps.now.getTime() - 86_400_000).toISOString());
        insertIdempotencyRecord(tx, {
          key: `bookings:${idempotencyKey}`,
          scope: 'bookings',
          requestHash: requestHash(req),
          status: 201,
          response: created,
          createdAt: deps.now.toISOString(),
        });
      }
      return created;
    }),
  );
}

/**
 * The insert, with the database as the last line of defence: if another process took the
 * time past our check, the constraint's error becomes "slot unavailable", which rolls back
 * and answers 409 with alternatives like any other taken slot.
 */
function insertBookingOrSlotUnavailable(
  tx: Transaction,
  search: Parameters<typeof claimSlot>[1],
  start: number,
  booking: Parameters<typeof insertBooking>[1],
  event: Parameters<typeof insertBooking>[2],
) {
  try {
    insertBooking(tx, booking, event);
  } catch (error) {
    if (isSlotConstraintError(error)) throw new SlotUnavailable(search, start);
    throw error;
  }
}

function replay(record: { requestHash: string; response: unknown }, hash: string): CreatedBooking {
  if (record.requestHash !== hash) {
    throw new AppError(
      'INVALID_INPUT',
      'This Idempotency-Key was already used for a different request.',
      {
        reason: 'idempotency_key_reused',
      },
    );
  }
  return record.response as CreatedBooking;
}

function insertNewBooking(
  tx: Transaction,
  deps: BookingDeps,
  req: CreateBookingRequest,
): CreatedBooking {
  const now = deps.now;
  const office = requireOffice(tx, req.officeId);
  const offer = requireOffer(tx, office, req.serviceId, req.channel);
  const meetingPoint =
    req.channel === 'walk_and_talk' ? requireMeetingPoint(office, req.meetingPointId) : null;
  const start = Date.parse(req.start);
  const hold = req.holdToken
    ? findActiveHold(tx, hashToken(req.holdToken), now.toISOString())
    : undefined;
  if (req.holdToken && !matchesHold(hold, req, start)) {
    throw new AppError(
      'CONFLICT',
      'Your reservation of this time has expired. Please choose the time again.',
      {
        reason: 'hold_expired',
      },
    );
  }
  const search = {
    ...requestSearch(office, offer.minutes, req, now),
    counsellorId: hold?.counsellorId ?? req.counsellorId,
    ownHoldId: hold?.id,
  };
  const slot = claimSlot(tx, search, start);
  assertBelowActiveLimit(
    countActiveFutureBookings(tx, req.client.email, now.toISOString()),
    office.maxActiveBookingsPerEmail,
  );
  const budget = checkBudget(
    office.clientBudgetMinutes,
    sumClientMinutesWithProvider(tx, req.client.email, office.providerId),
    offer.minutes,
  );
  const clientId = upsertClient(
    tx,
    { ...req.client, phone: req.client.phone ?? null },
    crypto.randomUUID(),
    now.toISOString(),
  );
  const id = crypto.randomUUID();
  const token = createSecretToken();
  const booking = {
    id,
    serviceId: req.serviceId,
    channel: req.channel,
    officeId: office.id,
    meetingPointId: meetingPoint?.id ?? null,
    counsellorId: hold?.counsellorId ?? assignCounsellor(tx, office, slot, now),
    clientId,
    language: req.language,
    startsAt: new Date(slot.start).toISOString(),
    endsAt: new Date(slot.end).toISOString(),
    status: 'confirmed' as const,
    manageTokenHash: hashToken(token),
    needs: req.needsConsent && req.needs ? req.needs : null,
    notesConsent: req.notesConsent ?? false,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  insertBookingOrSlotUnavailable(tx, search, start, booking, {
    type: 'created',
    actorType: 'client',
    actorId: null,
    data: { channel: req.channel },
    occurredAt: now.toISOString(),
  });
  if (hold) deleteHold(tx, hold.id);
  noticeBookingCreated(tx, deps.notify, { booking, manageToken: token, locale: req.locale }, now);
  return {
    id,
    status: 'confirmed',
    start: formatInstantInZone(slot.start, office.timeZone),
    end: formatInstantInZone(slot.end, office.timeZone),
    channel: req.channel,
    serviceId: req.serviceId,
    officeId: office.id,
    meetingPointId: meetingPoint?.id ?? null,
    manageToken: token,
    manageUrl: manageUrlOf(deps.appUrl, req.locale, id, token),
    warnings: budget.isLow ? ['budget_low'] : [],
  };
}

type Hold = ReturnType<typeof findActiveHold>;

function matchesHold(
  hold: Hold,
  req: CreateBookingRequest,
  start: number,
): hold is NonNullable<Hold> {
  return (
    !!hold &&
    hold.officeId === req.officeId &&
    hold.serviceId === req.serviceId &&
    hold.channel === req.channel &&
    Date.parse(hold.startsAt) === start
  );
}
