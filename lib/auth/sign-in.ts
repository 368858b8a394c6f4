import {
  bindOidcSubject,
  ensureAuthUser,
  findStaffByEmail,
  findStaffForOidc,
  insertSession,
} from '@/db/queries/auth';
import type { Database } from '@/db/client';
import { withWriteTransaction } from '@/db/transaction';
import type { OidcConfig } from '@/lib/env';
import { createSecretToken } from '@/lib/booking/manage-token';
import { showsSecondFactor, type AuthenticationClaims } from './mfa';

export type SignInDenial =
  | 'no_email'
  | 'unknown_identity'
  | 'inactive'
  | 'subject_mismatch'
  | 'second_factor_required'
  | 'staff_use_organisation_sign_in';

export type SignInVerdict = { allowed: true } | { allowed: false; denial: SignInDenial };

const deny = (denial: SignInDenial): SignInVerdict => ({ allowed: false, denial });

export type OidcIdentity = AuthenticationClaims & { subject: string; email: string | null };

/**
 * Staff sign in only through the identity provider, and only into an account an admin
 * provisioned. The first sign-in binds the account to the provider's stable subject, so a
 * later change of email at the provider cannot move the account to someone else.
 */
export function decideStaffSignIn(
  db: Database,
  identity: OidcIdentity,
  oidc: Pick<OidcConfig, 'requireMfa' | 'multiFactorAcrValues'>,
): SignInVerdict {
  const email = identity.email?.trim().toLowerCase() || null;
  return withWriteTransaction(db, (tx) => {
    const matches = findStaffForOidc(tx, identity.subject, email);
    const bySubject = matches.find((m) => m.oidcSubject === identity.subject);
    const account = bySubject ?? matches[0];
    if (!account) return deny(email ? 'unknown_identity' : 'no_email');
    if (matches.length > 1 || (account.oidcSubject && account.oidcSubject !== identity.subject))
      return deny('subject_mismatch');
    if (!account.isActive) return deny('inactive');
    if (oidc.requireMfa && !showsSecondFactor(identity, oidc.multiFactorAcrValues))
      return deny('second_factor_required');
    if (!account.oidcSubject) bindOidcSubject(tx, account.id, identity.subject);
    return { allowed: true };
  });
}

/**
 * Email links are for clients. A staff address must use the identity provider (with its
 * second factor), so it gets no link.
 */
export function decideEmailSignIn(db: Database, email: string): SignInVerdict {
  return findStaffByEmail(db, email.trim().toLowerCase())
    ? deny('staff_use_organisation_sign_in')
    : { allowed: true };
}

/**
 * Demo mode only: a database session for a seeded staff account, the same kind of
 * session the identity provider's sign-in creates. Returns the session token.
 */
export function createDemoStaffSession(
  db: Database,
  email: string,
  options: { now: Date; idleTimeoutMinutes: number },
): { sessionToken: string; expires: Date } | undefined {
  return withWriteTransaction(db, (tx) => {
    const account = findStaffByEmail(tx, email);
    if (!account?.isActive) return undefined;
    const userId = ensureAuthUser(tx, account.email, account.displayName);
    const sessionToken = createSecretToken();
    const expires = new Date(options.now.getTime() + options.idleTimeoutMinutes * 60_000);
    insertSession(tx, { sessionToken, userId, expires });
    return { sessionToken, expires };
  });
}
