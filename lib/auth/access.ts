import { findBookingParties, findStaffByEmail, listTeamMemberships } from '@/db/queries/auth';
import type { Executor } from '@/db/transaction';
import { AppError } from '@/lib/errors';
import {
  decide,
  type Action,
  type Actor,
  type BookingSubject,
  type Resource,
  type StaffActor,
} from './policy';

/**
 * The database side of authorisation: loads actors and resources for the pure policy,
 * and turns its answer into the one error type. Framework-free, so services, scripts and
 * workers use it the same way as pages and route handlers.
 */

/** The staff actor of an address, with their teams, or undefined when not staff. */
export function loadStaffActor(ex: Executor, email: string): StaffActor | undefined {
  const identity = findStaffByEmail(ex, email.toLowerCase());
  if (!identity) return undefined;
  const memberships = listTeamMemberships(ex, [identity.id]);
  return {
    kind: 'staff',
    staffId: identity.id,
    name: identity.displayName,
    role: identity.role,
    isActive: identity.isActive,
    teamIds: memberships.map((m) => m.teamId),
    leadsTeamIds: memberships.filter((m) => m.role === 'lead').map((m) => m.teamId),
  };
}

export function loadBookingSubject(ex: Executor, bookingId: string): BookingSubject | undefined {
  const parties = findBookingParties(ex, bookingId);
  if (!parties) return undefined;
  const teams = listTeamMemberships(ex, [parties.counsellorId]);
  return { ...parties, counsellorTeamIds: teams.map((t) => t.teamId) };
}

export function loadCounsellorResource(ex: Executor, staffId: string): Resource {
  const teams = listTeamMemberships(ex, [staffId]);
  return { type: 'counsellor', staffId, teamIds: teams.map((t) => t.teamId) };
}

const deniedMessages = {
  unauthenticated: ['UNAUTHENTICATED', 'Please sign in first.', 'sign_in_required'],
  forbidden: ['FORBIDDEN', 'You are not allowed to do this.', 'forbidden'],
} as const;

/** Throws the policy's denial as an AppError (401, 403 or 404); returns when allowed. */
export function assertAllowed(
  actor: Actor,
  action: Action,
  resource: Resource,
  notFound: { message: string; reason: string } = {
    message: 'Not found.',
    reason: 'not_found',
  },
): void {
  const decision = decide(actor, action, resource);
  if (decision.allowed) return;
  if (decision.denial === 'not-found')
    throw new AppError('NOT_FOUND', notFound.message, { reason: notFound.reason });
  const [code, message, reason] = deniedMessages[decision.denial];
  throw new AppError(code, message, { reason });
}

const bookingNotFound = {
  message: 'No appointment matches this link.',
  reason: 'booking_not_found',
};

/**
 * Authorises `action` on a booking. A missing booking and one the actor may not see
 * answer alike, so ids cannot be probed.
 */
export function assertBookingAccess(
  ex: Executor,
  actor: Actor,
  action: Action,
  bookingId: string,
): BookingSubject {
  const booking = loadBookingSubject(ex, bookingId);
  if (!booking)
    throw new AppError('NOT_FOUND', bookingNotFound.message, { reason: bookingNotFound.reason });
  assertAllowed(actor, action, { type: 'booking', booking }, bookingNotFound);
  return booking;
}
