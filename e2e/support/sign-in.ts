import { randomBytes, randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { writeE2eDatabase } from './database';

const demoEmails = {
  counsellor: 'beraterin@demo.beratungsportal.example',
  team_lead: 'teamleitung@demo.beratungsportal.example',
  admin: 'admin@demo.beratungsportal.example',
} as const;

export type DemoRole = keyof typeof demoEmails;

/** Session cookie header for API requests: `{ cookie: … }`. */
export function sessionHeaders(sessionToken: string) {
  return { cookie: `authjs.session-token=${sessionToken}` };
}

/**
 * Signs the page's browser context in as a seeded staff member or as a client address,
 * by creating a database session like a real sign-in does. Sign-in through the UI is
 * tested once per method (sign-in.spec.ts); every other test uses this fixture.
 */
export async function signInAs(page: Page, who: DemoRole | { clientEmail: string }) {
  const email = typeof who === 'string' ? demoEmails[who] : who.clientEmail;
  const { sessionToken, expires } = createSessionFor(email);
  const baseUrl = process.env.E2E_BASE_URL;
  if (!baseUrl) throw new Error('E2E_BASE_URL is not set (global setup did not run)');
  await page.context().addCookies([
    {
      name: 'authjs.session-token',
      value: sessionToken,
      url: baseUrl,
      httpOnly: true,
      sameSite: 'Lax',
      expires: Math.floor(expires / 1000),
    },
  ]);
  return { email, sessionToken };
}

/** A database session for any address (staff or client); returns its cookie value. */
export function createSessionFor(email: string, options: { expiresInMinutes?: number } = {}) {
  const sessionToken = randomBytes(32).toString('base64url');
  const expires = Date.now() + (options.expiresInMinutes ?? 60) * 60_000;
  writeE2eDatabase((db) => {
    const existing = db.prepare('select id from auth_users where email = ?').get(email) as
      { id: string } | undefined;
    const userId = existing?.id ?? randomUUID();
    if (!existing)
      db.prepare('insert into auth_users (id, email) values (?, ?)').run(userId, email);
    db.prepare('insert into auth_sessions (session_token, user_id, expires) values (?, ?, ?)').run(
      sessionToken,
      userId,
      expires,
    );
  });
  return { sessionToken, expires };
}

export { demoEmails };
