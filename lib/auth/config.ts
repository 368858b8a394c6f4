import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Nodemailer from 'next-auth/providers/nodemailer';
import type { OIDCConfig } from 'next-auth/providers';
import { authAccounts, authSessions, authUsers, authVerificationTokens } from '@/db/schema/auth';
import { getConfig, type OidcConfig } from '@/lib/env';
import { getDatabase } from '@/lib/server/database';
import { withSessionRules } from './adapter';
import { getMailSender } from '@/lib/server/mail';
import { renderSignInMail } from './sign-in-mail';
import { decideEmailSignIn, decideStaffSignIn, type SignInVerdict } from './sign-in';

/** The id of the staff identity provider in Auth.js URLs (/api/auth/callback/oidc). */
export const staffProviderId = 'oidc';
export const emailProviderId = 'nodemailer';

/** Email links expire within 10 minutes and are single-use (the adapter deletes them). */
const emailLinkMaxAgeSeconds = 10 * 60;

/** Pages without a locale: the proxy adds the visitor's. */
export const authPages = {
  signIn: '/anmelden',
  error: '/anmelden/fehler',
  verifyRequest: '/anmelden/link-gesendet',
  denied: '/kein-zugang',
} as const;

type IdTokenProfile = { sub: string; email?: string; name?: string; amr?: unknown; acr?: unknown };

function staffProvider(oidc: OidcConfig): OIDCConfig<IdTokenProfile> {
  return {
    id: staffProviderId,
    name: oidc.displayName,
    type: 'oidc',
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    checks: ['pkce', 'state', 'nonce'],
    // Staff addresses are provisioned by an admin and the provider is the organisation's
    // own; a client-side email sign-in of the same address is refused (sign-in.ts).
    allowDangerousEmailAccountLinking: true,
  };
}

function deniedRedirect(verdict: SignInVerdict): true | string {
  return verdict.allowed ? true : `${authPages.denied}?grund=${verdict.denial}`;
}

export const { handlers, auth, signIn, signOut } = NextAuth((): NextAuthConfig => {
  const config = getConfig();
  const db = getDatabase();
  const adapter = withSessionRules(
    DrizzleAdapter(db, {
      usersTable: authUsers,
      accountsTable: authAccounts,
      sessionsTable: authSessions,
      verificationTokensTable: authVerificationTokens,
    }),
    { maxLifetimeMs: config.auth.maxLifetimeHours * 3_600_000, now: () => new Date() },
  );
  const idleSeconds = config.auth.idleTimeoutMinutes * 60;
  return {
    adapter,
    secret: config.auth.secret,
    // The origin comes from AUTH_URL (set from APP_URL at start), never from the Host header.
    trustHost: true,
    session: {
      strategy: 'database',
      maxAge: idleSeconds,
      updateAge: Math.min(15 * 60, Math.floor(idleSeconds / 4)),
    },
    providers: [
      ...(config.auth.oidc ? [staffProvider(config.auth.oidc)] : []),
      Nodemailer({
        id: emailProviderId,
        server: config.mail.smtpUrl ?? 'smtp://localhost:25',
        from: config.mail.from,
        maxAge: emailLinkMaxAgeSeconds,
        sendVerificationRequest: async ({ identifier, url, expires }) =>
          getMailSender().send(
            await renderSignInMail({
              to: identifier,
              authUrl: url,
              appUrl: config.appUrl,
              expires,
            }),
          ),
      }),
    ],
    pages: {
      signIn: authPages.signIn,
      error: authPages.error,
      verifyRequest: authPages.verifyRequest,
    },
    callbacks: {
      signIn({ account, profile, user }) {
        if (account?.provider === staffProviderId && config.auth.oidc) {
          const claims = (profile ?? {}) as Partial<IdTokenProfile>;
          return deniedRedirect(
            decideStaffSignIn(
              db,
              {
                subject: account.providerAccountId,
                email: claims.email ?? null,
                amr: claims.amr,
                acr: claims.acr,
              },
              config.auth.oidc,
            ),
          );
        }
        if (account?.provider === emailProviderId && user.email)
          return deniedRedirect(decideEmailSignIn(db, user.email));
        return false;
      },
      session({ session, user }) {
        return { ...session, user: { id: user.id, email: user.email, name: user.name } };
      },
    },
  };
});
