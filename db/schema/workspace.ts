import { sql } from 'drizzle-orm';
import { check, index, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { bookings } from './booking';
import { oneOf } from './enums';
import { absences, staff } from './staff';

/**
 * A counsellor's short private note on an appointment: one per booking and author, read
 * only by its author. Personal data: deleted with the booking's personal data when the
 * retention period ends (lib/workspace/notes.ts).
 */
export const bookingNotes = sqliteTable(
  'booking_notes',
  {
    bookingId: text('booking_id')
      .notNull()
      .references(() => bookings.id),
    authorStaffId: text('author_staff_id')
      .notNull()
      .references(() => staff.id),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId, t.authorStaffId] }),
    check('booking_notes_body_check', sql`length(${t.body}) between 1 and 1000`),
  ],
);

export const handoverCauses = ['absence', 'availability'] as const;
export type HandoverCause = (typeof handoverCauses)[number];

/**
 * How the team lead settled a handover: another counsellor took the appointment, or
 * nobody could and the client was asked to choose a new time.
 */
export const handoverResolutions = ['reassigned', 'offered_to_client'] as const;
export type HandoverResolution = (typeof handoverResolutions)[number];

/**
 * An appointment its counsellor can no longer keep (an absence or a changed working time
 * conflicts with it), handed to the team lead for reassignment. The booking itself stays
 * confirmed with its counsellor until a lead reassigns or cancels it: nothing is dropped.
 * At most one open handover per booking.
 */
export const bookingHandovers = sqliteTable(
  'booking_handovers',
  {
    id: text('id').primaryKey(),
    bookingId: text('booking_id')
      .notNull()
      .references(() => bookings.id),
    fromStaffId: text('from_staff_id')
      .notNull()
      .references(() => staff.id),
    cause: text('cause').$type<HandoverCause>().notNull(),
    absenceId: text('absence_id').references(() => absences.id, { onDelete: 'set null' }),
    requestedAt: text('requested_at').notNull(),
    resolvedAt: text('resolved_at'),
    // No CHECK and no foreign key on purpose: either makes drizzle-kit rebuild the table,
    // and its copy statement selects the new columns from the old table (fails). The type
    // holds the value set; `resolvedBy` is a staff id.
    resolution: text('resolution').$type<HandoverResolution>(),
    resolvedBy: text('resolved_by'),
  },
  (t) => [
    uniqueIndex('booking_handovers_open_unique')
      .on(t.bookingId)
      .where(sql`resolved_at is null`),
    index('booking_handovers_staff_idx').on(t.fromStaffId, t.requestedAt),
    check('booking_handovers_cause_check', sql.raw(oneOf('cause', handoverCauses))),
  ],
);

/**
 * A counsellor's personal calendar subscription. Only the secret token's SHA-256 is kept;
 * the URL is shown once, and regenerating replaces the hash (the old URL stops working).
 */
export const calendarFeeds = sqliteTable(
  'calendar_feeds',
  {
    staffId: text('staff_id')
      .primaryKey()
      .references(() => staff.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('calendar_feeds_token_hash_unique').on(t.tokenHash)],
);
