'use server';

import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { runAction, type ActionState } from '@/lib/action';
import { emailProviderId, signIn, signOut, staffProviderId } from '@/lib/auth/config';
import {
  demoSignInFormSchema,
  emailLinkFormSchema,
  staffSignInFormSchema,
  type DemoRole,
} from '@/lib/auth/schemas';
import { setSessionCookie } from '@/lib/auth/session';
import { createDemoStaffSession } from '@/lib/auth/sign-in';
import { demoSignIns } from '@/lib/demo/generate-staff';
import { getConfig } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { clientKeyOf, enforceRateLimit } from '@/lib/http/rate-limit';
import { redirect } from '@/lib/i18n/navigation';
import { getCounterDatabase, getDatabase } from '@/lib/server/database';

/** Staff: off to the organisation's identity provider (Auth.js sets state, PKCE, nonce). */
export async function signInStaffAction(formData: FormData): Promise<void> {
  const locale = await getLocale();
  if (!getConfig().auth.oidc) notFound();
  const { callbackUrl } = staffSignInFormSchema.parse({
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  });
  await signIn(staffProviderId, { redirectTo: callbackUrl ?? `/${locale}/arbeitsbereich` });
}

/** Requests per address and per client address, counted in the database (all instances). */
async function limitEmailLinkRequests(email: string, now: Date) {
  const rule = {
    name: 'email-link',
    limit: getConfig().auth.emailLinkRequestsPer15Minutes,
    windowSeconds: 15 * 60,
  };
  const db = getCounterDatabase();
  enforceRateLimit(db, rule, `to:${email}`, now);
  enforceRateLimit(
    db,
    { ...rule, limit: rule.limit * 4 },
    `from:${clientKeyOf(await headers())}`,
    now,
  );
}

/**
 * Clients: a single-use link by email. The answer is the same whether or not a link was
 * sent (a staff address gets none), so the form tells nobody who has an account.
 */
export async function requestEmailLinkAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const locale = await getLocale();
  const result = await runAction(emailLinkFormSchema, formData, async ({ email, callbackUrl }) => {
    await limitEmailLinkRequests(email, new Date());
    let answer: unknown;
    try {
      answer = await signIn(emailProviderId, {
        email,
        redirectTo: callbackUrl ?? `/${locale}/meine-termine`,
        // Auth.js would redirect to its own route; we show our page (auth-notes pitfall 3).
        redirect: false,
      });
    } catch (error) {
      console.error('[auth] sending a sign-in link failed', error);
      answer = '?error=EmailSignInError';
    }
    // Auth.js reports a failed send as a redirect to its error page, not as an exception.
    if (typeof answer === 'string' && answer.includes('error=')) {
      throw new AppError('CONFLICT', 'The sign-in link could not be sent.', {
        reason: 'email_not_sent',
      });
    }
    return email;
  });
  if (!result.ok) return result;
  return redirect({ href: '/anmelden/link-gesendet', locale });
}

const demoEmailOf: Record<DemoRole, string> = {
  counsellor: demoSignIns.counsellor,
  team_lead: demoSignIns.teamLead,
  admin: demoSignIns.admin,
};

/** Demo mode only: signs in as a seeded staff member, without a password. */
export async function demoSignInAction(
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const config = getConfig();
  if (!config.auth.demoSignIn) notFound();
  const locale = await getLocale();
  const result = await runAction(demoSignInFormSchema, formData, async ({ role }) => {
    const session = createDemoStaffSession(getDatabase(), demoEmailOf[role], {
      now: new Date(),
      idleTimeoutMinutes: config.auth.idleTimeoutMinutes,
    });
    if (!session)
      throw new AppError('NOT_FOUND', 'This demo account is not available.', {
        reason: 'demo_account_missing',
      });
    await setSessionCookie(session.sessionToken, session.expires);
    return role;
  });
  if (!result.ok) return result;
  const target = result.data === 'admin' ? '/verwaltung' : '/arbeitsbereich';
  return redirect({ href: target, locale });
}

/** Ends the session in the database too, so the cookie is worthless afterwards. */
export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}` });
}
