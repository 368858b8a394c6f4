import type { Actor, Resource } from '@/lib/auth/policy';
import type { DashboardScope } from './service';

/** Who opens the dashboard: a team lead for their teams, or an admin for an office or NRW. */
export type DashboardAudience = 'team' | 'admin';

/** The value of the office choice that means all of NRW. */
export const allNrw = 'nrw';

/**
 * The scope a request asks for and the resources the policy must allow for it
 * (`team.dashboard` on each). Team leads see the teams they lead; an admin sees one
 * office or all NRW. A team page without a led team asks for a team nobody leads.
 */
export function requestedScope(
  actor: Actor,
  audience: DashboardAudience,
  office: string | undefined,
): { scope: DashboardScope; resources: Resource[] } {
  if (audience === 'admin') {
    const officeId = office && office !== allNrw ? office : null;
    return {
      scope: officeId ? { kind: 'office', officeId } : { kind: 'nrw' },
      resources: [{ type: 'region', officeId }],
    };
  }
  const teamIds = actor.kind === 'staff' ? actor.leadsTeamIds : [];
  return {
    scope: { kind: 'teams', teamIds },
    resources: teamIds.length
      ? teamIds.map((teamId) => ({ type: 'team', teamId }))
      : [{ type: 'team', teamId: '' }],
  };
}
