import { sql } from 'drizzle-orm';
import { check, index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { bookings } from './booking';
import { channels, oneOf, type Channel } from './enums';
import { offices, services } from './organisation';
import { staff } from './staff';

export const waitlistStatuses = ['waiting', 'booked', 'left'] as const;
export type WaitlistStatus = (typeof waitlistStatuses)[number];

export const partsOfDay = ['morning', 'afternoon'] as const;
export type PartOfDay = (typeof partsOfDay)[number];

/**
 * A client waiting for a time of a service, channel and office, optionally within a date
 * range, on some weekdays or at a part of the day. First come, first served by
 * `created_at`. The leave token is kept hashed (to check) and sealed (for the mails).
 */
export const waitlistEntries = sqliteTable(
  'waitlist_entries',
  {
    id: text('id').primaryKey(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    channel: text('channel').$type<Channel>().notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    locale: text('locale').notNull(),
    earliestDate: text('earliest_date'),
    latestDate: text('latest_date'),
    /** ISO weekdays (1 = Monday) as a JSON array; null: any day. */
    weekdays: text('weekdays', { mode: 'json' }).$type<number[]>(),
    partOfDay: text('part_of_day').$type<PartOfDay>(),
    status: text('status').$type<WaitlistStatus>().notNull().default('waiting'),
    leaveTokenHash: text('leave_token_hash').notNull(),
    sealedLeaveToken: text('sealed_leave_token').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('waitlist_entries_office_status_idx').on(t.officeId, t.status, t.createdAt),
    uniqueIndex('waitlist_entries_leave_token_unique').on(t.leaveTokenHash),
    check('waitlist_entries_status_check', sql.raw(oneOf('status', waitlistStatuses))),
    check('waitlist_entries_channel_check', sql.raw(oneOf('channel', channels))),
    check(
      'waitlist_entries_part_check',
      sql`${t.partOfDay} is null or ${sql.raw(oneOf('part_of_day', partsOfDay))}`,
    ),
  ],
);

export const offerStatuses = ['open', 'accepted', 'lapsed', 'withdrawn'] as const;
export type OfferStatus = (typeof offerStatuses)[number];

/**
 * A freed time offered to one entry, held for it in `slot_holds` until `expires_at`. The
 * hold token is the offer link's secret; it is sealed here so the worker can mail it.
 * At most one open offer per entry.
 */
export const waitlistOffers = sqliteTable(
  'waitlist_offers',
  {
    id: text('id').primaryKey(),
    entryId: text('entry_id')
      .notNull()
      .references(() => waitlistEntries.id),
    counsellorId: text('counsellor_id')
      .notNull()
      .references(() => staff.id),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    holdId: text('hold_id').notNull(),
    sealedHoldToken: text('sealed_hold_token').notNull(),
    status: text('status').$type<OfferStatus>().notNull().default('open'),
    bookingId: text('booking_id').references(() => bookings.id),
    expiresAt: text('expires_at').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('waitlist_offers_status_expires_idx').on(t.status, t.expiresAt),
    index('waitlist_offers_slot_idx').on(t.counsellorId, t.startsAt),
    uniqueIndex('waitlist_offers_one_open_per_entry')
      .on(t.entryId)
      .where(sql`status = 'open'`),
    check('waitlist_offers_status_check', sql.raw(oneOf('status', offerStatuses))),
  ],
);
