import { listAbsencesBetween, listBookedTimes, listQuotas } from '@/db/queries/roster';
import { listBlocksOf, listOfficesOfCounsellor } from '@/db/queries/workspace-availability';
import type { StaffActor } from '@/lib/auth/policy';
import { addDaysToLocalDate, startOfLocalDay, type LocalDate } from '@/lib/calendar/local-date';
import { workspaceZone } from '@/lib/workspace/context';
import type { ChannelTargets } from './changes';
import { compareWithTargets } from './quotas';
import { authorizeRoster, type RosterDeps } from './service';
import { weekOf } from './week';
import { buildCounsellorWeek, plannedBlocksOf } from './week-view';

/**
 * The roster of one team and week: per counsellor the days with their blocks, absences
 * and load, the planned-versus-target comparison, and the offices (with the channels
 * both offer) the edit forms choose from.
 */
export function loadRosterWeek(
  deps: RosterDeps,
  actor: StaffActor,
  teamId: string,
  date: LocalDate,
) {
  const { team, members } = authorizeRoster(deps.db, actor, teamId);
  const week = weekOf(date);
  const ids = members.map((m) => m.id);
  const range = {
    from: startOfLocalDay(week.monday, workspaceZone).toISOString(),
    to: startOfLocalDay(addDaysToLocalDate(week.sunday, 1), workspaceZone).toISOString(),
  };
  const absences = listAbsencesBetween(deps.db, ids, range);
  const booked = listBookedTimes(deps.db, ids, range);
  const quotas = listQuotas(deps.db, ids, week.monday);
  const counsellors = members.map((member) => {
    const days = buildCounsellorWeek(
      listBlocksOf(deps.db, member.id),
      absences.filter((a) => a.staffId === member.id),
      booked.filter((b) => b.counsellorId === member.id),
      week,
      workspaceZone,
    );
    const targets: ChannelTargets = Object.fromEntries(
      quotas.filter((q) => q.staffId === member.id).map((q) => [q.channel, q.sharePercent]),
    );
    return {
      ...member,
      days,
      targets,
      quota: compareWithTargets(plannedBlocksOf(days), targets),
      offices: listOfficesOfCounsellor(deps.db, member.id),
    };
  });
  return { team, week, counsellors };
}

export type RosterWeek = ReturnType<typeof loadRosterWeek>;
export type RosterCounsellor = RosterWeek['counsellors'][number];
