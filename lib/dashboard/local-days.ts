import type { Database } from '@/db/client';
import {
  areRollupsComplete,
  insertLocalDays,
  listOfficeZones,
  rebuildRollups,
  type LocalDayRow,
} from '@/db/queries/dashboard-rollups';
import { withWriteTransaction } from '@/db/transaction';
import { localDayClocks } from '@/lib/calendar/local-date';

/** The local days of a zone between two dates (inclusive), as UTC instants. */
export function localDayRows(zone: string, from: string, to: string): LocalDayRow[] {
  return localDayClocks(from, to, zone).map((clock) => ({
    zone,
    localDate: clock.date,
    startsAt: new Date(clock.boundaryOf(0)).toISOString(),
    endsAt: new Date(clock.boundaryOf(1440)).toISOString(),
  }));
}

/**
 * Stores the local days of every office zone from the start of last year to the end of
 * the year after next (bookings lie at most a booking horizon ahead), then makes sure the
 * rollups count every booking: a database from before the rollups, or bookings written
 * before their days were known, get them rebuilt once.
 */
export function syncLocalDays(db: Database, now: Date): void {
  const year = now.getUTCFullYear();
  const zones = new Set(['Europe/Berlin', ...listOfficeZones(db)]);
  const rows = [...zones].flatMap((zone) =>
    localDayRows(zone, `${year - 1}-01-01`, `${year + 2}-12-31`),
  );
  withWriteTransaction(db, (tx) => insertLocalDays(tx, rows));
  if (!areRollupsComplete(db)) rebuildRollups(db);
}
