import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { bookings } from './booking';
import type { ProviderId } from './enums';
import { offices, providers } from './organisation';
import { staff } from './staff';

/** Short on purpose: the receiving counsellor gets a hint, not the case file. */
export const referralNoteMaxLength = 500;

/**
 * A warm hand-over between the two providers: a counsellor of one provider booked an
 * appointment at the other provider's office for their client, with the client's consent.
 * Only the short note travels; the earlier booking's private notes stay where they are.
 * Provider ids are kept on the row so counting referrals needs no join.
 */
export const referrals = sqliteTable(
  'referrals',
  {
    id: text('id').primaryKey(),
    fromBookingId: text('from_booking_id')
      .notNull()
      .references(() => bookings.id),
    toBookingId: text('to_booking_id')
      .notNull()
      .references(() => bookings.id),
    fromStaffId: text('from_staff_id')
      .notNull()
      .references(() => staff.id),
    fromProviderId: text('from_provider_id')
      .$type<ProviderId>()
      .notNull()
      .references(() => providers.id),
    toProviderId: text('to_provider_id')
      .$type<ProviderId>()
      .notNull()
      .references(() => providers.id),
    toOfficeId: text('to_office_id')
      .notNull()
      .references(() => offices.id),
    note: text('note').notNull(),
    /** When the referring counsellor confirmed the client's consent. */
    consentAt: text('consent_at').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('referrals_to_booking_unique').on(t.toBookingId),
    index('referrals_from_booking_idx').on(t.fromBookingId),
    index('referrals_created_idx').on(t.createdAt, t.fromProviderId, t.toProviderId),
    check('referrals_providers_check', sql`${t.fromProviderId} <> ${t.toProviderId}`),
    check(
      'referrals_note_check',
      sql`length(${t.note}) between 1 and ${sql.raw(String(referralNoteMaxLength))}`,
    ),
  ],
);
