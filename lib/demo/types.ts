import type { Faker } from '@faker-js/faker';
import type { SeedData } from '@/db/queries/seed';

/** Everything the demo seed inserts, table by table, in insertion order. */
export type DemoData = SeedData;

/** What every generator step gets: a seeded faker (the only randomness) and the clock. */
export type DemoContext = {
  faker: Faker;
  now: Date;
  /** Local date of `now` in Europe/Berlin. */
  today: string;
  zone: string;
  holidays: ReadonlySet<string>;
  scale: DemoScale;
};

/** Size knobs for benchmarks; the demo uses the defaults. */
export type DemoScale = {
  /** Only the first N offices (BBiE first). */
  offices?: number;
  counsellorsPerOffice?: number;
  /** A fixed share of capacity to book, instead of fuller-soon-emptier-later. */
  bookedShare?: number;
  /** Days of appointments before and after today (default 35 and 56). */
  pastDays?: number;
  futureDays?: number;
};
