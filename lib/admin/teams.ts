import { findOfficeProviders } from '@/db/queries/admin-staff-assignments';
import {
  countTeamMembers,
  deleteTeam as removeTeam,
  findTeam,
  findTeamNamed,
  insertTeam,
  updateTeam as writeTeam,
  type TeamRow,
} from '@/db/queries/admin-teams';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { diffFields, recordAudit } from './audit';
import type { AdminContext } from './context';
import { adminError, notFoundError } from './errors';
import type { TeamInput } from './schemas';

/**
 * Teams: a name at an office. Membership (and who leads) is edited on the staff page, so
 * a person's teams and their role are checked together.
 */

function requireTeam(ex: Executor, id: string): TeamRow {
  const team = findTeam(ex, id);
  if (!team) throw notFoundError('Team');
  return team;
}

function checkTeam(ex: Executor, input: TeamInput, exceptId?: string): void {
  if (findOfficeProviders(ex, [input.officeId]).length === 0)
    throw adminError('INVALID_INPUT', 'unknown_office', 'Unknown office.', 'officeId');
  if (findTeamNamed(ex, input.officeId, input.name, exceptId))
    throw adminError(
      'CONFLICT',
      'team_name_taken',
      'This office already has a team of this name.',
      'name',
    );
}

export function createTeam(ctx: AdminContext, input: TeamInput): { id: string } {
  return withWriteTransaction(ctx.db, (tx) => {
    checkTeam(tx, input);
    const id = crypto.randomUUID();
    insertTeam(tx, { id, name: input.name, officeId: input.officeId });
    recordAudit(tx, ctx, {
      action: 'team.created',
      entityType: 'team',
      entityId: id,
      details: { name: input.name, officeId: input.officeId },
    });
    return { id };
  });
}

export function updateTeam(ctx: AdminContext, id: string, input: TeamInput): { changed: boolean } {
  return withWriteTransaction(ctx.db, (tx) => {
    const before = requireTeam(tx, id);
    checkTeam(tx, input, id);
    const changes = diffFields(before, { name: input.name, officeId: input.officeId });
    if (Object.keys(changes).length === 0) return { changed: false };
    writeTeam(tx, id, { name: input.name, officeId: input.officeId });
    recordAudit(tx, ctx, {
      action: 'team.updated',
      entityType: 'team',
      entityId: id,
      details: changes,
    });
    return { changed: true };
  });
}

/** Only an empty team can go: removing one would silently take leads' rights away. */
export function deleteTeam(ctx: AdminContext, id: string): void {
  withWriteTransaction(ctx.db, (tx) => {
    const team = requireTeam(tx, id);
    if (countTeamMembers(tx, id) > 0)
      throw adminError('CONFLICT', 'team_not_empty', 'The team still has members.');
    removeTeam(tx, id);
    recordAudit(tx, ctx, {
      action: 'team.deleted',
      entityType: 'team',
      entityId: id,
      details: { name: team.name, officeId: team.officeId },
    });
  });
}
