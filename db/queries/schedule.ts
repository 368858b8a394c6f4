import { and, eq, gt, gte, inArray, lt, lte, ne, or, isNull } from 'drizzle-orm';
import type { Channel } from '../schema/enums';
import { bookings, slotHolds } from '../schema/booking';
import { offices, publicHolidays } from '../schema/organisation';
import {
  absences,
  availabilityRuleChannels,
  availabilityRules,
  counsellorChannels,
  counsellorLanguages,
  counsellorOffices,
  counsellorServices,
  staff,
} from '../schema/staff';
import type { Executor } from '../transaction';

/** Appointments and holds last at most 8 hours (service_durations check), so an index
 * range on the start time can begin that long before the window. */
const longestAppointmentMs = 8 * 3_600_000;

export type ScheduleParams = {
  officeIds: string[];
  serviceId: string;
  channel: Channel;
  /** UTC ISO instants bounding every interval of interest. */
  fromInstant: string;
  toInstant: string;
  /** Local dates bounding rules and holidays. */
  fromDate: string;
  toDate: string;
  nowInstant: string;
  holidayRegion: string;
  /** A hold that belongs to the caller and must not block them. */
  ownHoldId?: string;
  /** A booking being rescheduled: it must not block its own new slot. */
  ownBookingId?: string;
  counsellorId?: string;
};

/**
 * Everything the slot engine needs for a range, in one query per table: offices,
 * qualified counsellors, their rules, languages, absences, confirmed bookings, active
 * holds and holidays. No query per day or per counsellor.
 */
export function loadScheduleRows(ex: Executor, p: ScheduleParams) {
  const officeRows = ex.select().from(offices).where(inArray(offices.id, p.officeIds)).all();
  const counsellorRows = ex
    .selectDistinct({ id: staff.id, officeId: counsellorOffices.officeId })
    .from(staff)
    .innerJoin(counsellorOffices, eq(counsellorOffices.staffId, staff.id))
    .innerJoin(counsellorServices, eq(counsellorServices.staffId, staff.id))
    .innerJoin(counsellorChannels, eq(counsellorChannels.staffId, staff.id))
    .where(
      and(
        eq(staff.active, true),
        inArray(counsellorOffices.officeId, p.officeIds),
        eq(counsellorServices.serviceId, p.serviceId),
        eq(counsellorChannels.channel, p.channel),
        p.counsellorId ? eq(staff.id, p.counsellorId) : undefined,
      ),
    )
    .all();
  const ids = [...new Set(counsellorRows.map((r) => r.id))];
  if (ids.length === 0)
    return {
      officeRows,
      counsellorRows,
      ruleRows: [],
      languageRows: [],
      absenceRows: [],
      busyRows: [],
      holidayRows: [],
    };

  const earliestStart = new Date(Date.parse(p.fromInstant) - longestAppointmentMs).toISOString();
  const ruleRows = ex
    .select({ rule: availabilityRules })
    .from(availabilityRules)
    .innerJoin(availabilityRuleChannels, eq(availabilityRuleChannels.ruleId, availabilityRules.id))
    .where(
      and(
        inArray(availabilityRules.staffId, ids),
        inArray(availabilityRules.officeId, p.officeIds),
        eq(availabilityRuleChannels.channel, p.channel),
        lte(availabilityRules.validFrom, p.toDate),
        or(isNull(availabilityRules.validTo), gte(availabilityRules.validTo, p.fromDate)),
      ),
    )
    .all()
    .map((r) => r.rule);
  const languageRows = ex
    .select()
    .from(counsellorLanguages)
    .where(inArray(counsellorLanguages.staffId, ids))
    .all();
  const absenceRows = ex
    .select({ staffId: absences.staffId, startsAt: absences.startsAt, endsAt: absences.endsAt })
    .from(absences)
    .where(
      and(
        inArray(absences.staffId, ids),
        lt(absences.startsAt, p.toInstant),
        gt(absences.endsAt, p.fromInstant),
      ),
    )
    .all();
  const bookingRows = ex
    .select({
      counsellorId: bookings.counsellorId,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
    })
    .from(bookings)
    .where(
      and(
        inArray(bookings.counsellorId, ids),
        eq(bookings.status, 'confirmed'),
        lt(bookings.startsAt, p.toInstant),
        gt(bookings.startsAt, earliestStart),
        gt(bookings.endsAt, p.fromInstant),
        p.ownBookingId ? ne(bookings.id, p.ownBookingId) : undefined,
      ),
    )
    .all();
  const holdRows = ex
    .select({
      counsellorId: slotHolds.counsellorId,
      startsAt: slotHolds.startsAt,
      endsAt: slotHolds.endsAt,
    })
    .from(slotHolds)
    .where(
      and(
        inArray(slotHolds.counsellorId, ids),
        gt(slotHolds.expiresAt, p.nowInstant),
        lt(slotHolds.startsAt, p.toInstant),
        gt(slotHolds.startsAt, earliestStart),
        gt(slotHolds.endsAt, p.fromInstant),
        p.ownHoldId ? ne(slotHolds.id, p.ownHoldId) : undefined,
      ),
    )
    .all();
  const holidayRows = ex
    .select({ date: publicHolidays.date })
    .from(publicHolidays)
    .where(
      and(
        eq(publicHolidays.region, p.holidayRegion),
        gte(publicHolidays.date, p.fromDate),
        lte(publicHolidays.date, p.toDate),
      ),
    )
    .all();
  return {
    officeRows,
    counsellorRows,
    ruleRows,
    languageRows,
    absenceRows,
    busyRows: [...bookingRows, ...holdRows],
    holidayRows,
  };
}

export type ScheduleRows = ReturnType<typeof loadScheduleRows>;
