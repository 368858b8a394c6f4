import type { Database } from '@/db/client';
import {
  loadDemandRows,
  loadReferralRows,
  type DemandFilter,
  type ReferralFilter,
} from '@/db/queries/dashboard';
import {
  listTeams,
  loadStaffing,
  type ScopeOffice,
  type StaffFilter,
} from '@/db/queries/dashboard-scope';
import { addDaysToLocalDate, startOfLocalDay } from '@/lib/calendar/local-date';
import { buildFigures, type DashboardFigures } from './figures';

/** Whose figures: a team lead's teams, one office, or all of NRW (admins). */
export type DashboardScope =
  | { kind: 'teams'; teamIds: readonly string[] }
  | { kind: 'office'; officeId: string }
  | { kind: 'nrw' };

export type DashboardPeriod = { from: string; to: string };

const holidayRegion = 'DE-NW';
const zone = 'Europe/Berlin';

/** The figures of a scope over a period of local dates (inclusive). */
export function loadDashboard(
  db: Database,
  scope: DashboardScope,
  period: DashboardPeriod,
): DashboardFigures {
  const staffFilter: StaffFilter =
    scope.kind === 'teams'
      ? { kind: 'teams', teamIds: scope.teamIds }
      : scope.kind === 'office'
        ? { kind: 'office', officeId: scope.officeId }
        : { kind: 'all' };
  const staffing = loadStaffing(db, staffFilter, {
    ...period,
    // A day wider on each side: absences are cut to the offered time anyway.
    fromInstant: startOfLocalDay(addDaysToLocalDate(period.from, -1), zone).toISOString(),
    toInstant: startOfLocalDay(addDaysToLocalDate(period.to, 2), zone).toISOString(),
    holidayRegion,
  });
  const demandFilter: DemandFilter =
    scope.kind === 'teams'
      ? {
          kind: 'counsellors',
          counsellorIds: staffing.counsellors.map((c) => c.id),
          officeIds: listTeams(db, scope.teamIds).map((t) => t.officeId),
        }
      : { kind: 'offices', officeId: scope.kind === 'office' ? scope.officeId : null };
  const demand = loadDemandRows(db, demandFilter, period);
  const referralFilter: ReferralFilter =
    demandFilter.kind === 'counsellors'
      ? { kind: 'counsellors', counsellorIds: demandFilter.counsellorIds }
      : demandFilter.officeId === null
        ? { kind: 'all' }
        : { kind: 'office', officeId: demandFilter.officeId };
  // Referrals by their creation instant: the period's local days in Berlin, end exclusive.
  const referrals = loadReferralRows(db, referralFilter, {
    fromInstant: startOfLocalDay(period.from, zone).toISOString(),
    toInstant: startOfLocalDay(addDaysToLocalDate(period.to, 1), zone).toISOString(),
  });
  const scopedOffices = officesInScope(staffing.offices, demand);
  return buildFigures(period, demand, { ...staffing, offices: scopedOffices }, referrals);
}

/** The offices the figures mention (bookings or snapshots), in the catalogue's order. */
function officesInScope(
  offices: readonly ScopeOffice[],
  demand: ReturnType<typeof loadDemandRows>,
): ScopeOffice[] {
  const seen = new Set([
    ...demand.bookings.map((r) => r.officeId),
    ...demand.firstSlots.map((r) => r.officeId),
  ]);
  return offices.filter((o) => seen.has(o.id));
}
