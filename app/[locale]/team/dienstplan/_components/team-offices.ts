import type { RosterWeek } from '@/lib/roster/view';

/** Every office a counsellor of the team works at, once each, by name. */
export function teamOffices(roster: RosterWeek): { id: string; name: string }[] {
  const byId = new Map(roster.counsellors.flatMap((c) => c.offices.map((o) => [o.id, o.name])));
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
