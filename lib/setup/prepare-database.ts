import type { Database } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { replacePublicHolidays } from '@/db/queries/holidays';
import { countRows, insertSeedData, isDatabaseEmpty } from '@/db/queries/seed';
import { listPublicHolidays, type HolidayRegion } from '@/lib/calendar/holidays';
import { syncLocalDays } from '@/lib/dashboard/local-days';
import { generateDemoData } from '@/lib/demo/generate';
import { generateFirstSlotWaits } from '@/lib/demo/generate-first-slot-waits';
import { addFirstSlotWaits } from '@/db/queries/dashboard-rollups';
import { withWriteTransaction } from '@/db/transaction';

export const holidayRegion: HolidayRegion = 'DE-NW';

export type PrepareOptions = {
  now: Date;
  seedDemoData: boolean;
  log?: (line: string) => void;
};

/** Holidays from last year to two years ahead, refreshed from the library on every start. */
export function syncPublicHolidays(db: Database, now: Date): string[] {
  const year = now.getUTCFullYear();
  const years = [year - 1, year, year + 1, year + 2];
  const rows = years.flatMap((y) => listPublicHolidays(holidayRegion, y));
  replacePublicHolidays(db, holidayRegion, years, rows);
  return rows.map((r) => r.date);
}

/** Loads the demo data set; the caller decides whether the database may receive it. */
export function seedDemoData(db: Database, now: Date, holidays: string[]) {
  const data = generateDemoData({ now, holidays });
  insertSeedData(db, data);
  const waits = generateFirstSlotWaits({ now, offices: data.officeChannels, days: 120 });
  withWriteTransaction(db, (tx) => addFirstSlotWaits(tx, waits));
  return countRows(db);
}

/**
 * Brings a database to the current schema and, in demo mode, fills an empty one with
 * the demo data. Safe to run on every start and from several processes: migrations
 * and the seed each run in one write transaction.
 */
export function prepareDatabase(db: Database, options: PrepareOptions): void {
  const log = options.log ?? (() => {});
  applyMigrations(db);
  const holidays = syncPublicHolidays(db, options.now);
  syncLocalDays(db, options.now);
  if (!options.seedDemoData || !isDatabaseEmpty(db)) return;
  const started = Date.now();
  const counts = seedDemoData(db, options.now, holidays);
  log(
    `Demo data loaded in ${Date.now() - started} ms: ${counts.offices} offices, ` +
      `${counts.staff} staff, ${counts.bookings} bookings.`,
  );
}
