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
};
