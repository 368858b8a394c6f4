import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Channel, ProviderId } from '../schema/enums';
import {
  meetingPoints,
  officeChannels,
  officePostcodeAreas,
  offices,
  serviceDurations,
  services,
  serviceTranslations,
} from '../schema/organisation';
import { bookings } from '../schema/booking';
import type { Executor } from '../transaction';

export function listActiveServices(ex: Executor, locale: string) {
  const rows = ex
    .select({
      id: services.id,
      providerId: services.providerId,
      name: serviceTranslations.name,
      description: serviceTranslations.description,
    })
    .from(services)
    .innerJoin(
      serviceTranslations,
      and(eq(serviceTranslations.serviceId, services.id), eq(serviceTranslations.locale, locale)),
    )
    .where(eq(services.active, true))
    .orderBy(asc(services.sortOrder))
    .all();
  const durations = ex.select().from(serviceDurations).all();
  return rows.map((s) => ({
    ...s,
    durations: durations
      .filter((d) => d.serviceId === s.id)
      .map((d) => ({ channel: d.channel, minutes: d.minutes })),
  }));
}

export function findServiceDuration(ex: Executor, serviceId: string, channel: Channel) {
  return ex
    .select({ minutes: serviceDurations.minutes, providerId: services.providerId })
    .from(serviceDurations)
    .innerJoin(services, eq(services.id, serviceDurations.serviceId))
    .where(
      and(
        eq(serviceDurations.serviceId, serviceId),
        eq(serviceDurations.channel, channel),
        eq(services.active, true),
      ),
    )
    .get();
}

export type OfficeFilter = {
  postcode?: string;
  providerId?: ProviderId;
  channel?: Channel;
  ids?: string[];
};

/** Active offices, optionally those serving a postcode (any matching prefix). */
export function listOffices(ex: Executor, filter: OfficeFilter) {
  const matchLength = filter.postcode
    ? sql<number>`(select max(length(${officePostcodeAreas.prefix})) from ${officePostcodeAreas}
        where ${officePostcodeAreas.officeId} = ${offices.id}
        and ${filter.postcode} like ${officePostcodeAreas.prefix} || '%')`
    : sql<number>`0`;
  const rows = ex
    .select({ office: offices, matchLength })
    .from(offices)
    .where(
      and(
        eq(offices.active, true),
        filter.providerId ? eq(offices.providerId, filter.providerId) : undefined,
        filter.ids ? inArray(offices.id, filter.ids) : undefined,
        filter.channel
          ? sql`exists (select 1 from ${officeChannels} where ${officeChannels.officeId} = ${offices.id} and ${officeChannels.channel} = ${filter.channel})`
          : undefined,
        filter.postcode ? sql`${matchLength} is not null` : undefined,
      ),
    )
    .orderBy(asc(offices.name))
    .all();
  const ids = rows.map((r) => r.office.id);
  if (ids.length === 0) return [];
  const channelRows = ex
    .select()
    .from(officeChannels)
    .where(inArray(officeChannels.officeId, ids))
    .all();
  const pointRows = ex
    .select()
    .from(meetingPoints)
    .where(and(inArray(meetingPoints.officeId, ids), eq(meetingPoints.active, true)))
    .all();
  return rows.map(({ office, matchLength: length }) => ({
    ...office,
    matchLength: length ?? 0,
    channels: channelRows.filter((c) => c.officeId === office.id).map((c) => c.channel),
    meetingPoints: pointRows.filter((p) => p.officeId === office.id),
  }));
}

export type OfficeWithDetails = ReturnType<typeof listOffices>[number];

export function findOffice(ex: Executor, id: string): OfficeWithDetails | undefined {
  return listOffices(ex, { ids: [id] })[0];
}

/** The join condition for a booking's service name in `locale` (`innerJoin(serviceTranslations, …)`). */
export function bookingServiceNameIn(locale: string) {
  return and(
    eq(serviceTranslations.serviceId, bookings.serviceId),
    eq(serviceTranslations.locale, locale),
  );
}
