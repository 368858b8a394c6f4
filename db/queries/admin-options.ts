import { and, asc, eq } from 'drizzle-orm';
import { offices, services, serviceTranslations } from '../schema/organisation';
import { teams } from '../schema/staff';
import type { Executor } from '../transaction';

/** The choices of the administration's forms: every office, team and service by name. */

export function listOfficeOptions(ex: Executor) {
  return ex
    .select({
      id: offices.id,
      name: offices.name,
      providerId: offices.providerId,
      isActive: offices.active,
    })
    .from(offices)
    .orderBy(asc(offices.name))
    .all();
}

export function listTeamOptions(ex: Executor) {
  return ex
    .select({ id: teams.id, name: teams.name, officeName: offices.name })
    .from(teams)
    .innerJoin(offices, eq(offices.id, teams.officeId))
    .orderBy(asc(offices.name), asc(teams.name))
    .all();
}

/** Services with their name in `locale` (the id where a translation is missing). */
export function listServiceOptions(ex: Executor, locale: string) {
  return ex
    .select({
      id: services.id,
      providerId: services.providerId,
      name: serviceTranslations.name,
      isActive: services.active,
    })
    .from(services)
    .leftJoin(
      serviceTranslations,
      and(eq(serviceTranslations.serviceId, services.id), eq(serviceTranslations.locale, locale)),
    )
    .orderBy(asc(services.sortOrder), asc(services.id))
    .all()
    .map((s) => ({ ...s, name: s.name ?? s.id }));
}
