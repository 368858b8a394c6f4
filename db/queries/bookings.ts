import { and, count, eq, gt, gte, inArray, lt, max, sql } from 'drizzle-orm';
import { bookingEvents, bookings, clients, idempotencyKeys, slotHolds } from '../schema/booking';
import { offices } from '../schema/organisation';
import type { Executor } from '../transaction';

type NewHold = typeof slotHolds.$inferInsert;
type NewBooking = typeof bookings.$inferInsert;
type NewEvent = typeof bookingEvents.$inferInsert;
type NewClient = Omit<typeof clients.$inferInsert, 'id' | 'createdAt'>;

export function findActiveHold(ex: Executor, tokenHash: string, nowInstant: string) {
  return ex
    .select()
    .from(slotHolds)
    .where(and(eq(slotHolds.tokenHash, tokenHash), gt(slotHolds.expiresAt, nowInstant)))
    .get();
}

export function insertHold(ex: Executor, hold: NewHold) {
  ex.insert(slotHolds).values(hold).run();
}

export function deleteHold(ex: Executor, id: string) {
  ex.delete(slotHolds).where(eq(slotHolds.id, id)).run();
}

export function deleteHoldByTokenHash(ex: Executor, tokenHash: string) {
  ex.delete(slotHolds).where(eq(slotHolds.tokenHash, tokenHash)).run();
}

export function deleteExpiredHolds(ex: Executor, nowInstant: string) {
  return ex.delete(slotHolds).where(lt(slotHolds.expiresAt, nowInstant)).run().changes;
}

export function countActiveFutureBookings(ex: Executor, email: string, nowInstant: string) {
  const row = ex
    .select({ n: count() })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(
      and(
        eq(clients.email, email),
        eq(bookings.status, 'confirmed'),
        gt(bookings.startsAt, nowInstant),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** Minutes of confirmed and held appointments of a client with one provider. */
export function sumClientMinutesWithProvider(ex: Executor, email: string, providerId: string) {
  const row = ex
    .select({
      minutes: sql<number>`coalesce(sum((julianday(${bookings.endsAt}) - julianday(${bookings.startsAt})) * 1440), 0)`,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(offices, eq(offices.id, bookings.officeId))
    .where(
      and(
        eq(clients.email, email),
        eq(offices.providerId, providerId as 'bbie' | 'bbe'),
        inArray(bookings.status, ['confirmed', 'completed']),
      ),
    )
    .get();
  return Math.round(row?.minutes ?? 0);
}

/**
 * Confirmed appointments per counsellor in [from, to), and when each was last assigned
 * (looking back to `assignedSince`; older assignments count as "long ago").
 */
export function loadAssignmentStats(
  ex: Executor,
  ids: string[],
  fromInstant: string,
  toInstant: string,
  assignedSince: string,
) {
  const loads = ex
    .select({ id: bookings.counsellorId, n: count() })
    .from(bookings)
    .where(
      and(
        inArray(bookings.counsellorId, ids),
        eq(bookings.status, 'confirmed'),
        gte(bookings.startsAt, fromInstant),
        lt(bookings.startsAt, toInstant),
      ),
    )
    .groupBy(bookings.counsellorId)
    .all();
  const last = ex
    .select({ id: bookings.counsellorId, at: max(bookings.createdAt) })
    .from(bookings)
    .where(and(inArray(bookings.counsellorId, ids), gt(bookings.createdAt, assignedSince)))
    .groupBy(bookings.counsellorId)
    .all();
  return ids.map((id) => ({
    id,
    weekLoad: loads.find((l) => l.id === id)?.n ?? 0,
    lastAssignedAt: last.find((l) => l.id === id)?.at ?? undefined,
  }));
}

/** One client row per email address, kept up to date with the latest details. */
export function upsertClient(ex: Executor, client: NewClient, newId: string, nowInstant: string) {
  const existing = ex
    .select({ id: clients.id })
    .from(clients)
    .where(eq(clients.email, client.email))
    .get();
  if (existing) {
    ex.update(clients)
      .set({
        name: client.name,
        phone: client.phone ?? null,
        preferredLanguage: client.preferredLanguage,
      })
      .where(eq(clients.id, existing.id))
      .run();
    return existing.id;
  }
  ex.insert(clients)
    .values({ ...client, id: newId, createdAt: nowInstant })
    .run();
  return newId;
}

export function updateClientPhone(ex: Executor, clientId: string, phone: string) {
  ex.update(clients).set({ phone }).where(eq(clients.id, clientId)).run();
}

export function insertBooking(
  ex: Executor,
  booking: NewBooking,
  event: Omit<NewEvent, 'bookingId'>,
) {
  ex.insert(bookings).values(booking).run();
  ex.insert(bookingEvents)
    .values({ ...event, bookingId: booking.id })
    .run();
}

export function updateBooking(
  ex: Executor,
  id: string,
  patch: Partial<Omit<NewBooking, 'id'>>,
  event: Omit<NewEvent, 'bookingId'>,
) {
  ex.update(bookings).set(patch).where(eq(bookings.id, id)).run();
  ex.insert(bookingEvents)
    .values({ ...event, bookingId: id })
    .run();
}

/** The booking only if the token hash matches: a wrong token looks like a missing booking. */
export function findBookingForManage(ex: Executor, id: string) {
  return ex
    .select({ booking: bookings, client: clients })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(eq(bookings.id, id))
    .get();
}

export function findIdempotencyRecord(ex: Executor, key: string) {
  return ex.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key)).get();
}

/** Stored responses hold a manage token; they are kept only for a day of retries. */
export function deleteIdempotencyRecordsBefore(ex: Executor, instant: string) {
  ex.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, instant)).run();
}

export function insertIdempotencyRecord(ex: Executor, record: typeof idempotencyKeys.$inferInsert) {
  ex.insert(idempotencyKeys).values(record).run();
}
