import { and, asc, count, eq, gte } from 'drizzle-orm';
import { bookings, slotHolds } from '../schema/booking';
import type { Channel } from '../schema/enums';
import { officeChannels, officePostcodeAreas, offices } from '../schema/organisation';
import { availabilityRules, staff, teams } from '../schema/staff';
import type { Executor } from '../transaction';

export type OfficeRow = typeof offices.$inferSelect;
export type OfficeChanges = Omit<OfficeRow, 'id' | 'providerId' | 'active'>;

/** All offices, active or not, by name, with their channels. */
export function listOfficesForAdmin(ex: Executor) {
  const rows = ex
    .select({
      id: offices.id,
      name: offices.name,
      providerId: offices.providerId,
      city: offices.city,
      isActive: offices.active,
    })
    .from(offices)
    .orderBy(asc(offices.name))
    .all();
  const channels = ex.select().from(officeChannels).all();
  return rows.map((o) => ({
    ...o,
    channels: channels.filter((c) => c.officeId === o.id).map((c) => c.channel),
  }));
}

export function findOfficeRow(ex: Executor, id: string): OfficeRow | undefined {
  return ex.select().from(offices).where(eq(offices.id, id)).get();
}

export function listChannelsOfOffice(ex: Executor, officeId: string): Channel[] {
  return ex
    .select({ channel: officeChannels.channel })
    .from(officeChannels)
    .where(eq(officeChannels.officeId, officeId))
    .all()
    .map((r) => r.channel);
}

export function listPrefixesOfOffice(ex: Executor, officeId: string): string[] {
  return ex
    .select({ prefix: officePostcodeAreas.prefix })
    .from(officePostcodeAreas)
    .where(eq(officePostcodeAreas.officeId, officeId))
    .orderBy(asc(officePostcodeAreas.prefix))
    .all()
    .map((r) => r.prefix);
}

export function insertOffice(ex: Executor, row: typeof offices.$inferInsert): void {
  ex.insert(offices).values(row).run();
}

export function updateOfficeRow(ex: Executor, id: string, changes: OfficeChanges): void {
  ex.update(offices).set(changes).where(eq(offices.id, id)).run();
}

export function setOfficeActive(ex: Executor, id: string, isActive: boolean): void {
  ex.update(offices).set({ active: isActive }).where(eq(offices.id, id)).run();
}

/** Replaces the channels and postcode prefixes of an office (inside a transaction). */
export function replaceOfficeCoverage(
  ex: Executor,
  officeId: string,
  coverage: { channels: Channel[]; prefixes: string[] },
): void {
  ex.delete(officeChannels).where(eq(officeChannels.officeId, officeId)).run();
  ex.delete(officePostcodeAreas).where(eq(officePostcodeAreas.officeId, officeId)).run();
  if (coverage.channels.length > 0)
    ex.insert(officeChannels)
      .values(coverage.channels.map((channel) => ({ officeId, channel })))
      .run();
  if (coverage.prefixes.length > 0)
    ex.insert(officePostcodeAreas)
      .values(coverage.prefixes.map((prefix) => ({ officeId, prefix })))
      .run();
}

/** Confirmed appointments at an office from `nowIso` on. */
export function countUpcomingBookingsAt(ex: Executor, officeId: string, nowIso: string): number {
  const row = ex
    .select({ n: count() })
    .from(bookings)
    .where(
      and(
        eq(bookings.officeId, officeId),
        eq(bookings.status, 'confirmed'),
        gte(bookings.startsAt, nowIso),
      ),
    )
    .get();
  return row?.n ?? 0;
}

/** Rows that point at an office without cascading: bookings, and everything else. */
export function countOfficeReferences(ex: Executor, officeId: string) {
  const n = (table: typeof bookings | typeof slotHolds | typeof teams | typeof availabilityRules) =>
    ex.select({ n: count() }).from(table).where(eq(table.officeId, officeId)).get()?.n ?? 0;
  const homeOffice =
    ex.select({ n: count() }).from(staff).where(eq(staff.homeOfficeId, officeId)).get()?.n ?? 0;
  return {
    bookings: n(bookings),
    other: n(slotHolds) + n(teams) + n(availabilityRules) + homeOffice,
  };
}

/** Deletes an office; its channels, postcode areas and meeting points go with it. */
export function deleteOfficeRow(ex: Executor, id: string): void {
  ex.delete(offices).where(eq(offices.id, id)).run();
}
