import type { OfficeWithDetails } from '@/db/queries/catalogue';
import { findActiveHold } from '@/db/queries/bookings';
import { loadScheduleRows } from '@/db/queries/schedule';
import type { Channel } from '@/db/schema/enums';
import type { Executor } from '@/db/transaction';
import { formatInstantInZone } from '@/lib/calendar/format';
import { addDaysToLocalDate, localDateOf, startOfLocalDay } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { holidayRegion, requireOffer, requireOffice, type BookingDeps } from './context';
import { hashToken } from './manage-token';
import { toSlotInput } from './schedule';
import type { SlotsQueryInput } from './schemas';
import type { Slot } from './slot-types';
import { listOpenSlots } from './slots';

const maxRangeDays = 62;

export type SlotSearch = {
  office: OfficeWithDetails;
  serviceId: string;
  channel: Channel;
  minutes: number;
  fromDate: string;
  toDate: string;
  now: Date;
  language?: string;
  counsellorId?: string;
  ownHoldId?: string;
  ownBookingId?: string;
  /** For changes of an existing booking, whose notice rule was checked already. */
  ignoreMinNotice?: boolean;
};

/** The search for one request's service and channel at an office (before hold or booking). */
export function requestSearch(
  office: OfficeWithDetails,
  minutes: number,
  req: { serviceId: string; channel: Channel; language?: string },
  now: Date,
): Omit<SlotSearch, 'fromDate' | 'toDate'> {
  return {
    office,
    serviceId: req.serviceId,
    channel: req.channel,
    minutes,
    now,
    language: req.language,
  };
}

/** Free slots of one office for a date range: one load, then pure computation. */
export function computeSlots(ex: Executor, s: SlotSearch): Slot[] {
  const zone = s.office.timeZone;
  const rows = loadScheduleRows(ex, {
    officeId: s.office.id,
    serviceId: s.serviceId,
    channel: s.channel,
    fromInstant: startOfLocalDay(addDaysToLocalDate(s.fromDate, -1), zone).toISOString(),
    toInstant: startOfLocalDay(addDaysToLocalDate(s.toDate, 2), zone).toISOString(),
    fromDate: s.fromDate,
    toDate: s.toDate,
    nowInstant: s.now.toISOString(),
    holidayRegion,
    ownHoldId: s.ownHoldId,
    ownBookingId: s.ownBookingId,
    counsellorId: s.counsellorId,
  });
  const input = toSlotInput(rows, {
    serviceId: s.serviceId,
    channel: s.channel,
    durationMinutes: s.minutes,
    from: s.fromDate,
    to: s.toDate,
    now: s.now,
    language: s.language,
    counsellorId: s.counsellorId,
    stepMinutes: s.office.slotStepMinutes,
  });
  const offices = s.ignoreMinNotice
    ? input.offices.map((o) => ({ ...o, minNoticeMinutes: 0 }))
    : input.offices;
  return listOpenSlots({ ...input, offices });
}

export type PublicSlot = { start: string; end: string; officeId: string };

export function toPublicSlot(slot: Slot, zone: string): PublicSlot {
  return {
    start: formatInstantInZone(slot.start, zone),
    end: formatInstantInZone(slot.end, zone),
    officeId: slot.officeId,
  };
}

/** The free slots a client may book; the range defaults to two weeks from today. */
export function listSlots(
  deps: BookingDeps,
  q: SlotsQueryInput,
  options: { ownHoldToken?: string } = {},
): { slots: PublicSlot[] } {
  const office = requireOffice(deps.db, q.officeId);
  const offer = requireOffer(deps.db, office, q.serviceId, q.channel);
  const today = localDateOf(deps.now, office.timeZone);
  const fromDate = q.from && q.from > today ? q.from : today;
  const lastBookable = addDaysToLocalDate(today, office.bookingHorizonDays);
  const requestedTo = q.to ?? addDaysToLocalDate(fromDate, 13);
  if (requestedTo > addDaysToLocalDate(fromDate, maxRangeDays)) {
    throw new AppError('INVALID_INPUT', `A search covers at most ${maxRangeDays} days.`, {
      reason: 'range_too_long',
      fieldErrors: { to: [`At most ${maxRangeDays} days after "from".`] },
    });
  }
  const toDate = requestedTo < lastBookable ? requestedTo : lastBookable;
  if (toDate < fromDate) return { slots: [] };
  const slots = computeSlots(deps.db, {
    office,
    serviceId: q.serviceId,
    channel: q.channel,
    minutes: offer.minutes,
    fromDate,
    toDate,
    now: deps.now,
    language: q.language,
    counsellorId: q.counsellorId,
    // The visitor's own hold does not hide their time from them.
    ownHoldId: options.ownHoldToken
      ? findActiveHold(deps.db, hashToken(options.ownHoldToken), deps.now.toISOString())?.id
      : undefined,
  });
  return { slots: slots.map((slot) => toPublicSlot(slot, office.timeZone)) };
}

/**
 * Up to `count` free slots nearest to a wanted start, for "this one is gone, try
 * these": the days around it first, two weeks only when those are full.
 */
export function findAlternatives(
  ex: Executor,
  s: Omit<SlotSearch, 'fromDate' | 'toDate'>,
  wanted: number,
  count = 3,
): PublicSlot[] {
  const wantedDate = localDateOf(new Date(wanted), s.office.timeZone);
  const today = localDateOf(s.now, s.office.timeZone);
  const notBefore = (date: string) => (date > today ? date : today);
  let slots: Slot[] = [];
  for (const [before, after] of [
    [1, 1],
    [3, 14],
  ] as const) {
    const fromDate = notBefore(addDaysToLocalDate(wantedDate, -before));
    slots = computeSlots(ex, { ...s, fromDate, toDate: addDaysToLocalDate(wantedDate, after) });
    if (slots.length >= count) break;
  }
  return slots
    .map((slot) => ({ slot, distance: Math.abs(slot.start - wanted) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map((x) => x.slot)
    .sort((a, b) => a.start - b.start)
    .map((slot) => toPublicSlot(slot, s.office.timeZone));
}
