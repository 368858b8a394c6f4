import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import { bookings } from '../schema/booking';
import type { Channel } from '../schema/enums';
import { channelQuotas } from '../schema/roster';
import { absences, staff, teamMemberships, teams } from '../schema/staff';
import type { Executor } from '../transaction';

export function findTeam(ex: Executor, teamId: string) {
  return ex
    .select({ id: teams.id, name: teams.name, officeId: teams.officeId })
    .from(teams)
    .where(eq(teams.id, teamId))
    .get();
}

export function listTeamsByIds(ex: Executor, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  return ex
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(inArray(teams.id, [...teamIds]))
    .orderBy(asc(teams.name))
    .all();
}

/** The counsellors of a team (members, not its leads), active ones only, by name. */
export function listRosterMembers(ex: Executor, teamId: string) {
  return ex
    .select({ id: staff.id, name: staff.displayName })
    .from(teamMemberships)
    .innerJoin(staff, eq(staff.id, teamMemberships.staffId))
    .where(
      and(
        eq(teamMemberships.teamId, teamId),
        eq(teamMemberships.role, 'member'),
        eq(staff.active, true),
      ),
    )
    .orderBy(asc(staff.displayName))
    .all();
}

/** Absences of these people that touch [from, to). */
export function listAbsencesBetween(
  ex: Executor,
  staffIds: readonly string[],
  range: { from: string; to: string },
) {
  if (staffIds.length === 0) return [];
  return ex
    .select({
      id: absences.id,
      staffId: absences.staffId,
      startsAt: absences.startsAt,
      endsAt: absences.endsAt,
      reason: absences.reason,
    })
    .from(absences)
    .where(
      and(
        inArray(absences.staffId, [...staffIds]),
        lt(absences.startsAt, range.to),
        gt(absences.endsAt, range.from),
      ),
    )
    .orderBy(asc(absences.startsAt))
    .all();
}

/** When these counsellors are booked in [from, to): times only, no client data. */
export function listBookedTimes(
  ex: Executor,
  staffIds: readonly string[],
  range: { from: string; to: string },
) {
  if (staffIds.length === 0) return [];
  return ex
    .select({
      counsellorId: bookings.counsellorId,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
    })
    .from(bookings)
    .where(
      and(
        inArray(bookings.counsellorId, [...staffIds]),
        inArray(bookings.status, ['confirmed', 'completed', 'no_show']),
        lt(bookings.startsAt, range.to),
        gt(bookings.endsAt, range.from),
      ),
    )
    .all();
}

export function listQuotas(ex: Executor, staffIds: readonly string[], weekStart: string) {
  if (staffIds.length === 0) return [];
  return ex
    .select({
      staffId: channelQuotas.staffId,
      channel: channelQuotas.channel,
      sharePercent: channelQuotas.sharePercent,
    })
    .from(channelQuotas)
    .where(
      and(inArray(channelQuotas.staffId, [...staffIds]), eq(channelQuotas.weekStart, weekStart)),
    )
    .all();
}

/** Replaces one counsellor's targets for one week (a channel left out has none). */
export function replaceQuotas(
  ex: Executor,
  quota: { staffId: string; weekStart: string; updatedBy: string; updatedAt: string },
  targets: readonly { channel: Channel; sharePercent: number }[],
) {
  ex.delete(channelQuotas)
    .where(
      and(eq(channelQuotas.staffId, quota.staffId), eq(channelQuotas.weekStart, quota.weekStart)),
    )
    .run();
  if (targets.length === 0) return;
  ex.insert(channelQuotas)
    .values(targets.map((t) => ({ ...quota, ...t })))
    .run();
}
