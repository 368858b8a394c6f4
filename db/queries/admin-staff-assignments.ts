import { eq, inArray } from 'drizzle-orm';
import type { Channel, TeamRole } from '../schema/enums';
import { offices, services } from '../schema/organisation';
import {
  counsellorChannels,
  counsellorLanguages,
  counsellorOffices,
  counsellorServices,
  teamMemberships,
  teams,
} from '../schema/staff';
import type { Executor } from '../transaction';

/** Where a person works and what they may be booked for: teams and the four skill lists. */
export type StaffAssignments = {
  memberships: { teamId: string; role: TeamRole }[];
  officeIds: string[];
  serviceIds: string[];
  channels: Channel[];
  languages: string[];
};

export function findStaffAssignments(ex: Executor, staffId: string): StaffAssignments {
  return {
    memberships: ex
      .select({ teamId: teamMemberships.teamId, role: teamMemberships.role })
      .from(teamMemberships)
      .where(eq(teamMemberships.staffId, staffId))
      .all(),
    officeIds: ex
      .select({ id: counsellorOffices.officeId })
      .from(counsellorOffices)
      .where(eq(counsellorOffices.staffId, staffId))
      .all()
      .map((r) => r.id),
    serviceIds: ex
      .select({ id: counsellorServices.serviceId })
      .from(counsellorServices)
      .where(eq(counsellorServices.staffId, staffId))
      .all()
      .map((r) => r.id),
    channels: ex
      .select({ channel: counsellorChannels.channel })
      .from(counsellorChannels)
      .where(eq(counsellorChannels.staffId, staffId))
      .all()
      .map((r) => r.channel),
    languages: ex
      .select({ language: counsellorLanguages.language })
      .from(counsellorLanguages)
      .where(eq(counsellorLanguages.staffId, staffId))
      .all()
      .map((r) => r.language),
  };
}

/** Replaces all memberships and skills of a person (call inside a transaction). */
export function replaceStaffAssignments(ex: Executor, staffId: string, a: StaffAssignments) {
  ex.delete(teamMemberships).where(eq(teamMemberships.staffId, staffId)).run();
  ex.delete(counsellorOffices).where(eq(counsellorOffices.staffId, staffId)).run();
  ex.delete(counsellorServices).where(eq(counsellorServices.staffId, staffId)).run();
  ex.delete(counsellorChannels).where(eq(counsellorChannels.staffId, staffId)).run();
  ex.delete(counsellorLanguages).where(eq(counsellorLanguages.staffId, staffId)).run();
  // drizzle refuses an insert without rows, hence the length checks.
  if (a.memberships.length > 0)
    ex.insert(teamMemberships)
      .values(a.memberships.map((m) => ({ ...m, staffId })))
      .run();
  if (a.officeIds.length > 0)
    ex.insert(counsellorOffices)
      .values(a.officeIds.map((officeId) => ({ staffId, officeId })))
      .run();
  if (a.serviceIds.length > 0)
    ex.insert(counsellorServices)
      .values(a.serviceIds.map((serviceId) => ({ staffId, serviceId })))
      .run();
  if (a.channels.length > 0)
    ex.insert(counsellorChannels)
      .values(a.channels.map((channel) => ({ staffId, channel })))
      .run();
  if (a.languages.length > 0)
    ex.insert(counsellorLanguages)
      .values(a.languages.map((language) => ({ staffId, language })))
      .run();
}

/** The ids among `ids` that name an existing team. */
export function findTeamIds(ex: Executor, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  return ex
    .select({ id: teams.id })
    .from(teams)
    .where(inArray(teams.id, [...ids]))
    .all()
    .map((r) => r.id);
}

/** Existing offices among `ids`, with their provider. */
export function findOfficeProviders(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ex
    .select({ id: offices.id, providerId: offices.providerId })
    .from(offices)
    .where(inArray(offices.id, [...ids]))
    .all();
}

/** Existing services among `ids`, with their provider. */
export function findServiceProviders(ex: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return ex
    .select({ id: services.id, providerId: services.providerId })
    .from(services)
    .where(inArray(services.id, [...ids]))
    .all();
}
