import {
  findStaffAssignments,
  replaceStaffAssignments,
  type StaffAssignments,
} from '@/db/queries/admin-staff-assignments';
import {
  countUpcomingBookingsOf,
  findStaffRow,
  insertStaff,
  setStaffActive as writeStaffActive,
  updateStaffProfile,
  type StaffRow,
} from '@/db/queries/admin-staff';
import { deleteSessionsOfEmail } from '@/db/queries/auth';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { diffFields, recordAudit } from './audit';
import type { AdminContext } from './context';
import { adminError, notFoundError } from './errors';
import type { StaffInput } from './schemas';
import { assertAnotherAdmin, assertEmailFree, checkAssignments } from './staff-rules';

/**
 * Staff accounts: create, edit (profile, teams, offices, skills), deactivate. Each change
 * and its audit event commit in one transaction; a new address, role or status also signs
 * the person out everywhere, so it takes effect at once.
 */

/** What the audit trail shows of an account; ids, never secrets. */
function snapshot(
  profile: Pick<StaffRow, 'email' | 'displayName' | 'role' | 'homeOfficeId'>,
  a: StaffAssignments,
) {
  return {
    email: profile.email,
    displayName: profile.displayName,
    role: profile.role,
    homeOfficeId: profile.homeOfficeId,
    teams: a.memberships.map((m) => m.teamId),
    leadTeams: a.memberships.filter((m) => m.role === 'lead').map((m) => m.teamId),
    offices: a.officeIds,
    services: a.serviceIds,
    channels: a.channels,
    languages: a.languages,
  };
}

function requireStaff(ex: Executor, id: string): StaffRow {
  const row = findStaffRow(ex, id);
  if (!row) throw notFoundError('Staff account');
  return row;
}

export function createStaff(ctx: AdminContext, input: StaffInput): { id: string } {
  return withWriteTransaction(ctx.db, (tx) => {
    assertEmailFree(tx, input.email);
    const assignments = checkAssignments(tx, input);
    const id = crypto.randomUUID();
    const profile = {
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      homeOfficeId: input.homeOfficeId ?? null,
    };
    insertStaff(tx, { id, ...profile, active: true, createdAt: ctx.now.toISOString() });
    replaceStaffAssignments(tx, id, assignments);
    recordAudit(tx, ctx, {
      action: 'staff.created',
      entityType: 'staff',
      entityId: id,
      details: snapshot(profile, assignments),
    });
    return { id };
  });
}

/** Saves the edit form; returns whether anything changed (no change, no audit event). */
export function updateStaff(
  ctx: AdminContext,
  id: string,
  input: StaffInput,
): { changed: boolean } {
  return withWriteTransaction(ctx.db, (tx) => {
    const before = requireStaff(tx, id);
    if (input.email !== before.email) assertEmailFree(tx, input.email, id);
    if (input.role !== before.role) {
      if (id === ctx.actorId)
        throw adminError('CONFLICT', 'own_role', 'You cannot change your own role.', 'role');
      if (before.role === 'admin' && before.active) assertAnotherAdmin(tx, id, 'role');
    }
    const assignments = checkAssignments(tx, input);
    const profile = {
      email: input.email,
      displayName: input.displayName,
      role: input.role,
      homeOfficeId: input.homeOfficeId ?? null,
    };
    const changes = diffFields(
      snapshot(before, findStaffAssignments(tx, id)),
      snapshot(profile, assignments),
    );
    if (Object.keys(changes).length === 0) return { changed: false };
    const isNewEmail = input.email !== before.email;
    // A new address must not inherit the identity-provider binding of the old one.
    updateStaffProfile(tx, id, { ...profile, ...(isNewEmail ? { oidcSubject: null } : {}) });
    replaceStaffAssignments(tx, id, assignments);
    // Sessions name an address and the role decides access: either change signs out.
    // (Teams are read on every request, so team changes apply without it.)
    if (isNewEmail || input.role !== before.role) {
      deleteSessionsOfEmail(tx, before.email);
      if (isNewEmail) deleteSessionsOfEmail(tx, input.email);
    }
    recordAudit(tx, ctx, {
      action: 'staff.updated',
      entityType: 'staff',
      entityId: id,
      details: changes,
    });
    return { changed: true };
  });
}

/**
 * Deactivates or reactivates an account. Deactivation keeps every booking (the person
 * stays their counsellor until a team lead reassigns them): returns how many are upcoming.
 */
export function setStaffActive(
  ctx: AdminContext,
  id: string,
  isActive: boolean,
): { upcomingBookings: number } {
  return withWriteTransaction(ctx.db, (tx) => {
    const before = requireStaff(tx, id);
    const upcomingBookings = countUpcomingBookingsOf(tx, id, ctx.now.toISOString());
    if (before.active === isActive) return { upcomingBookings };
    if (!isActive && id === ctx.actorId)
      throw adminError('CONFLICT', 'deactivate_self', 'You cannot deactivate your own account.');
    if (!isActive && before.role === 'admin') assertAnotherAdmin(tx, id);
    writeStaffActive(tx, id, isActive);
    deleteSessionsOfEmail(tx, before.email);
    recordAudit(tx, ctx, {
      action: isActive ? 'staff.reactivated' : 'staff.deactivated',
      entityType: 'staff',
      entityId: id,
      details: { email: before.email, upcomingBookings },
    });
    return { upcomingBookings };
  });
}
