import { and, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../client';
import { publicHolidays } from '../schema/organisation';

export type HolidayRow = { date: string; name: string };

/** Replaces a region's holidays of the given years; idempotent, one transaction. */
export function replacePublicHolidays(
  db: Database,
  region: string,
  years: number[],
  rows: HolidayRow[],
): void {
  db.transaction(
    (tx) => {
      for (const year of years) {
        tx.delete(publicHolidays)
          .where(
            and(
              eq(publicHolidays.region, region),
              gte(publicHolidays.date, `${year}-01-01`),
              lte(publicHolidays.date, `${year}-12-31`),
            ),
          )
          .run();
      }
      if (rows.length)
        tx.insert(publicHolidays)
          .values(rows.map((r) => ({ ...r, region })))
          .run();
    },
    { behavior: 'immediate' },
  );
}

export function listPublicHolidaysBetween(
  db: Database,
  region: string,
  from: string,
  to: string,
): HolidayRow[] {
  return db
    .select({ date: publicHolidays.date, name: publicHolidays.name })
    .from(publicHolidays)
    .where(
      and(
        eq(publicHolidays.region, region),
        gte(publicHolidays.date, from),
        lte(publicHolidays.date, to),
      ),
    )
    .orderBy(publicHolidays.date)
    .all();
}
