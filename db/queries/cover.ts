import { and, asc, eq, gt, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { bookings, clients } from '../schema/booking';
import { serviceTranslations } from '../schema/organisation';
import { absences, staff, teamMemberships, teams } from '../schema/staff';
import { bookingHandovers, type HandoverResolution } from '../schema/workspace';
import type { Executor } from '../transaction';
import { bookingServiceNameIn } from './catalogue';

/** The teams a lead leads, with their office. */
export function listTeamsByIds(ex: Executor, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return ex
    .select({ id: teams.id, name: teams.name, officeId: teams.officeId })
    .from(teams)
    .where(inArray(teams.id, [...teamIds]))
    .orderBy(asc(teams.name))
    .all();
}

/** Active members of these teams (leads included: they counsel too). */
export function listActiveTeamMembers(ex: Executor, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return ex
    .selectDistinct({ id: staff.id, name: staff.displayName })
    .from(teamMemberships)
    .innerJoin(staff, eq(staff.id, teamMemberships.staffId))
    .where(and(inArray(teamMemberships.teamId, [...teamIds]), eq(staff.active, true)))
    .orderBy(asc(staff.displayName))
    .all();
}

const openHandover = sql`exists (select 1 from booking_handovers h
  where h.booking_id = ${bookings.id} and h.resolved_at is null)`;
const inAbsence = sql`exists (select 1 from absences a
  where a.staff_id = ${bookings.counsellorId}
    and a.starts_at < ${bookings.endsAt} and ${bookings.startsAt} < a.ends_at)`;
const offeredToClient = sql`exists (select 1 from booking_handovers h
  where h.booking_id = ${bookings.id} and h.resolution = 'offered_to_client')`;

/** The appointment as the cover shows it, with its service name in `locale`. */
function selectCoverAppointments(ex: Executor, locale: string) {
  return ex
    .select({
      id: bookings.id,
      serviceId: bookings.serviceId,
      serviceName: serviceTranslations.name,
      channel: bookings.channel,
      officeId: bookings.officeId,
      meetingPointId: bookings.meetingPointId,
      counsellorId: bookings.counsellorId,
      counsellorName: staff.displayName,
      language: bookings.language,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      status: bookings.status,
      clientName: clients.name,
      isHandedOver: sql<number>`${openHandover}`.mapWith(Boolean),
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(staff, eq(staff.id, bookings.counsellorId))
    .innerJoin(serviceTranslations, bookingServiceNameIn(locale));
}

/**
 * The future confirmed appointments of these counsellors that need cover: handed to the
 * lead (an open handover), or inside an absence of their counsellor, unless the client
 * was already asked to choose a new time. Soonest first.
 */
export function listAppointmentsNeedingCover(
  ex: Executor,
  counsellorIds: readonly string[],
  nowInstant: string,
  locale: string,
) {
  if (counsellorIds.length === 0) return [];
  return selectCoverAppointments(ex, locale)
    .where(
      and(
        inArray(bookings.counsellorId, [...counsellorIds]),
        eq(bookings.status, 'confirmed'),
        gt(bookings.startsAt, nowInstant),
        sql`(${openHandover} or (${inAbsence} and not ${offeredToClient}))`,
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
    .all();
}

export type CoverAppointment = ReturnType<typeof listAppointmentsNeedingCover>[number];

/** One appointment as the cover needs it (any status), or undefined. */
export function findCoverAppointment(ex: Executor, id: string, locale: string) {
  return selectCoverAppointments(ex, locale).where(eq(bookings.id, id)).get();
}

/** An absence of the counsellor that overlaps [startsAt, endsAt), or undefined. */
export function findAbsenceDuring(
  ex: Executor,
  staffId: string,
  startsAt: string,
  endsAt: string,
): string | undefined {
  return ex
    .select({ id: absences.id })
    .from(absences)
    .where(
      and(
        eq(absences.staffId, staffId),
        lt(absences.startsAt, endsAt),
        gt(absences.endsAt, startsAt),
      ),
    )
    .get()?.id;
}

/** Confirmed appointments per counsellor in [from, to): the load of their day. */
export function countConfirmedByCounsellor(
  ex: Executor,
  counsellorIds: readonly string[],
  from: string,
  to: string,
): Map<string, number> {
  if (counsellorIds.length === 0) return new Map();
  const rows = ex
    .select({ id: bookings.counsellorId, n: sql<number>`count(*)` })
    .from(bookings)
    .where(
      and(
        inArray(bookings.counsellorId, [...counsellorIds]),
        eq(bookings.status, 'confirmed'),
        gte(bookings.startsAt, from),
        lt(bookings.startsAt, to),
      ),
    )
    .groupBy(bookings.counsellorId)
    .all();
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Settles the booking's open handover; returns whether there was one. */
export function resolveOpenHandover(
  ex: Executor,
  bookingId: string,
  resolution: HandoverResolution,
  resolvedBy: string,
  nowInstant: string,
): boolean {
  return (
    ex
      .update(bookingHandovers)
      .set({ resolvedAt: nowInstant, resolution, resolvedBy })
      .where(and(eq(bookingHandovers.bookingId, bookingId), isNull(bookingHandovers.resolvedAt)))
      .run().changes > 0
  );
}

export function insertHandoverRecord(ex: Executor, handover: typeof bookingHandovers.$inferInsert) {
  ex.insert(bookingHandovers).values(handover).run();
}
