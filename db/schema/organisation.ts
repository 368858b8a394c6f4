import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { channels, oneOf, providerIds, type Channel, type ProviderId } from './enums';

/** The two counselling services: BBiE (employment agencies) and BBE (Land NRW centres). */
export const providers = sqliteTable(
  'providers',
  {
    id: text('id').$type<ProviderId>().primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
  },
  () => [check('providers_id_check', sql.raw(oneOf('id', providerIds)))],
);

/**
 * A place that offers counselling: an employment agency (BBiE) or a counselling centre
 * (BBE). Booking rules are configured per office; wall-clock times are read in `timeZone`.
 */
export const offices = sqliteTable(
  'offices',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .$type<ProviderId>()
      .notNull()
      .references(() => providers.id),
    name: text('name').notNull(),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    phone: text('phone'),
    email: text('email'),
    accessibilityNotes: text('accessibility_notes').notNull().default(''),
    timeZone: text('time_zone').notNull().default('Europe/Berlin'),
    bufferMinutes: integer('buffer_minutes').notNull().default(10),
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(720),
    bookingHorizonDays: integer('booking_horizon_days').notNull().default(56),
    slotStepMinutes: integer('slot_step_minutes').notNull().default(30),
    maxActiveBookingsPerEmail: integer('max_active_bookings_per_email').notNull().default(2),
    changeNoticeMinutes: integer('change_notice_minutes').notNull().default(120),
    maxReschedules: integer('max_reschedules').notNull().default(3),
    /** Counselling minutes a client may book with this provider in total; null = no limit. */
    clientBudgetMinutes: integer('client_budget_minutes'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [
    index('offices_provider_idx').on(t.providerId),
    check('offices_postcode_check', sql`length(${t.postcode}) = 5`),
    check('offices_buffer_check', sql`${t.bufferMinutes} between 0 and 240`),
    check('offices_notice_check', sql`${t.minNoticeMinutes} between 0 and 43200`),
    check('offices_horizon_check', sql`${t.bookingHorizonDays} between 1 and 366`),
  ],
);

export const officeChannels = sqliteTable(
  'office_channels',
  {
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<Channel>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.channel] }),
    check('office_channels_channel_check', sql.raw(oneOf('channel', channels))),
  ],
);

/** Postcode prefixes (1–5 digits) an office serves; the longest matching prefix wins. */
export const officePostcodeAreas = sqliteTable(
  'office_postcode_areas',
  {
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    prefix: text('prefix').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officeId, t.prefix] }),
    index('office_postcode_areas_prefix_idx').on(t.prefix),
    check('office_postcode_areas_prefix_check', sql`length(${t.prefix}) between 1 and 5`),
  ],
);

/** Where a walk-and-talk appointment starts: outdoors, near the office. */
export const meetingPoints = sqliteTable(
  'meeting_points',
  {
    id: text('id').primaryKey(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull(),
    isStepFree: integer('is_step_free', { mode: 'boolean' }).notNull(),
    typicalDurationMinutes: integer('typical_duration_minutes').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('meeting_points_office_idx').on(t.officeId)],
);

/** A counselling topic offered by a provider. Names live in service_translations. */
export const services = sqliteTable(
  'services',
  {
    id: text('id').primaryKey(),
    providerId: text('provider_id')
      .$type<ProviderId>()
      .notNull()
      .references(() => providers.id),
    sortOrder: integer('sort_order').notNull().default(0),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('services_provider_idx').on(t.providerId)],
);

export const serviceTranslations = sqliteTable(
  'service_translations',
  {
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.locale] })],
);

/** How long a service takes on a channel; a missing row means "not offered on it". */
export const serviceDurations = sqliteTable(
  'service_durations',
  {
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<Channel>().notNull(),
    minutes: integer('minutes').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.channel] }),
    check('service_durations_channel_check', sql.raw(oneOf('channel', channels))),
    check('service_durations_minutes_check', sql`${t.minutes} between 5 and 480`),
  ],
);

/** Public holidays per region (e.g. DE-NW), filled from the date-holidays library. */
export const publicHolidays = sqliteTable(
  'public_holidays',
  {
    region: text('region').notNull(),
    date: text('date').notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.region, t.date] }),
    check('public_holidays_date_check', sql`length(${t.date}) = 10`),
  ],
);
