import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { bookingStatuses, channels, oneOf, type BookingStatus, type Channel } from './enums';
import { offices } from './organisation';

/**
 * The local dates of a time zone as UTC instants [startsAt, endsAt), filled on every start
 * from the IANA data (lib/setup). SQL needs it to read an instant as an office's local date:
 * SQLite knows no time zones. The dashboard rollup triggers (custom migration) look it up.
 */
export const localDays = sqliteTable(
  'local_days',
  {
    zone: text('zone').notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    localDate: text('local_date').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.zone, t.startsAt] }),
    check('local_days_interval_check', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/*
 * Dashboard rollups: bookings counted per office and local date of the appointment, kept
 * exact by triggers on `bookings` (custom migration "dashboard_rollup_triggers"): every
 * insert, update and delete moves its row's contribution. Aggregating 500,000 bookings per
 * request costs seconds; these tables hold a few rows per office-day instead (README
 * "Decisions"). Primary keys start with the grouping columns and end with the date, so a
 * period is summed in key order without a temporary B-tree; each table has the same key
 * plus its counts as a covering index, so the sum never visits the table (a third of the
 * time; WITHOUT ROWID would do it without the copy, but drizzle-kit cannot declare it).
 */

/** Every booking, by channel and status; `minutes` is the booked time. */
export const dashboardBookingDays = sqliteTable(
  'dashboard_booking_days',
  {
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    channel: text('channel').$type<Channel>().notNull(),
    status: text('status').$type<BookingStatus>().notNull(),
    localDate: text('local_date').notNull(),
    bookings: integer('bookings').notNull(),
    minutes: integer('minutes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.channel, t.status, t.localDate] }),
    index('dashboard_booking_days_cover_idx').on(
      t.officeId,
      t.channel,
      t.status,
      t.localDate,
      t.bookings,
      t.minutes,
    ),
    check('dashboard_booking_days_channel_check', sql.raw(oneOf('channel', channels))),
    check('dashboard_booking_days_status_check', sql.raw(oneOf('status', bookingStatuses))),
  ],
);

/** Bookings not cancelled, by days from the local day of booking to the appointment's. */
export const dashboardWaitDays = sqliteTable(
  'dashboard_wait_days',
  {
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    channel: text('channel').$type<Channel>().notNull(),
    waitDays: integer('wait_days').notNull(),
    localDate: text('local_date').notNull(),
    bookings: integer('bookings').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.channel, t.waitDays, t.localDate] }),
    index('dashboard_wait_days_cover_idx').on(
      t.officeId,
      t.channel,
      t.waitDays,
      t.localDate,
      t.bookings,
    ),
  ],
);

/** Bookings not cancelled, by the language the counselling is held in. */
export const dashboardLanguageDays = sqliteTable(
  'dashboard_language_days',
  {
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    language: text('language').notNull(),
    localDate: text('local_date').notNull(),
    bookings: integer('bookings').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.language, t.localDate] }),
    index('dashboard_language_days_cover_idx').on(t.officeId, t.language, t.localDate, t.bookings),
  ],
);

/** Booked minutes (bookings not cancelled) per counsellor and office. */
export const dashboardCounsellorDays = sqliteTable(
  'dashboard_counsellor_days',
  {
    counsellorId: text('counsellor_id').notNull(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    localDate: text('local_date').notNull(),
    bookings: integer('bookings').notNull(),
    minutes: integer('minutes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.counsellorId, t.officeId, t.localDate] }),
    index('dashboard_counsellor_days_cover_idx').on(
      t.counsellorId,
      t.officeId,
      t.localDate,
      t.bookings,
      t.minutes,
    ),
  ],
);

/**
 * One row per hourly snapshot the worker took (its hour, UTC). Inserting it first makes a
 * snapshot happen once per hour however many workers run.
 */
export const firstSlotSnapshotRuns = sqliteTable('first_slot_snapshot_runs', {
  takenAt: text('taken_at').primaryKey(),
  finishedAt: text('finished_at').notNull(),
});

/**
 * "Wait to the first free slot": how many local days after a snapshot's day the first
 * bookable slot of an office and channel lay, counted per day of snapshots. -1: no free
 * slot within the office's booking horizon.
 */
export const firstSlotWaitDays = sqliteTable(
  'first_slot_wait_days',
  {
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    channel: text('channel').$type<Channel>().notNull(),
    waitDays: integer('wait_days').notNull(),
    localDate: text('local_date').notNull(),
    snapshots: integer('snapshots').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.channel, t.waitDays, t.localDate] }),
    index('first_slot_wait_days_cover_idx').on(
      t.officeId,
      t.channel,
      t.waitDays,
      t.localDate,
      t.snapshots,
    ),
    check('first_slot_wait_days_wait_check', sql`${t.waitDays} >= -1`),
    check('first_slot_wait_days_channel_check', sql.raw(oneOf('channel', channels))),
  ],
);
