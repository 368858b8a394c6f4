import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { bookingEvents, bookings, clients } from '../schema/booking';
import { meetingPoints, offices, serviceTranslations } from '../schema/organisation';
import { availabilityRuleChannels, availabilityRules } from '../schema/staff';
import { bookingHandovers, bookingNotes } from '../schema/workspace';
import type { Executor } from '../transaction';
import { bookingServiceNameIn } from './catalogue';

/**
 * What the counsellor's agenda shows of each appointment: when, how, with whom, where,
 * and whether it has a note of theirs or was handed to the team lead.
 */
function agendaColumns(counsellorId: string) {
  return {
    id: bookings.id,
    startsAt: bookings.startsAt,
    endsAt: bookings.endsAt,
    channel: bookings.channel,
    status: bookings.status,
    language: bookings.language,
    needs: bookings.needs,
    serviceId: bookings.serviceId,
    serviceName: serviceTranslations.name,
    officeId: bookings.officeId,
    officeName: offices.name,
    officeStreet: offices.street,
    officePostcode: offices.postcode,
    officeCity: offices.city,
    officeTimeZone: offices.timeZone,
    meetingPointName: meetingPoints.name,
    meetingPointDescription: meetingPoints.description,
    clientName: clients.name,
    clientEmail: clients.email,
    clientPhone: clients.phone,
    hasNote: sql<number>`exists (select 1 from ${bookingNotes} n
      where n.booking_id = ${bookings.id} and n.author_staff_id = ${counsellorId})`,
    isHandedOver: sql<number>`exists (select 1 from ${bookingHandovers} h
      where h.booking_id = ${bookings.id} and h.resolved_at is null)`,
  };
}

function agendaQuery(ex: Executor, counsellorId: string, locale: string) {
  return ex
    .select(agendaColumns(counsellorId))
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(offices, eq(offices.id, bookings.officeId))
    .innerJoin(serviceTranslations, bookingServiceNameIn(locale))
    .leftJoin(meetingPoints, eq(meetingPoints.id, bookings.meetingPointId))
    .$dynamic();
}

export type AgendaRow = Awaited<ReturnType<typeof listAgendaRows>>[number];

/** The counsellor's appointments that touch [from, to), cancelled ones left out. */
export function listAgendaRows(
  ex: Executor,
  counsellorId: string,
  range: { from: string; to: string },
  locale: string,
) {
  return agendaQuery(ex, counsellorId, locale)
    .where(
      and(
        eq(bookings.counsellorId, counsellorId),
        inArray(bookings.status, ['confirmed', 'completed', 'no_show']),
        gte(bookings.endsAt, range.from),
        lt(bookings.startsAt, range.to),
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .all();
}

/** One appointment of the counsellor (any status), or undefined. */
export function findAgendaRow(ex: Executor, counsellorId: string, id: string, locale: string) {
  return agendaQuery(ex, counsellorId, locale)
    .where(and(eq(bookings.id, id), eq(bookings.counsellorId, counsellorId)))
    .get();
}

/** The events of these types of several bookings, oldest first, with their data. */
export function listEventsOfBookings(
  ex: Executor,
  bookingIds: readonly string[],
  types: readonly string[],
) {
  if (bookingIds.length === 0) return [];
  return ex
    .select({
      bookingId: bookingEvents.bookingId,
      type: bookingEvents.type,
      data: bookingEvents.data,
      occurredAt: bookingEvents.occurredAt,
    })
    .from(bookingEvents)
    .where(
      and(
        inArray(bookingEvents.bookingId, [...bookingIds]),
        inArray(bookingEvents.type, [...types]),
      ),
    )
    .orderBy(asc(bookingEvents.id))
    .all();
}

/** Open handovers of a counsellor's appointments, newest first (for their own overview). */
export function listOpenHandoversOf(ex: Executor, staffId: string) {
  return ex
    .select({ bookingId: bookingHandovers.bookingId, requestedAt: bookingHandovers.requestedAt })
    .from(bookingHandovers)
    .where(and(eq(bookingHandovers.fromStaffId, staffId), isNull(bookingHandovers.resolvedAt)))
    .orderBy(asc(bookingHandovers.requestedAt))
    .all();
}

/**
 * A counsellor's blocks that name a room and are open for in-person appointments: where
 * the agenda finds the room of a presence appointment.
 */
export function listRoomBlocksOf(ex: Executor, counsellorId: string) {
  return ex
    .select({
      id: availabilityRules.id,
      officeId: availabilityRules.officeId,
      weekday: availabilityRules.weekday,
      startTime: availabilityRules.startTime,
      endTime: availabilityRules.endTime,
      validFrom: availabilityRules.validFrom,
      validTo: availabilityRules.validTo,
      room: availabilityRules.room,
    })
    .from(availabilityRules)
    .innerJoin(
      availabilityRuleChannels,
      and(
        eq(availabilityRuleChannels.ruleId, availabilityRules.id),
        eq(availabilityRuleChannels.channel, 'presence'),
      ),
    )
    .where(and(eq(availabilityRules.staffId, counsellorId), isNotNull(availabilityRules.room)))
    .all()
    .map((b) => ({ ...b, channels: ['presence' as const] }));
}
