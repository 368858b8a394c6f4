import 'server-only';
import { cookies } from 'next/headers';
import { forbidden, notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getConfig } from '@/lib/env';
import { redirect } from '@/lib/i18n/navigation';
import { getDatabase } from '@/lib/server/database';
import { assertAllowed, loadStaffActor } from './access';
import { auth, authPages } from './config';
import { decide, type Action, type Actor, type Resource, type StaffActor } from './policy';

/**
 * The request's actor, loaded from the database on every request: a role change or a
 * deactivation takes effect at once. The one seam between Auth.js and the policy.
 */
export async function getActor(): Promise<Actor> {
  const session = await auth();
  const email = session?.user?.email?.toLowerCase();
  if (!email) return { kind: 'anonymous' };
  return loadStaffActor(getDatabase(), email) ?? { kind: 'client', email };
}

/** A manage link's token speaks for its booking; without one, the signed-in person does. */
export async function getActorFor(manageToken: string | undefined | null): Promise<Actor> {
  return manageToken ? { kind: 'manage-token', token: manageToken } : getActor();
}

/** API requests: `Authorization: Bearer <manage token>` (or `?token=`), else the session. */
export async function getRequestActor(request: Request, allowQueryToken = false): Promise<Actor> {
  const header = request.headers.get('authorization') ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const query = allowQueryToken ? new URL(request.url).searchParams.get('token') : null;
  return getActorFor(bearer ?? query);
}

/** Route handlers and server actions: throws the policy's denial as an AppError. */
export async function authorize(action: Action, resource: Resource): Promise<Actor> {
  const actor = await getActor();
  assertAllowed(actor, action, resource);
  return actor;
}

/**
 * Pages: not signed in → the sign-in page (and back here after); not allowed → 403 page;
 * not for this person to know about → 404.
 */
export async function authorizePage(
  action: Action,
  resource: Resource | ((actor: Actor) => Resource),
  returnTo: string,
): Promise<Actor> {
  const actor = await getActor();
  const decision = decide(
    actor,
    action,
    typeof resource === 'function' ? resource(actor) : resource,
  );
  if (decision.allowed) return actor;
  if (decision.denial === 'not-found') notFound();
  if (decision.denial === 'forbidden') forbidden();
  const locale = await getLocale();
  return redirect({
    href: { pathname: authPages.signIn, query: { callbackUrl: `/${locale}${returnTo}` } },
    locale,
  });
}

/** The staff member behind a page that only staff open (the workspace), or a redirect. */
export async function requireStaffPage(returnTo: string): Promise<StaffActor> {
  const actor = await authorizePage('workspace.open', { type: 'workspace' }, returnTo);
  return actor as StaffActor;
}

/** The cookie Auth.js reads the database session from (prefixed on https). */
export function sessionCookieName(): string {
  const isSecure = getConfig().appUrl.startsWith('https:');
  return `${isSecure ? '__Secure-' : ''}authjs.session-token`;
}

/** Sets the session cookie for a session created outside Auth.js (demo sign-in). */
export async function setSessionCookie(sessionToken: string, expires: Date): Promise<void> {
  const store = await cookies();
  store.set(sessionCookieName(), sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getConfig().appUrl.startsWith('https:'),
    path: '/',
    expires,
  });
}
