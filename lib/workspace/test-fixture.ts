import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '@/db/client';
import { emptySeedData, insertSeedData, type SeedData } from '@/db/queries/seed';
import type { BookingStatus, Channel } from '@/db/schema/enums';
import { loadStaffActor } from '@/lib/auth/access';
import type { StaffActor } from '@/lib/auth/policy';
import { createFixtureDatabase, fixtureNow } from '@/lib/booking/test-fixture';
import type { WorkspaceDeps } from './context';

/**
 * The booking fixture's small world (office A: counsellors c1 and c2, office B: c3; Monday
 * 2026-11-30 08:00 Berlin) plus a team A led by l1 with c1 and c2 as members.
 */
export { fixtureNow };

function seed(rows: Partial<SeedData>): SeedData {
  const empty = emptySeedData();
  return { ...empty, ...rows };
}

export function createWorkspaceDatabase(): Database {
  const db = createFixtureDatabase();
  insertSeedData(
    db,
    seed({
      staff: [
        {
          id: 'l1',
          email: 'l1@example.org',
          displayName: 'L1',
          role: 'team_lead',
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      teams: [{ id: 'team-a', name: 'Team A', officeId: 'office-a' }],
      teamMemberships: [
        { teamId: 'team-a', staffId: 'l1', role: 'lead' },
        { teamId: 'team-a', staffId: 'c1', role: 'member' },
        { teamId: 'team-a', staffId: 'c2', role: 'member' },
      ],
    }),
  );
  return db;
}

export function workspaceDeps(db: Database, now: Date = fixtureNow): WorkspaceDeps {
  return { db, now };
}

export function staffActor(db: Database, id: string): StaffActor {
  return loadStaffActor(db, `${id}@example.org`)!;
}

export type AppointmentFixture = {
  id?: string;
  counsellorId?: string;
  channel?: Channel;
  /** UTC instant. */
  startsAt: string;
  minutes?: number;
  status?: BookingStatus;
  clientName?: string;
  clientEmail?: string;
  clientPhone?: string | null;
  officeId?: string;
  serviceId?: string;
  meetingPointId?: string | null;
  needs?: SeedData['bookings'][number]['needs'];
  events?: { type: string; data?: Record<string, unknown>; occurredAt?: string }[];
};

/**
 * An appointment written straight into the database: the booking rules (notice, hours)
 * would not allow the past or imminent times outcome tests need.
 */
export function insertAppointment(db: Database, a: AppointmentFixture): string {
  const id = a.id ?? randomUUID();
  const clientId = randomUUID();
  const start = Date.parse(a.startsAt);
  const channel = a.channel ?? 'presence';
  insertSeedData(
    db,
    seed({
      clients: [
        {
          id: clientId,
          name: a.clientName ?? 'Anna Beispiel',
          email: a.clientEmail ?? `${clientId}@example.org`,
          phone: a.clientPhone === undefined ? '+4921112345678' : a.clientPhone,
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      bookings: [
        {
          id,
          serviceId: a.serviceId ?? 'svc-a',
          channel,
          officeId: a.officeId ?? 'office-a',
          meetingPointId:
            a.meetingPointId !== undefined
              ? a.meetingPointId
              : channel === 'walk_and_talk'
                ? 'mp-a'
                : null,
          counsellorId: a.counsellorId ?? 'c1',
          clientId,
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + (a.minutes ?? 60) * 60_000).toISOString(),
          status: a.status ?? 'confirmed',
          manageTokenHash: createHash('sha256').update(id).digest('hex'),
          needs: a.needs ?? null,
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-01T00:00:00.000Z',
        },
      ],
      bookingEvents: (a.events ?? []).map((e) => ({
        bookingId: id,
        type: e.type,
        actorType: 'system' as const,
        actorId: null,
        data: e.data ?? {},
        occurredAt: e.occurredAt ?? new Date(start).toISOString(),
      })),
    }),
  );
  return id;
}
