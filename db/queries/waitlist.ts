import { and, asc, eq, lte } from 'drizzle-orm';
import { waitlistEntries, waitlistOffers } from '../schema/waitlist';
import type { Executor } from '../transaction';

export type WaitlistEntryRow = typeof waitlistEntries.$inferSelect;
export type WaitlistOfferRow = typeof waitlistOffers.$inferSelect;

export function insertWaitlistEntry(ex: Executor, entry: typeof waitlistEntries.$inferInsert) {
  ex.insert(waitlistEntries).values(entry).run();
}

export function findWaitlistEntry(ex: Executor, id: string) {
  return ex.select().from(waitlistEntries).where(eq(waitlistEntries.id, id)).get();
}

/** Waiting entries of an office, first come first served, none with an open offer. */
export function listWaitingEntries(ex: Executor, officeId: string, limit: number) {
  return ex
    .select()
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.officeId, officeId), eq(waitlistEntries.status, 'waiting')))
    .orderBy(asc(waitlistEntries.createdAt), asc(waitlistEntries.id))
    .limit(limit)
    .all();
}

/** Entry ids that have an open offer, or were offered this very time before. */
export function listEntriesNotToOffer(ex: Executor, counsellorId: string, startsAt: string) {
  const open = ex
    .select({ entryId: waitlistOffers.entryId })
    .from(waitlistOffers)
    .where(eq(waitlistOffers.status, 'open'))
    .all();
  const earlier = ex
    .select({ entryId: waitlistOffers.entryId })
    .from(waitlistOffers)
    .where(
      and(eq(waitlistOffers.counsellorId, counsellorId), eq(waitlistOffers.startsAt, startsAt)),
    )
    .all();
  return new Set([...open, ...earlier].map((row) => row.entryId));
}

export function setEntryStatus(
  ex: Executor,
  id: string,
  status: WaitlistEntryRow['status'],
  nowInstant: string,
) {
  ex.update(waitlistEntries)
    .set({ status, updatedAt: nowInstant })
    .where(eq(waitlistEntries.id, id))
    .run();
}

export function insertWaitlistOffer(ex: Executor, offer: typeof waitlistOffers.$inferInsert) {
  ex.insert(waitlistOffers).values(offer).run();
}

export function findWaitlistOffer(ex: Executor, id: string) {
  return ex
    .select({ offer: waitlistOffers, entry: waitlistEntries })
    .from(waitlistOffers)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, waitlistOffers.entryId))
    .where(eq(waitlistOffers.id, id))
    .get();
}

export function listOpenOffersDue(ex: Executor, nowInstant: string) {
  return ex
    .select({ offer: waitlistOffers, entry: waitlistEntries })
    .from(waitlistOffers)
    .innerJoin(waitlistEntries, eq(waitlistEntries.id, waitlistOffers.entryId))
    .where(and(eq(waitlistOffers.status, 'open'), lte(waitlistOffers.expiresAt, nowInstant)))
    .all();
}

export function listOpenOffersOfEntry(ex: Executor, entryId: string) {
  return ex
    .select()
    .from(waitlistOffers)
    .where(and(eq(waitlistOffers.entryId, entryId), eq(waitlistOffers.status, 'open')))
    .all();
}

/** Ends an open offer; false when it was no longer open. */
export function closeOffer(
  ex: Executor,
  id: string,
  change: { status: WaitlistOfferRow['status']; bookingId?: string },
  nowInstant: string,
): boolean {
  return (
    ex
      .update(waitlistOffers)
      .set({ ...change, updatedAt: nowInstant })
      .where(and(eq(waitlistOffers.id, id), eq(waitlistOffers.status, 'open')))
      .run().changes > 0
  );
}
