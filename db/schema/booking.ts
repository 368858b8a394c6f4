import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  actorTypes,
  bookingStatuses,
  channels,
  oneOf,
  type ActorType,
  type BookingStatus,
  type Channel,
} from './enums';
import { meetingPoints, offices, services } from './organisation';
import { staff } from './staff';

export type BookingNeeds = {
  interpreterLanguage?: string;
  hearingImpairment?: boolean;
  visionImpairment?: boolean;
  mobilityImpairment?: boolean;
};

/**
 * A person who booked. Only the minimum: a name to greet them, an email for the
 * confirmation and manage link, a phone number only when the channel needs one.
 */
export const clients = sqliteTable(
  'clients',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    preferredLanguage: text('preferred_language').notNull().default('de'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('clients_email_idx').on(t.email),
    check('clients_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * An appointment. Instants are UTC ISO-8601 strings ('…Z'), so text order is time order.
 * The client manages it with a token whose SHA-256 hash is all we keep.
 */
export const bookings = sqliteTable(
  'bookings',
  {
    id: text('id').primaryKey(),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    channel: text('channel').$type<Channel>().notNull(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    meetingPointId: text('meeting_point_id').references(() => meetingPoints.id),
    counsellorId: text('counsellor_id')
      .notNull()
      .references(() => staff.id),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    language: text('language').notNull().default('de'),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    status: text('status').$type<BookingStatus>().notNull(),
    manageTokenHash: text('manage_token_hash').notNull(),
    rescheduleCount: integer('reschedule_count').notNull().default(0),
    /** Only what the counsellor must know, only with the client's consent (JSON). */
    needs: text('needs', { mode: 'json' }).$type<BookingNeeds>(),
    /**
     * The client agreed that a colleague who takes the appointment over may read the
     * previous counsellor's private notes. Off unless they said yes; they can change it.
     */
    notesConsent: integer('notes_consent', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // Last line of defence against double booking; an overlap trigger (migration) covers
    // appointments that start at different times.
    uniqueIndex('bookings_counsellor_start_confirmed_unique')
      .on(t.counsellorId, t.startsAt)
      .where(sql`status = 'confirmed'`),
    uniqueIndex('bookings_manage_token_hash_unique').on(t.manageTokenHash),
    index('bookings_counsellor_time_idx').on(t.counsellorId, t.startsAt),
    index('bookings_counsellor_created_idx').on(t.counsellorId, t.createdAt),
    index('bookings_office_time_idx').on(t.officeId, t.startsAt),
    index('bookings_client_idx').on(t.clientId),
    check('bookings_interval_check', sql`${t.startsAt} < ${t.endsAt}`),
    check('bookings_status_check', sql.raw(oneOf('status', bookingStatuses))),
    check('bookings_channel_check', sql.raw(oneOf('channel', channels))),
    check(
      'bookings_meeting_point_check',
      sql`(${t.channel} = 'walk_and_talk') = (${t.meetingPointId} is not null)`,
    ),
    check('bookings_reschedule_count_check', sql`${t.rescheduleCount} >= 0`),
  ],
);

/**
 * Append-only audit trail: every change to a booking and who made it. Triggers in the
 * migrations reject UPDATE and DELETE.
 */
export const bookingEvents = sqliteTable(
  'booking_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bookingId: text('booking_id')
      .notNull()
      .references(() => bookings.id),
    type: text('type').notNull(),
    actorType: text('actor_type').$type<ActorType>().notNull(),
    actorId: text('actor_id'),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    occurredAt: text('occurred_at').notNull(),
  },
  (t) => [
    index('booking_events_booking_idx').on(t.bookingId, t.id),
    check('booking_events_actor_type_check', sql.raw(oneOf('actor_type', actorTypes))),
  ],
);

/**
 * A slot held for a client while they enter their details. Holds block the counsellor
 * for everyone else until `expiresAt`; expired rows are ignored and swept later.
 */
export const slotHolds = sqliteTable(
  'slot_holds',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    counsellorId: text('counsellor_id')
      .notNull()
      .references(() => staff.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    channel: text('channel').$type<Channel>().notNull(),
    language: text('language'),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('slot_holds_token_hash_unique').on(t.tokenHash),
    index('slot_holds_counsellor_time_idx').on(t.counsellorId, t.startsAt),
    index('slot_holds_expires_idx').on(t.expiresAt),
    check('slot_holds_interval_check', sql`${t.startsAt} < ${t.endsAt}`),
    check('slot_holds_channel_check', sql.raw(oneOf('channel', channels))),
  ],
);

/**
 * Idempotency keys of POST requests: a retry with the same key returns the stored
 * response instead of acting twice. `requestHash` detects a key reused for other input.
 */
export const idempotencyKeys = sqliteTable('idempotency_keys', {
  key: text('key').primaryKey(),
  scope: text('scope').notNull(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  response: text('response', { mode: 'json' }).$type<unknown>().notNull(),
  createdAt: text('created_at').notNull(),
});

/** Fixed-window request counters, shared by every app instance through the database. */
export const rateLimits = sqliteTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: text('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
