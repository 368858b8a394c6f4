import 'server-only';
import { forbidden } from 'next/navigation';
import { assertAllowed } from '@/lib/auth/access';
import { decide, type StaffActor } from '@/lib/auth/policy';
import { authorizePage, getActor } from '@/lib/auth/session';
import { localDateOf } from '@/lib/calendar/local-date';
import { dashboardQuerySchema, defaultPeriod } from '@/lib/dashboard/schemas';
import { requestedScope, type DashboardAudience } from '@/lib/dashboard/scope';
import type { DashboardScope } from '@/lib/dashboard/service';
import { AppError } from '@/lib/errors';

export type DashboardRequest = {
  period: { from: string; to: string };
  office: string | undefined;
  /** The period asked for was invalid; the default period is shown instead. */
  isInvalid: boolean;
};

/** The period and office of the search params; an invalid period falls back to the default. */
export function readDashboardQuery(
  params: Record<string, string | string[] | undefined>,
  now: Date,
): DashboardRequest {
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = dashboardQuerySchema.safeParse({
    from: single(params.from),
    to: single(params.to),
    office: single(params.office),
  });
  const fallback = defaultPeriod(localDateOf(now, 'Europe/Berlin'));
  if (!parsed.success) {
    return { period: fallback, office: single(params.office), isInvalid: true };
  }
  const { from, to, office } = parsed.data;
  return {
    period: {
      from: from ?? (to && to < fallback.from ? to : fallback.from),
      to: to ?? fallback.to,
    },
    office,
    isInvalid: false,
  };
}

/** Pages: sign-in, 403, or the actor with the scope they may see. */
export async function openDashboardPage(
  audience: DashboardAudience,
  office: string | undefined,
  returnTo: string,
): Promise<{ actor: StaffActor; scope: DashboardScope }> {
  const chosen = { current: requestedScope({ kind: 'anonymous' }, audience, office) };
  const actor = await authorizePage(
    'team.dashboard',
    (a) => {
      chosen.current = requestedScope(a, audience, office);
      return chosen.current.resources[0]!;
    },
    returnTo,
  );
  const { scope, resources } = chosen.current;
  const isAllowed = resources.every((r) => decide(actor, 'team.dashboard', r).allowed);
  if (!isAllowed || actor.kind !== 'staff' || (scope.kind === 'teams' && !scope.teamIds.length)) {
    forbidden();
  }
  return { actor, scope };
}

/** Route handlers: the scope, or the policy's denial as an AppError (401/403). */
export async function authorizeDashboard(
  audience: DashboardAudience,
  office: string | undefined,
): Promise<DashboardScope> {
  const actor = await getActor();
  const { scope, resources } = requestedScope(actor, audience, office);
  for (const resource of resources) assertAllowed(actor, 'team.dashboard', resource);
  if (scope.kind === 'teams' && !scope.teamIds.length) {
    throw new AppError('FORBIDDEN', 'No team to show.', { reason: 'forbidden' });
  }
  return scope;
}
