import type { Database } from '@/db/client';
import { listScopeOffices, listTeams } from '@/db/queries/dashboard-scope';
import type { DashboardScope } from '@/lib/dashboard/service';
import type { DashboardFormat } from './format';

/** "Team: …", "Office: …" or "All of NRW", for the page and the CSV. */
export function scopeLabel(db: Database, scope: DashboardScope, fmt: DashboardFormat): string {
  if (scope.kind === 'teams') {
    const names = listTeams(db, scope.teamIds).map((team) => team.name);
    return fmt.t('scopeTeams', { names: names.join(', ') });
  }
  if (scope.kind === 'office') {
    const office = listScopeOffices(db).find((o) => o.id === scope.officeId);
    return fmt.t('scopeOffice', { name: office?.name ?? scope.officeId });
  }
  return fmt.t('scopeNrw');
}
