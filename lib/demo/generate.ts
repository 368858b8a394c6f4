import { Faker, base, de } from '@faker-js/faker';
import { localDateOf } from '@/lib/calendar/local-date';
import type { Channel, ProviderId } from '@/db/schema/enums';
import { addDemoReferrals } from './generate-referrals';
import { generateBookings } from './generate-bookings';
import { generateOrganisation } from './generate-organisation';
import { generateStaff } from './generate-staff';
import type { DemoData, DemoScale } from './types';

export const demoSeed = 20211;

export type DemoOptions = {
  now: Date;
  /** Public holiday dates (YYYY-MM-DD) of the offices' region. */
  holidays: Iterable<string>;
  seed?: number;
  zone?: string;
  scale?: DemoScale;
};

/**
 * The whole NRW demo data set, as rows. Deterministic: the same seed and the same local
 * date give the same data. Appointments are placed relative to `now`.
 */
export function generateDemoData(options: DemoOptions): DemoData {
  const faker = new Faker({ locale: [de, base] });
  faker.seed(options.seed ?? demoSeed);
  const zone = options.zone ?? 'Europe/Berlin';
  const ctx = {
    faker,
    now: options.now,
    today: localDateOf(options.now, zone),
    zone,
    holidays: new Set(options.holidays),
    scale: options.scale ?? {},
  };
  const organisation = generateOrganisation(ctx);
  const offices = organisation.offices.map((office) => ({
    id: office.id,
    providerId: office.providerId as ProviderId,
    city: office.city,
    channels: organisation.officeChannels
      .filter((c) => c.officeId === office.id)
      .map((c) => c.channel as Channel),
  }));
  const staff = generateStaff(ctx, offices);
  const bookings = generateBookings(ctx, { ...staff, ...organisation });
  const referrals = { ...bookings, referrals: [] };
  addDemoReferrals(referrals, new Map(offices.map((o) => [o.id, o.providerId])));
  return { ...organisation, ...staff, ...referrals };
}
