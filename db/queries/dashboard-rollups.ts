import type { Channel } from '../schema/enums';
import type { Database } from '../client';
import type { Executor } from '../transaction';
import { bookingFactsSql } from './dashboard-sql';

export type LocalDayRow = { zone: string; startsAt: string; endsAt: string; localDate: string };

/** Adds the local days not stored yet; stored days never change (their instants are fixed). */
export function insertLocalDays(ex: Executor, rows: readonly LocalDayRow[]): number {
  const insert = ex.$client.prepare(
    `insert into local_days (zone, starts_at, ends_at, local_date)
    values (@zone, @startsAt, @endsAt, @localDate) on conflict do nothing`,
  );
  let added = 0;
  for (const row of rows) added += insert.run(row).changes;
  return added;
}

export function listOfficeZones(ex: Executor): string[] {
  return ex.$client.prepare(`select distinct time_zone from offices`).pluck().all() as string[];
}

/**
 * Whether the rollups count every booking once. The triggers keep them so; bookings
 * written before the rollups existed (or before their local days were known) are not.
 */
export function areRollupsComplete(ex: Executor): boolean {
  const row = ex.$client
    .prepare(
      `select (select count(*) from bookings) as bookings,
        (select coalesce(sum(bookings), 0) from dashboard_booking_days) as counted`,
    )
    .get() as { bookings: number; counted: number };
  return row.bookings === row.counted;
}

const facts = bookingFactsSql('1 = 1');

/** Recomputes the four booking rollups from the bookings, in one write transaction. */
export function rebuildRollups(db: Database): void {
  const client = db.$client;
  client
    .transaction(() => {
      for (const table of [
        'dashboard_booking_days',
        'dashboard_wait_days',
        'dashboard_language_days',
        'dashboard_counsellor_days',
      ]) {
        client.prepare(`delete from ${table}`).run();
      }
      client
        .prepare(
          `insert into dashboard_booking_days (office_id, channel, status, local_date, bookings, minutes)
        select office_id, channel, status, local_date, count(*), sum(minutes) from (${facts})
        group by office_id, channel, status, local_date`,
        )
        .run();
      client
        .prepare(
          `insert into dashboard_wait_days (office_id, channel, wait_days, local_date, bookings)
        select office_id, channel, wait_days, local_date, count(*) from (${facts})
        where status <> 'cancelled' group by office_id, channel, wait_days, local_date`,
        )
        .run();
      client
        .prepare(
          `insert into dashboard_language_days (office_id, language, local_date, bookings)
        select office_id, language, local_date, count(*) from (${facts})
        where status <> 'cancelled' group by office_id, language, local_date`,
        )
        .run();
      client
        .prepare(
          `insert into dashboard_counsellor_days (counsellor_id, office_id, local_date, bookings, minutes)
        select counsellor_id, office_id, local_date, count(*), sum(minutes) from (${facts})
        where status <> 'cancelled' group by counsellor_id, office_id, local_date`,
        )
        .run();
    })
    .immediate();
}

export type FirstSlotSnapshot = {
  officeId: string;
  channel: Channel;
  localDate: string;
  /** -1: no free slot within the booking horizon. */
  waitDays: number;
};

/**
 * Claims the snapshot of an hour (false: another worker took it) and, in the same
 * transaction, counts its results.
 */
export function recordFirstSlotSnapshot(
  db: Database,
  takenAt: string,
  finishedAt: string,
  results: readonly FirstSlotSnapshot[],
): boolean {
  const client = db.$client;
  return client
    .transaction(() => {
      const claimed = client
        .prepare(
          `insert into first_slot_snapshot_runs (taken_at, finished_at) values (?, ?)
          on conflict do nothing`,
        )
        .run(takenAt, finishedAt).changes;
      if (claimed === 0) return false;
      addFirstSlotWaits(
        db,
        results.map((r) => ({ ...r, snapshots: 1 })),
      );
      return true;
    })
    .immediate();
}

/** Adds counted snapshot results (the worker's, or generated demo and bench history). */
export function addFirstSlotWaits(
  ex: Executor,
  rows: readonly (FirstSlotSnapshot & { snapshots: number })[],
): void {
  const upsert = ex.$client.prepare(
    `insert into first_slot_wait_days (office_id, channel, wait_days, local_date, snapshots)
    values (@officeId, @channel, @waitDays, @localDate, @snapshots)
    on conflict (office_id, channel, wait_days, local_date)
    do update set snapshots = snapshots + excluded.snapshots`,
  );
  for (const row of rows) upsert.run(row);
}

export function hasFirstSlotSnapshot(ex: Executor, takenAt: string): boolean {
  return (
    ex.$client.prepare(`select 1 from first_slot_snapshot_runs where taken_at = ?`).get(takenAt) !==
    undefined
  );
}
