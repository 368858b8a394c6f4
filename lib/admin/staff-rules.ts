import {
  findOfficeProviders,
  findServiceProviders,
  findTeamIds,
  type StaffAssignments,
} from '@/db/queries/admin-staff-assignments';
import { countOtherActiveAdmins, findOtherStaffWithEmail } from '@/db/queries/admin-staff';
import type { Executor } from '@/db/transaction';
import { adminError } from './errors';
import type { StaffInput } from './schemas';

/**
 * The data rules of a staff account, checked inside the write transaction so they still
 * hold when the write follows.
 */

export function assertEmailFree(ex: Executor, email: string, exceptId?: string): void {
  if (findOtherStaffWithEmail(ex, email, exceptId))
    throw adminError('CONFLICT', 'email_taken', 'Another account has this email.', 'email');
}

/** Removing the last active admin would lock everyone out of the administration. */
export function assertAnotherAdmin(ex: Executor, staffId: string, field?: string): void {
  if (countOtherActiveAdmins(ex, staffId) === 0)
    throw adminError('CONFLICT', 'last_admin', 'This is the last active admin.', field);
}

/** Checks teams, offices and skills against the database and each other. */
export function checkAssignments(ex: Executor, input: StaffInput): StaffAssignments {
  const teams = new Set(findTeamIds(ex, input.teams));
  if (teams.size < input.teams.length)
    throw adminError('INVALID_INPUT', 'unknown_team', 'A chosen team does not exist.', 'teams');
  if (input.leadTeams.some((id) => !teams.has(id)))
    throw adminError(
      'INVALID_INPUT',
      'lead_not_member',
      'A team lead must be a member of the team.',
      'leadTeams',
    );
  // The policy lets only the team-lead role act for the teams someone leads.
  if (input.leadTeams.length > 0 && input.role !== 'team_lead')
    throw adminError(
      'INVALID_INPUT',
      'lead_requires_team_lead_role',
      'Only the team lead role can lead a team.',
      'leadTeams',
    );
  const officeIds = [...input.offices, ...(input.homeOfficeId ? [input.homeOfficeId] : [])];
  const offices = findOfficeProviders(ex, officeIds);
  const known = new Set(offices.map((o) => o.id));
  if (input.homeOfficeId && !known.has(input.homeOfficeId))
    throw adminError('INVALID_INPUT', 'unknown_office', 'Unknown office.', 'homeOfficeId');
  if (input.offices.some((id) => !known.has(id)))
    throw adminError('INVALID_INPUT', 'unknown_office', 'Unknown office.', 'offices');
  assertServicesFitOffices(ex, input, offices);
  return {
    memberships: input.teams.map((teamId) => ({
      teamId,
      role: input.leadTeams.includes(teamId) ? 'lead' : 'member',
    })),
    officeIds: input.offices,
    serviceIds: input.services,
    channels: input.channels,
    languages: input.languages,
  };
}

/** A counsellor offers only services of a provider they counsel for at one of their offices. */
function assertServicesFitOffices(
  ex: Executor,
  input: StaffInput,
  offices: { id: string; providerId: string }[],
): void {
  const services = findServiceProviders(ex, input.services);
  if (services.length < input.services.length)
    throw adminError('INVALID_INPUT', 'unknown_service', 'Unknown service.', 'services');
  const providers = new Set(
    offices.filter((o) => input.offices.includes(o.id)).map((o) => o.providerId),
  );
  if (services.some((s) => !providers.has(s.providerId)))
    throw adminError(
      'INVALID_INPUT',
      'service_not_at_offices',
      'A chosen service is not offered by the provider of any chosen office.',
      'services',
    );
}
