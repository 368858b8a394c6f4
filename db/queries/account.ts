import { and, asc, eq, gte, lt } from 'drizzle-orm';
import { bookings, clients } from '../schema/booking';
import { offices, serviceTranslations } from '../schema/organisation';
import { teamMemberships, teams } from '../schema/staff';
import type { Executor } from '../transaction';

const appointmentColumns = {
  id: bookings.id,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  channel: bookings.channel,
  status: bookings.status,
  serviceName: serviceTranslations.name,
  officeName: offices.name,
};

function serviceNameIn(locale: string) {
  return and(
    eq(serviceTranslations.serviceId, bookings.serviceId),
    eq(serviceTranslations.locale, locale),
  );
}

/** Every appointment booked with an address: what a signed-in client sees. */
export function listBookingsOfClientEmail(ex: Executor, email: string, locale: string) {
  return ex
    .select(appointmentColumns)
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(offices, eq(offices.id, bookings.officeId))
    .innerJoin(serviceTranslations, serviceNameIn(locale))
    .where(eq(clients.email, email))
    .orderBy(asc(bookings.startsAt))
    .all();
}

/** A counsellor's own appointments in [from, to), for their workspace. */
export function listAppointmentsOfCounsellor(
  ex: Executor,
  counsellorId: string,
  range: { from: string; to: string },
  locale: string,
) {
  return ex
    .select({ ...appointmentColumns, clientName: clients.name })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(offices, eq(offices.id, bookings.officeId))
    .innerJoin(serviceTranslations, serviceNameIn(locale))
    .where(
      and(
        eq(bookings.counsellorId, counsellorId),
        eq(bookings.status, 'confirmed'),
        gte(bookings.endsAt, range.from),
        lt(bookings.startsAt, range.to),
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .all();
}

export function listTeamsOfStaff(ex: Executor, staffId: string) {
  return ex
    .select({ id: teams.id, name: teams.name, role: teamMemberships.role })
    .from(teamMemberships)
    .innerJoin(teams, eq(teams.id, teamMemberships.teamId))
    .where(eq(teamMemberships.staffId, staffId))
    .orderBy(asc(teams.name))
    .all();
}
