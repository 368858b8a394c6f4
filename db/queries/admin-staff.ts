import { and, asc, count, eq, exists, gte, inArray, like, ne, or, sql } from 'drizzle-orm';
import { bookings } from '../schema/booking';
import type { StaffRole } from '../schema/enums';
import { offices } from '../schema/organisation';
import { counsellorOffices, staff, teamMemberships, teams } from '../schema/staff';
import type { Executor } from '../transaction';

export type StaffFilter = {
  /** Part of the name or email, any case. */
  query?: string;
  role?: StaffRole;
  /** Home office or one of the offices the person counsels at. */
  officeId?: string;
  isActive?: boolean;
};

/** Staff accounts for the administration list, by name; at most `limit` rows. */
export function listStaffForAdmin(ex: Executor, filter: StaffFilter, limit: number) {
  const pattern = filter.query ? `%${escapeLike(filter.query.toLowerCase())}%` : undefined;
  const countsAtOffice = filter.officeId
    ? exists(
        ex
          .select({ one: counsellorOffices.staffId })
          .from(counsellorOffices)
          .where(
            and(
              eq(counsellorOffices.staffId, staff.id),
              eq(counsellorOffices.officeId, filter.officeId),
            ),
          ),
      )
    : undefined;
  return ex
    .select({
      id: staff.id,
      email: staff.email,
      displayName: staff.displayName,
      role: staff.role,
      isActive: staff.active,
      homeOfficeName: offices.name,
    })
    .from(staff)
    .leftJoin(offices, eq(offices.id, staff.homeOfficeId))
    .where(
      and(
        pattern
          ? or(
              like(sql`lower(${staff.displayName})`, sql`${pattern} escape '\\'`),
              like(staff.email, sql`${pattern} escape '\\'`),
            )
          : undefined,
        filter.role ? eq(staff.role, filter.role) : undefined,
        filter.officeId ? or(eq(staff.homeOfficeId, filter.officeId), countsAtOffice) : undefined,
        filter.isActive === undefined ? undefined : eq(staff.active, filter.isActive),
      ),
    )
    .orderBy(asc(staff.displayName), asc(staff.email))
    .limit(limit)
    .all();
}

/** `%` and `_` typed into the search box are literal characters, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Team names per person, for the list. */
export function listTeamNamesOfStaff(ex: Executor, staffIds: readonly string[]) {
  if (staffIds.length === 0) return [];
  return ex
    .select({ staffId: teamMemberships.staffId, name: teams.name, role: teamMemberships.role })
    .from(teamMemberships)
    .innerJoin(teams, eq(teams.id, teamMemberships.teamId))
    .where(inArray(teamMemberships.staffId, [...staffIds]))
    .orderBy(asc(teams.name))
    .all();
}

export type StaffRow = typeof staff.$inferSelect;

export function findStaffRow(ex: Executor, id: string): StaffRow | undefined {
  return ex.select().from(staff).where(eq(staff.id, id)).get();
}

/** Another account with this address, if any. */
export function findOtherStaffWithEmail(ex: Executor, email: string, exceptId?: string) {
  return ex
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.email, email), exceptId ? ne(staff.id, exceptId) : undefined))
    .get();
}

export function insertStaff(ex: Executor, row: typeof staff.$inferInsert): void {
  ex.insert(staff).values(row).run();
}

export type StaffProfile = Pick<
  StaffRow,
  'email' | 'displayName' | 'role' | 'homeOfficeId' | 'oidcSubject'
>;

export function updateStaffProfile(ex: Executor, id: string, profile: Partial<StaffProfile>) {
  ex.update(staff).set(profile).where(eq(staff.id, id)).run();
}

export function setStaffActive(ex: Executor, id: string, isActive: boolean): void {
  ex.update(staff).set({ active: isActive }).where(eq(staff.id, id)).run();
}

/** Active admins other than `exceptId`: the last one must not lose the role. */
export function countOtherActiveAdmins(ex: Executor, exceptId: string): number {
  const row = ex
    .select({ n: count() })
    .from(staff)
    .where(and(eq(staff.role, 'admin'), eq(staff.active, true), ne(staff.id, exceptId)))
    .get();
  return row?.n ?? 0;
}

/** Confirmed appointments of a counsellor from `nowIso` on. */
export function countUpcomingBookingsOf(ex: Executor, staffId: string, nowIso: string): number {
  const row = ex
    .select({ n: count() })
    .from(bookings)
    .where(
      and(
        eq(bookings.counsellorId, staffId),
        eq(bookings.status, 'confirmed'),
        gte(bookings.startsAt, nowIso),
      ),
    )
    .get();
  return row?.n ?? 0;
}
