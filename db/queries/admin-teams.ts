import { and, asc, count, eq, ne } from 'drizzle-orm';
import { offices } from '../schema/organisation';
import { staff, teamMemberships, teams } from '../schema/staff';
import type { Executor } from '../transaction';

export type TeamRow = typeof teams.$inferSelect;

/** Every team with its office, by office and name. */
export function listTeamsForAdmin(ex: Executor) {
  return ex
    .select({
      id: teams.id,
      name: teams.name,
      officeId: teams.officeId,
      officeName: offices.name,
    })
    .from(teams)
    .innerJoin(offices, eq(offices.id, teams.officeId))
    .orderBy(asc(offices.name), asc(teams.name))
    .all();
}

/** Members of all teams (or of one), leads first. */
export function listTeamMembers(ex: Executor, teamId?: string) {
  return ex
    .select({
      teamId: teamMemberships.teamId,
      staffId: staff.id,
      displayName: staff.displayName,
      role: teamMemberships.role,
      isActive: staff.active,
    })
    .from(teamMemberships)
    .innerJoin(staff, eq(staff.id, teamMemberships.staffId))
    .where(teamId ? eq(teamMemberships.teamId, teamId) : undefined)
    .orderBy(asc(teamMemberships.role), asc(staff.displayName))
    .all();
}

export function findTeam(ex: Executor, id: string): TeamRow | undefined {
  return ex.select().from(teams).where(eq(teams.id, id)).get();
}

/** A team of this name at the office, other than `exceptId`. */
export function findTeamNamed(ex: Executor, officeId: string, name: string, exceptId?: string) {
  return ex
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.officeId, officeId),
        eq(teams.name, name),
        exceptId ? ne(teams.id, exceptId) : undefined,
      ),
    )
    .get();
}

export function countTeamMembers(ex: Executor, teamId: string): number {
  const row = ex
    .select({ n: count() })
    .from(teamMemberships)
    .where(eq(teamMemberships.teamId, teamId))
    .get();
  return row?.n ?? 0;
}

export function insertTeam(ex: Executor, row: TeamRow): void {
  ex.insert(teams).values(row).run();
}

export function updateTeam(ex: Executor, id: string, changes: Pick<TeamRow, 'name' | 'officeId'>) {
  ex.update(teams).set(changes).where(eq(teams.id, id)).run();
}

export function deleteTeam(ex: Executor, id: string): void {
  ex.delete(teams).where(eq(teams.id, id)).run();
}
