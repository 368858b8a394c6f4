import { count } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from '../client';
import * as booking from '../schema/booking';
import * as organisation from '../schema/organisation';
import * as referrals from '../schema/referrals';
import * as roster from '../schema/roster';
import * as staff from '../schema/staff';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Rows for every table, keyed in insertion order (parents before children). */
export type SeedData = {
  providers: Row<typeof organisation.providers>[];
  offices: Row<typeof organisation.offices>[];
  officeChannels: Row<typeof organisation.officeChannels>[];
  officePostcodeAreas: Row<typeof organisation.officePostcodeAreas>[];
  meetingPoints: Row<typeof organisation.meetingPoints>[];
  services: Row<typeof organisation.services>[];
  serviceTranslations: Row<typeof organisation.serviceTranslations>[];
  serviceDurations: Row<typeof organisation.serviceDurations>[];
  staff: Row<typeof staff.staff>[];
  teams: Row<typeof staff.teams>[];
  teamMemberships: Row<typeof staff.teamMemberships>[];
  counsellorServices: Row<typeof staff.counsellorServices>[];
  counsellorChannels: Row<typeof staff.counsellorChannels>[];
  counsellorOffices: Row<typeof staff.counsellorOffices>[];
  counsellorLanguages: Row<typeof staff.counsellorLanguages>[];
  availabilityRules: Row<typeof staff.availabilityRules>[];
  availabilityRuleChannels: Row<typeof staff.availabilityRuleChannels>[];
  absences: Row<typeof staff.absences>[];
  channelQuotas: Row<typeof roster.channelQuotas>[];
  clients: Row<typeof booking.clients>[];
  bookings: Row<typeof booking.bookings>[];
  bookingEvents: Row<typeof booking.bookingEvents>[];
  referrals: Row<typeof referrals.referrals>[];
};

const tables: { [K in keyof SeedData]: SQLiteTable } = {
  providers: organisation.providers,
  offices: organisation.offices,
  officeChannels: organisation.officeChannels,
  officePostcodeAreas: organisation.officePostcodeAreas,
  meetingPoints: organisation.meetingPoints,
  services: organisation.services,
  serviceTranslations: organisation.serviceTranslations,
  serviceDurations: organisation.serviceDurations,
  staff: staff.staff,
  teams: staff.teams,
  teamMemberships: staff.teamMemberships,
  counsellorServices: staff.counsellorServices,
  counsellorChannels: staff.counsellorChannels,
  counsellorOffices: staff.counsellorOffices,
  counsellorLanguages: staff.counsellorLanguages,
  availabilityRules: staff.availabilityRules,
  availabilityRuleChannels: staff.availabilityRuleChannels,
  absences: staff.absences,
  channelQuotas: roster.channelQuotas,
  clients: booking.clients,
  bookings: booking.bookings,
  bookingEvents: booking.bookingEvents,
  referrals: referrals.referrals,
};

/** No rows at all: fixtures start from this and fill in what they need. */
export function emptySeedData(): SeedData {
  const empty = {} as Record<keyof SeedData, never[]>;
  for (const key of Object.keys(tables) as (keyof SeedData)[]) empty[key] = [];
  return empty;
}

// Keeps each statement well under SQLite's bound-parameter limit.
const chunkSize = 400;

/** True when no provider exists yet: the database has never been seeded. */
export function isDatabaseEmpty(db: Database): boolean {
  const [row] = db.select({ n: count() }).from(organisation.providers).all();
  return (row?.n ?? 0) === 0;
}

/** Inserts all rows in one transaction: either the whole data set lands or nothing. */
export function insertSeedData(db: Database, data: SeedData): void {
  db.transaction(
    (tx) => {
      for (const key of Object.keys(tables) as (keyof SeedData)[]) {
        const rows = data[key] as Record<string, unknown>[];
        for (let i = 0; i < rows.length; i += chunkSize) {
          tx.insert(tables[key])
            .values(rows.slice(i, i + chunkSize))
            .run();
        }
      }
    },
    { behavior: 'immediate' },
  );
}

export function countRows(db: Database): Record<keyof SeedData, number> {
  const result = {} as Record<keyof SeedData, number>;
  for (const key of Object.keys(tables) as (keyof SeedData)[]) {
    const [row] = db.select({ n: count() }).from(tables[key]).all();
    result[key] = row?.n ?? 0;
  }
  return result;
}
