import { and, eq, inArray, or } from 'drizzle-orm';
import { authSessions, authUsers } from '../schema/auth';
import { bookings, clients } from '../schema/booking';
import { staff, teamMemberships } from '../schema/staff';
import type { Executor } from '../transaction';

export type StaffIdentity = {
  id: string;
  email: string;
  displayName: string;
  role: (typeof staff.$inferSelect)['role'];
  isActive: boolean;
  oidcSubject: string | null;
};

const identityColumns = {
  id: staff.id,
  email: staff.email,
  displayName: staff.displayName,
  role: staff.role,
  isActive: staff.active,
  oidcSubject: staff.oidcSubject,
};

export function findStaffByEmail(ex: Executor, email: string): StaffIdentity | undefined {
  return ex.select(identityColumns).from(staff).where(eq(staff.email, email)).get();
}

/** A provisioned account that matches the identity provider's subject or email. */
export function findStaffForOidc(
  ex: Executor,
  subject: string,
  email: string | null,
): StaffIdentity[] {
  const bySubject = eq(staff.oidcSubject, subject);
  return ex
    .select(identityColumns)
    .from(staff)
    .where(email ? or(bySubject, eq(staff.email, email)) : bySubject)
    .all();
}

/** The first OIDC sign-in binds the account to the provider's stable subject. */
export function bindOidcSubject(ex: Executor, staffId: string, subject: string): void {
  ex.update(staff).set({ oidcSubject: subject }).where(eq(staff.id, staffId)).run();
}

export function listTeamMemberships(ex: Executor, staffIds: readonly string[]) {
  if (staffIds.length === 0) return [];
  return ex
    .select({
      staffId: teamMemberships.staffId,
      teamId: teamMemberships.teamId,
      role: teamMemberships.role,
    })
    .from(teamMemberships)
    .where(inArray(teamMemberships.staffId, [...staffIds]))
    .all();
}

/** The parties of a booking, which is all the policy needs to decide. */
export function findBookingParties(ex: Executor, bookingId: string) {
  return ex
    .select({
      counsellorId: bookings.counsellorId,
      clientEmail: clients.email,
      manageTokenHash: bookings.manageTokenHash,
    })
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .where(eq(bookings.id, bookingId))
    .get();
}

export function findSessionCreatedAt(ex: Executor, sessionToken: string): Date | undefined {
  return ex
    .select({ createdAt: authSessions.createdAt })
    .from(authSessions)
    .where(eq(authSessions.sessionToken, sessionToken))
    .get()?.createdAt;
}

export function deleteSession(ex: Executor, sessionToken: string): void {
  ex.delete(authSessions).where(eq(authSessions.sessionToken, sessionToken)).run();
}

/** Signs the person with this address out everywhere (role change, deactivation). */
export function deleteSessionsOfEmail(ex: Executor, email: string): void {
  const user = ex.select({ id: authUsers.id }).from(authUsers).where(eq(authUsers.email, email));
  ex.delete(authSessions).where(inArray(authSessions.userId, user)).run();
}

/** The Auth.js user of an address, created on first use (demo sign-in). */
export function ensureAuthUser(ex: Executor, email: string, name: string): string {
  const existing = ex
    .select({ id: authUsers.id })
    .from(authUsers)
    .where(eq(authUsers.email, email))
    .get();
  if (existing) return existing.id;
  const id = crypto.randomUUID();
  ex.insert(authUsers).values({ id, email, name }).run();
  return id;
}

export function insertSession(
  ex: Executor,
  session: { sessionToken: string; userId: string; expires: Date },
): void {
  ex.insert(authSessions).values(session).run();
}

export function isSessionOf(ex: Executor, sessionToken: string, userId: string): boolean {
  return (
    ex
      .select({ token: authSessions.sessionToken })
      .from(authSessions)
      .where(and(eq(authSessions.sessionToken, sessionToken), eq(authSessions.userId, userId)))
      .get() !== undefined
  );
}
