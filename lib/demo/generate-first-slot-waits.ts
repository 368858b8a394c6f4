import { Faker, base, de } from '@faker-js/faker';
import type { Channel } from '@/db/schema/enums';
import { addDaysToLocalDate, localDateOf } from '@/lib/calendar/local-date';
import { demoSeed } from './generate';

/** Typical days to the first free slot: presence waits longest, video and phone least. */
const typicalWait: Record<Channel, number> = {
  presence: 9,
  walk_and_talk: 7,
  phone: 3,
  video: 2,
};

export type GeneratedFirstSlotWaits = {
  officeId: string;
  channel: Channel;
  localDate: string;
  waitDays: number;
  snapshots: number;
}[];

/**
 * History of the hourly first-free-slot snapshots for the `days` days up to (not
 * including) today, as the worker would have counted them: 24 per office, channel and
 * day, varying around a channel's typical wait; now and then none within the horizon.
 * The demo and the dashboard benchmark load it; the worker adds real ones from then on.
 */
export function generateFirstSlotWaits(input: {
  now: Date;
  offices: readonly { officeId: string; channel: Channel }[];
  days: number;
  seed?: number;
}): GeneratedFirstSlotWaits {
  const faker = new Faker({ locale: [de, base] });
  faker.seed((input.seed ?? demoSeed) + 7);
  const today = localDateOf(input.now, 'Europe/Berlin');
  const rows: GeneratedFirstSlotWaits = [];
  for (let d = input.days; d >= 1; d--) {
    const localDate = addDaysToLocalDate(today, -d);
    for (const { officeId, channel } of input.offices) {
      const dayWait = Math.max(0, typicalWait[channel] + faker.number.int({ min: -2, max: 4 }));
      const counts = new Map<number, number>();
      for (let hour = 0; hour < 24; hour++) {
        // The first slot moves a day later in the afternoon, when today's are gone.
        const wait = faker.number.float() < 0.01 ? -1 : dayWait + (hour >= 14 ? 1 : 0);
        counts.set(wait, (counts.get(wait) ?? 0) + 1);
      }
      for (const [waitDays, snapshots] of counts) {
        rows.push({ officeId, channel, localDate, waitDays, snapshots });
      }
    }
  }
  return rows;
}
