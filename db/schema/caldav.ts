import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { oneOf } from './enums';
import { staff } from './staff';

/** Why the last exchange with a counsellor's CalDAV server failed (lib/caldav/errors.ts). */
export const calendarSyncErrors = [
  'auth_refused',
  'not_found',
  'not_a_calendar',
  'tls_failed',
  'unreachable',
  'timeout',
  'server_error',
  'invalid_data',
] as const;
export type CalendarSyncErrorReason = (typeof calendarSyncErrors)[number];

/**
 * A counsellor's optional CalDAV calendar (at most one). The password is sealed with
 * AES-256-GCM under a key derived from AUTH_SECRET (lib/caldav/credentials.ts); the
 * database alone does not reveal it. `pull_locked_until` lets one worker of several
 * pull a calendar at a time.
 */
export const calendarConnections = sqliteTable(
  'calendar_connections',
  {
    staffId: text('staff_id')
      .primaryKey()
      .references(() => staff.id),
    calendarUrl: text('calendar_url').notNull(),
    username: text('username').notNull(),
    sealedPassword: text('sealed_password').notNull(),
    connectedAt: text('connected_at').notNull(),
    lastPullAt: text('last_pull_at'),
    lastSuccessAt: text('last_success_at'),
    lastErrorReason: text('last_error_reason').$type<CalendarSyncErrorReason>(),
    lastErrorAt: text('last_error_at'),
    pullLockedUntil: text('pull_locked_until'),
  },
  () => [
    check(
      'calendar_connections_error_check',
      sql.raw(`last_error_reason is null or ${oneOf('last_error_reason', calendarSyncErrors)}`),
    ),
  ],
);

/**
 * Busy times read from the external calendar: only start and end, never a title or any
 * other content. The slot engine treats them like absences. Replaced as a whole on
 * every pull; removed with the connection.
 */
export const calendarBusyIntervals = sqliteTable(
  'calendar_busy_intervals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    staffId: text('staff_id')
      .notNull()
      .references(() => calendarConnections.staffId, { onDelete: 'cascade' }),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
  },
  (t) => [
    index('calendar_busy_staff_idx').on(t.staffId, t.startsAt),
    check('calendar_busy_order_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * Which of our appointments sit in which counsellor's CalDAV calendar, and where: what a
 * later change has to update, and what a cancellation or reassignment has to delete.
 * Not a foreign key to bookings: the record must outlive nothing but the connection.
 */
export const calendarPushedEvents = sqliteTable(
  'calendar_pushed_events',
  {
    bookingId: text('booking_id').notNull(),
    staffId: text('staff_id')
      .notNull()
      .references(() => calendarConnections.staffId, { onDelete: 'cascade' }),
    href: text('href').notNull(),
    pushedAt: text('pushed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bookingId, t.staffId] })],
);
