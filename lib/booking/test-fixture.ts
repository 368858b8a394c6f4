import type { Actor } from '@/lib/auth/policy';
import { openDatabase, type Database } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { replacePublicHolidays } from '@/db/queries/holidays';
import { insertSeedData, type SeedData } from '@/db/queries/seed';
import { listPublicHolidays } from '@/lib/calendar/holidays';
import type { BookingDeps } from './context';

/** Monday 2026-11-30, 08:00 in Berlin. */
export const fixtureNow = new Date('2026-11-30T07:00:00.000Z');

const createdAt = '2026-01-01T00:00:00.000Z';
const allChannels = ['presence', 'phone', 'video', 'walk_and_talk'] as const;

function counsellor(id: string, officeId: string, languages: string[], services: string[]) {
  return { id, officeId, languages, services };
}

const people = [
  counsellor('c1', 'office-a', ['de', 'tr'], ['svc-a']),
  counsellor('c2', 'office-a', ['de'], ['svc-a']),
  counsellor('c3', 'office-b', ['de', 'uk'], ['svc-b']),
];

type Channel = (typeof allChannels)[number];

/** Office A: front office in the morning, remote in the afternoon. C3 (office B): presence and video all day. */
function ruleChannels(ruleId: string): Channel[] {
  if (ruleId.startsWith('c3')) return ['presence', 'video'];
  return ruleId.includes('-am-') ? ['presence', 'walk_and_talk'] : ['phone', 'video'];
}

/** A small, hand-made world: two offices, three counsellors, two services. */
export function fixtureData(): SeedData {
  const rules = people.flatMap((p) =>
    [1, 2, 3, 4, 5].flatMap((weekday) => [
      {
        id: `${p.id}-am-${weekday}`,
        staffId: p.id,
        officeId: p.officeId,
        weekday,
        startTime: '08:00',
        endTime: '12:00',
        validFrom: '2026-01-01',
        validTo: null,
      },
      {
        id: `${p.id}-pm-${weekday}`,
        staffId: p.id,
        officeId: p.officeId,
        weekday,
        startTime: '13:00',
        endTime: '16:00',
        validFrom: '2026-01-01',
        validTo: null,
      },
    ]),
  );
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
        clientBudgetMinutes: 540,
      },
    ],
    officeChannels: [
      ...allChannels.map((channel) => ({ officeId: 'office-a', channel })),
      { officeId: 'office-b', channel: 'presence' as const },
      { officeId: 'office-b', channel: 'video' as const },
    ],
    officePostcodeAreas: [
      { officeId: 'office-a', prefix: '402' },
      { officeId: 'office-b', prefix: '50' },
    ],
    meetingPoints: [
      {
        id: 'mp-a',
        officeId: 'office-a',
        name: 'Park',
        description: 'Am Tor',
        isStepFree: true,
        typicalDurationMinutes: 60,
      },
      {
        id: 'mp-b',
        officeId: 'office-a',
        name: 'Ufer',
        description: 'Am Fluss',
        isStepFree: false,
        typicalDurationMinutes: 60,
      },
    ],
    services: [
      { id: 'svc-a', providerId: 'bbie' },
      { id: 'svc-b', providerId: 'bbe' },
    ],
    serviceTranslations: ['de', 'en'].flatMap((locale) => [
      { serviceId: 'svc-a', locale, name: `Orientierung ${locale}`, description: '…' },
      { serviceId: 'svc-b', locale, name: `Entwicklung ${locale}`, description: '…' },
    ]),
    serviceDurations: [
      ...allChannels.map((channel) => ({
        serviceId: 'svc-a',
        channel,
        minutes: channel === 'phone' ? 45 : 60,
      })),
      { serviceId: 'svc-b', channel: 'presence' as const, minutes: 90 },
      { serviceId: 'svc-b', channel: 'video' as const, minutes: 90 },
    ],
    staff: people.map((p) => ({
      id: p.id,
      email: `${p.id}@example.org`,
      displayName: p.id.toUpperCase(),
      role: 'counsellor' as const,
      createdAt,
    })),
    teams: [],
    teamMemberships: [],
    counsellorServices: people.flatMap((p) =>
      p.services.map((serviceId) => ({ staffId: p.id, serviceId })),
    ),
    counsellorChannels: people.flatMap((p) =>
      allChannels.map((channel) => ({ staffId: p.id, channel })),
    ),
    counsellorOffices: people.map((p) => ({ staffId: p.id, officeId: p.officeId })),
    counsellorLanguages: people.flatMap((p) =>
      p.languages.map((language) => ({ staffId: p.id, language })),
    ),
    availabilityRules: rules,
    availabilityRuleChannels: rules.flatMap((r) =>
      ruleChannels(r.id).map((channel) => ({ ruleId: r.id, channel })),
    ),
    channelQuotas: [],
    referrals: [],
    absences: [],
    clients: [],
    bookings: [],
    bookingEvents: [],
  };
}

export function createFixtureDatabase(): Database {
  const db = openDatabase(':memory:');
  applyMigrations(db);
  replacePublicHolidays(
    db,
    'DE-NW',
    [2026, 2027],
    [2026, 2027].flatMap((y) => listPublicHolidays('DE-NW', y)),
  );
  insertSeedData(db, fixtureData());
  return db;
}

/** Notification settings of the tests: the defaults of lib/env.ts, a test secret. */
export const fixtureNotifySettings = {
  secret: 'fixture-secret-that-is-at-least-32-characters',
  reminderMinutes: [1440, 60],
  staffNoticeHours: 24,
  maxAttempts: 3,
};

export function fixtureDeps(db: Database, now: Date = fixtureNow): BookingDeps {
  return { db, now, appUrl: 'http://localhost:3000', notify: fixtureNotifySettings };
}

/** The actor of someone holding a booking's manage link. */
export function byLink(token: string): Actor {
  return { kind: 'manage-token', token };
}
