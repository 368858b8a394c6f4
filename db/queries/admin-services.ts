import { asc, eq } from 'drizzle-orm';
import type { Channel } from '../schema/enums';
import { serviceDurations, services, serviceTranslations } from '../schema/organisation';
import type { Executor } from '../transaction';

export type ServiceRow = typeof services.$inferSelect;
export type ServiceText = { locale: string; name: string; description: string };
export type ServiceDuration = { channel: Channel; minutes: number };

/** All services, active or not, in their order, with every translation and duration. */
export function listServicesForAdmin(ex: Executor) {
  const rows = ex.select().from(services).orderBy(asc(services.sortOrder), asc(services.id)).all();
  const texts = ex.select().from(serviceTranslations).all();
  const durations = ex.select().from(serviceDurations).all();
  return rows.map((s) => ({
    ...s,
    translations: texts.filter((t) => t.serviceId === s.id),
    durations: durations.filter((d) => d.serviceId === s.id),
  }));
}

export function findServiceRow(ex: Executor, id: string): ServiceRow | undefined {
  return ex.select().from(services).where(eq(services.id, id)).get();
}

export function listServiceTexts(ex: Executor, serviceId: string): ServiceText[] {
  return ex
    .select({
      locale: serviceTranslations.locale,
      name: serviceTranslations.name,
      description: serviceTranslations.description,
    })
    .from(serviceTranslations)
    .where(eq(serviceTranslations.serviceId, serviceId))
    .all();
}

export function listServiceDurations(ex: Executor, serviceId: string): ServiceDuration[] {
  return ex
    .select({ channel: serviceDurations.channel, minutes: serviceDurations.minutes })
    .from(serviceDurations)
    .where(eq(serviceDurations.serviceId, serviceId))
    .all();
}

export function insertService(ex: Executor, row: typeof services.$inferInsert): void {
  ex.insert(services).values(row).run();
}

export function updateServiceOrder(ex: Executor, id: string, sortOrder: number): void {
  ex.update(services).set({ sortOrder }).where(eq(services.id, id)).run();
}

export function setServiceActive(ex: Executor, id: string, isActive: boolean): void {
  ex.update(services).set({ active: isActive }).where(eq(services.id, id)).run();
}

/** Replaces a service's texts and per-channel minutes (inside a transaction). */
export function replaceServiceDetails(
  ex: Executor,
  serviceId: string,
  details: { translations: ServiceText[]; durations: ServiceDuration[] },
): void {
  ex.delete(serviceTranslations).where(eq(serviceTranslations.serviceId, serviceId)).run();
  ex.delete(serviceDurations).where(eq(serviceDurations.serviceId, serviceId)).run();
  if (details.translations.length > 0)
    ex.insert(serviceTranslations)
      .values(details.translations.map((t) => ({ ...t, serviceId })))
      .run();
  if (details.durations.length > 0)
    ex.insert(serviceDurations)
      .values(details.durations.map((d) => ({ ...d, serviceId })))
      .run();
}
