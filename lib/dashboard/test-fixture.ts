import { openDatabase, type Database } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { addFirstSlotWaits } from '@/db/queries/dashboard-rollups';
import { replacePublicHolidays } from '@/db/queries/holidays';
import { insertReferral } from '@/db/queries/referrals';
import { insertSeedData, type SeedData } from '@/db/queries/seed';
import { listPublicHolidays } from '@/lib/calendar/holidays';
import { syncLocalDays } from './local-days';
import { fixtureBookings, fixtureReferrals, fixtureSnapshots } from './test-fixture-activity';

/**
 * A small hand-made world for the dashboard figures (service.test.ts computes every
 * figure by hand from it). Period 2026-03-30 (Mon) … 2026-04-05 (Sun), summer time
 * (UTC+2) throughout, Good Friday 2026-04-03 a public holiday.
 * Office A (BBiE): team T1 = lead L (no rules), counsellors C1 and C2. Office B (BBE):
 * team T2 = C3. Office C (BBiE): C4, no team and no rules, only the target of a referral.
 */
export const dashboardFixtureNow = new Date('2026-04-10T08:00:00.000Z');
const createdAt = '2026-01-01T00:00:00.000Z';

function rule(
  id: string,
  staffId: string,
  officeId: string,
  weekday: number,
  start: string,
  end: string,
  validTo: string | null = null,
) {
  return {
    id,
    staffId,
    officeId,
    weekday,
    startTime: start,
    endTime: end,
    validFrom: '2026-01-01',
    validTo,
  };
}

/** C1 Mon–Fri 09–13 at A; C2 Tue and Thu 13–17 at A, plus an expired Wed rule; C3 Mon 08–16 at B. */
const rules = [
  ...[1, 2, 3, 4, 5].map((d) => rule(`c1-${d}`, 'c1', 'office-a', d, '09:00', '13:00')),
  rule('c2-2', 'c2', 'office-a', 2, '13:00', '17:00'),
  rule('c2-4', 'c2', 'office-a', 4, '13:00', '17:00'),
  rule('c2-3-old', 'c2', 'office-a', 3, '10:00', '12:00', '2026-03-25'),
  rule('c3-1', 'c3', 'office-b', 1, '08:00', '16:00'),
];

const person = (id: string, role: 'counsellor' | 'team_lead', officeId: string) => ({
  id,
  email: `${id}@example.org`,
  displayName: id.toUpperCase(),
  role,
  homeOfficeId: officeId,
  createdAt,
});

function fixtureData(): SeedData {
  return {
    providers: [
      { id: 'bbie', name: 'BBiE', shortName: 'BBiE' },
      { id: 'bbe', name: 'BBE', shortName: 'BBE' },
    ],
    offices: [
      {
        id: 'office-a',
        providerId: 'bbie',
        name: 'Agentur A',
        street: 'Weg 1',
        postcode: '40211',
        city: 'Düsseldorf',
      },
      {
        id: 'office-b',
        providerId: 'bbe',
        name: 'Zentrum B',
        street: 'Weg 2',
        postcode: '50667',
        city: 'Köln',
      },
      {
        id: 'office-c',
        providerId: 'bbie',
        name: 'Agentur C',
        street: 'Weg 3',
        postcode: '44135',
        city: 'Dortmund',
      },
    ],
    officeChannels: [],
    officePostcodeAreas: [],
    meetingPoints: [],
    services: [{ id: 'svc', providerId: 'bbie' }],
    serviceTranslations: [],
    serviceDurations: [],
    staff: [
      person('lead', 'team_lead', 'office-a'),
      person('c1', 'counsellor', 'office-a'),
      person('c2', 'counsellor', 'office-a'),
      person('c3', 'counsellor', 'office-b'),
      person('c4', 'counsellor', 'office-c'),
    ],
    teams: [
      { id: 't1', name: 'Team A', officeId: 'office-a' },
      { id: 't2', name: 'Team B', officeId: 'office-b' },
    ],
    teamMemberships: [
      { teamId: 't1', staffId: 'lead', role: 'lead' },
      { teamId: 't1', staffId: 'c1', role: 'member' },
      { teamId: 't1', staffId: 'c2', role: 'member' },
      { teamId: 't2', staffId: 'c3', role: 'member' },
    ],
    counsellorServices: [],
    counsellorChannels: [],
    counsellorOffices: [
      { staffId: 'c1', officeId: 'office-a' },
      { staffId: 'c2', officeId: 'office-a' },
      { staffId: 'c3', officeId: 'office-b' },
      { staffId: 'c4', officeId: 'office-c' },
    ],
    counsellorLanguages: [
      { staffId: 'c1', language: 'de' },
      { staffId: 'c1', language: 'tr' },
      { staffId: 'c2', language: 'de' },
      { staffId: 'c2', language: 'en' },
      { staffId: 'c3', language: 'de' },
      { staffId: 'c3', language: 'uk' },
    ],
    availabilityRules: rules,
    availabilityRuleChannels: [],
    // C1 away Wed 1 April 09:00–11:00 local.
    channelQuotas: [],
    referrals: [],
    absences: [
      {
        id: 'a1',
        staffId: 'c1',
        startsAt: '2026-04-01T07:00:00.000Z',
        endsAt: '2026-04-01T09:00:00.000Z',
        reason: 'training',
        createdAt,
      },
    ],
    clients: [{ id: 'client', name: 'K', email: 'k@example.org', createdAt }],
    bookings: fixtureBookings.map((b) => ({
      id: b.id,
      serviceId: 'svc',
      channel: b.channel,
      officeId: b.officeId,
      counsellorId: b.counsellorId,
      clientId: 'client',
      language: b.language,
      startsAt: b.startsAt,
      endsAt: new Date(Date.parse(b.startsAt) + b.minutes * 60_000).toISOString(),
      status: b.status,
      manageTokenHash: `hash-${b.id}`,
      createdAt: b.createdAt,
      updatedAt: b.createdAt,
    })),
    bookingEvents: [],
  };
}

export function createDashboardFixture(): Database {
  const db = openDatabase(':memory:');
  applyMigrations(db);
  replacePublicHolidays(db, 'DE-NW', [2026], listPublicHolidays('DE-NW', 2026));
  syncLocalDays(db, dashboardFixtureNow);
  insertSeedData(db, fixtureData());
  addFirstSlotWaits(db, fixtureSnapshots);
  for (const r of fixtureReferrals) {
    insertReferral(db, {
      id: r.id,
      fromBookingId: r.from,
      toBookingId: r.to,
      fromStaffId: r.staff,
      fromProviderId: r.provider,
      toProviderId: r.provider === 'bbie' ? 'bbe' : 'bbie',
      toOfficeId: r.office,
      note: 'Kurzer Hinweis',
      consentAt: r.createdAt,
      createdAt: r.createdAt,
    });
  }
  return db;
}
