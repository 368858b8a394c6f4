import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { bookings, clients } from '../schema/booking';
import { serviceTranslations } from '../schema/organisation';
import { bookingHandovers } from '../schema/workspace';
import type { Executor } from '../transaction';
import { bookingServiceNameIn } from './catalogue';

/** Which of these bookings are with the team lead already (an open handover). */
export function listOpenHandoverIds(ex: Executor, bookingIds: readonly string[]): Set<string> {
  if (bookingIds.length === 0) return new Set();
  const rows = ex
    .select({ bookingId: bookingHandovers.bookingId })
    .from(bookingHandovers)
    .where(
      and(
        inArray(bookingHandovers.bookingId, [...bookingIds]),
        isNull(bookingHandovers.resolvedAt),
      ),
    )
    .all();
  return new Set(rows.map((r) => r.bookingId));
}

export function insertHandover(ex: Executor, handover: typeof bookingHandovers.$inferInsert) {
  ex.insert(bookingHandovers).values(handover).run();
}

/** A counsellor's confirmed future appointments that are with the team lead, soonest first. */
export function listHandedOverAppointments(
  ex: Executor,
  staffId: string,
  nowInstant: string,
  locale: string,
) {
  return ex
    .select({
      id: bookings.id,
      startsAt: bookings.startsAt,
      clientName: clients.name,
      serviceName: serviceTranslations.name,
      requestedAt: bookingHandovers.requestedAt,
    })
    .from(bookingHandovers)
    .innerJoin(bookings, eq(bookings.id, bookingHandovers.bookingId))
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(serviceTranslations, bookingServiceNameIn(locale))
    .where(
      and(
        eq(bookings.counsellorId, staffId),
        eq(bookings.status, 'confirmed'),
        gt(bookings.startsAt, nowInstant),
        isNull(bookingHandovers.resolvedAt),
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .all();
}
