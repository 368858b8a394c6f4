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
  absenceReasons,
  channels,
  oneOf,
  staffRoles,
  teamRoles,
  type AbsenceReason,
  type Channel,
  type StaffRole,
  type TeamRole,
} from './enums';
import { offices, services } from './organisation';

/**
 * Staff accounts are provisioned by an admin; sign-in matches on the lower-cased email
 * or the OIDC subject. `active = false` takes effect on the next request.
 */
export const staff = sqliteTable(
  'staff',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<StaffRole>().notNull(),
    oidcSubject: text('oidc_subject'),
    homeOfficeId: text('home_office_id').references(() => offices.id),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('staff_email_unique').on(t.email),
    uniqueIndex('staff_oidc_subject_unique').on(t.oidcSubject),
    check('staff_role_check', sql.raw(oneOf('role', staffRoles))),
    check('staff_email_lower_check', sql`${t.email} = lower(${t.email})`),
  ],
);

export const teams = sqliteTable(
  'teams',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
  },
  (t) => [index('teams_office_idx').on(t.officeId)],
);

export const teamMemberships = sqliteTable(
  'team_memberships',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    role: text('role').$type<TeamRole>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.staffId] }),
    index('team_memberships_staff_idx').on(t.staffId),
    check('team_memberships_role_check', sql.raw(oneOf('role', teamRoles))),
  ],
);

/** Skills: what a counsellor may be booked for. Each is a plain join table. */
export const counsellorServices = sqliteTable(
  'counsellor_services',
  {
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.serviceId] }),
    index('counsellor_services_service_idx').on(t.serviceId),
  ],
);

export const counsellorChannels = sqliteTable(
  'counsellor_channels',
  {
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<Channel>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.channel] }),
    check('counsellor_channels_channel_check', sql.raw(oneOf('channel', channels))),
  ],
);

export const counsellorOffices = sqliteTable(
  'counsellor_offices',
  {
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.officeId] }),
    index('counsellor_offices_office_idx').on(t.officeId),
  ],
);

/** Languages a counsellor can counsel in (ISO 639-1). */
export const counsellorLanguages = sqliteTable(
  'counsellor_languages',
  {
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.language] }),
    index('counsellor_languages_language_idx').on(t.language),
    check('counsellor_languages_code_check', sql`length(${t.language}) = 2`),
  ],
);

/**
 * A weekly rule in local wall-clock time of the office: on `weekday` (ISO, 1 = Monday)
 * from `startTime` to `endTime` ('HH:MM', half-open), between `validFrom` and `validTo`
 * (local dates, inclusive; null = open-ended), optionally in a room of the office.
 */
export const availabilityRules = sqliteTable(
  'availability_rules',
  {
    id: text('id').primaryKey(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    weekday: integer('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    /**
     * Where in-person appointments of this block take place, e.g. "Raum 2.14"; null when
     * the block has no fixed room. Length is checked at the boundary (zod), not by a
     * CHECK: adding one would make drizzle-kit rebuild the table and cascade to its channels.
     */
    room: text('room'),
  },
  (t) => [
    index('availability_rules_staff_idx').on(t.staffId),
    index('availability_rules_office_idx').on(t.officeId),
    check('availability_rules_weekday_check', sql`${t.weekday} between 1 and 7`),
    check(
      'availability_rules_time_check',
      sql`length(${t.startTime}) = 5 and length(${t.endTime}) = 5 and ${t.startTime} < ${t.endTime}`,
    ),
    check(
      'availability_rules_valid_check',
      sql`${t.validTo} is null or ${t.validFrom} <= ${t.validTo}`,
    ),
  ],
);

/** The channels a rule's hours are open for. */
export const availabilityRuleChannels = sqliteTable(
  'availability_rule_channels',
  {
    ruleId: text('rule_id')
      .notNull()
      .references(() => availabilityRules.id, { onDelete: 'cascade' }),
    channel: text('channel').$type<Channel>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.ruleId, t.channel] }),
    check('availability_rule_channels_channel_check', sql.raw(oneOf('channel', channels))),
  ],
);

/** Time a counsellor is away, as UTC instants [startsAt, endsAt). */
export const absences = sqliteTable(
  'absences',
  {
    id: text('id').primaryKey(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    reason: text('reason').$type<AbsenceReason>().notNull(),
    createdBy: text('created_by').references(() => staff.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('absences_staff_time_idx').on(t.staffId, t.startsAt),
    check('absences_interval_check', sql`${t.startsAt} < ${t.endsAt}`),
    check('absences_reason_check', sql.raw(oneOf('reason', absenceReasons))),
  ],
);
