import 'server-only';
import type { Actor, StaffActor } from '@/lib/auth/policy';
import { authorizePage } from '@/lib/auth/session';
import { localDateOf, isLocalDate } from '@/lib/calendar/local-date';
import { weekOf, type Week } from '@/lib/roster/week';
import { workspaceZone } from '@/lib/workspace/context';

export type Query = Record<string, string | string[] | undefined>;

function text(query: Query, key: string): string | undefined {
  const value = query[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The team asked for, or else the first team the person leads ('' when none). */
function teamOf(actor: Actor, query: Query): string {
  const asked = text(query, 'team');
  if (asked) return asked;
  return actor.kind === 'staff' ? (actor.leadsTeamIds[0] ?? '') : '';
}

/**
 * A roster page: the policy's `roster.edit` on the team (leads of that team only; anyone
 * else gets the 403 page, without sign-in the sign-in page), and the week shown.
 */
export async function authorizeRosterPage(
  query: Query,
  returnTo: string,
): Promise<{ actor: StaffActor; teamId: string; week: Week }> {
  const actor = await authorizePage(
    'roster.edit',
    (a) => ({ type: 'team', teamId: teamOf(a, query) }),
    returnTo,
  );
  const asked = text(query, 'woche');
  const date = asked && isLocalDate(asked) ? asked : localDateOf(new Date(), workspaceZone);
  return { actor: actor as StaffActor, teamId: teamOf(actor, query), week: weekOf(date) };
}

export function readText(query: Query, key: string): string | undefined {
  return text(query, key);
}
