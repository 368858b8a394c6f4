import type { Database } from '@/db/client';
import { authSessions, authUsers, auditEvents } from '@/db/schema/auth';
import { staff, teams } from '@/db/schema/staff';
import { createFixtureDatabase, fixtureNow } from '@/lib/booking/test-fixture';
import type { AdminContext } from './context';
import { groupFieldName } from './form-fields';

/**
 * The booking fixture (offices A/BBiE and B/BBE, services svc-a/svc-b, counsellors c1–c3)
 * plus an admin and one team at office A.
 */
export const adminId = 'admin-1';
export const teamId = 'team-a';

export function createAdminFixture(): { db: Database; ctx: AdminContext } {
  const db = createFixtureDatabase();
  db.insert(staff)
    .values({
      id: adminId,
      email: 'admin@example.org',
      displayName: 'Admin',
      role: 'admin',
      createdAt: fixtureNow.toISOString(),
    })
    .run();
  db.insert(teams).values({ id: teamId, name: 'Team A', officeId: 'office-a' }).run();
  return { db, ctx: { db, now: fixtureNow, actorId: adminId } };
}

/** A signed-in session of `email`, to see that a change signs the person out. */
export function addSession(db: Database, email: string): string {
  const userId = crypto.randomUUID();
  const sessionToken = crypto.randomUUID();
  db.insert(authUsers).values({ id: userId, email }).run();
  db.insert(authSessions)
    .values({ sessionToken, userId, expires: new Date(fixtureNow.getTime() + 3_600_000) })
    .run();
  return sessionToken;
}

export function hasSession(db: Database, sessionToken: string): boolean {
  return db
    .select()
    .from(authSessions)
    .all()
    .some((s) => s.sessionToken === sessionToken);
}

export function auditTrail(db: Database) {
  return db.select().from(auditEvents).all();
}

/** A form as the action receives it: a list stands for a checkbox group's ticked boxes. */
export function formOf(values: Record<string, string | string[]>): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (!Array.isArray(value)) entries[name] = value;
    else for (const v of value) entries[groupFieldName(name, v)] = 'on';
  }
  return entries;
}

/** The `reason` of the AppError `work` throws, or undefined when it succeeds. */
export function reasonOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return (error as { reason?: string }).reason;
  }
  return undefined;
}
