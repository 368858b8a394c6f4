import type { BookingStatus, Channel } from '@/db/schema/enums';

// What happened in the dashboard fixture (test-fixture.ts): its bookings, referrals and
// first-free-slot snapshots, each with the local times the hand computation in
// service.test.ts reads.

export type FixtureBooking = {
  id: string;
  counsellorId: string;
  officeId: string;
  channel: Channel;
  status: BookingStatus;
  language: string;
  startsAt: string;
  minutes: number;
  createdAt: string;
};

function booking(
  id: string,
  counsellorId: string,
  channel: Channel,
  status: BookingStatus,
  language: string,
  startsAt: string,
  minutes: number,
  created: string,
): FixtureBooking {
  const officeId =
    counsellorId === 'c3' ? 'office-b' : counsellorId === 'c4' ? 'office-c' : 'office-a';
  return {
    id,
    counsellorId,
    officeId,
    channel,
    status,
    language,
    startsAt,
    minutes,
    createdAt: created,
  };
}

/** Local times in the comments (UTC+2 from 29 March, UTC+1 before). */
export const fixtureBookings: FixtureBooking[] = [
  // Mon 30 09:00, booked Wed 25 → 5 days
  booking(
    'b1',
    'c1',
    'video',
    'completed',
    'de',
    '2026-03-30T07:00:00.000Z',
    60,
    '2026-03-25T10:00:00.000Z',
  ),
  // Mon 30 10:00, booked Mon 30 00:30 local (Sun 29 in UTC) → 0 days
  booking(
    'b2',
    'c1',
    'phone',
    'no_show',
    'tr',
    '2026-03-30T08:00:00.000Z',
    45,
    '2026-03-29T22:30:00.000Z',
  ),
  // Tue 31 09:00, booked Fri 20 → 11 days
  booking(
    'b3',
    'c1',
    'presence',
    'completed',
    'de',
    '2026-03-31T07:00:00.000Z',
    60,
    '2026-03-20T09:00:00.000Z',
  ),
  // Wed 1 12:00, cancelled
  booking(
    'b4',
    'c1',
    'video',
    'cancelled',
    'de',
    '2026-04-01T10:00:00.000Z',
    60,
    '2026-03-28T09:00:00.000Z',
  ),
  // Thu 2 13:00, booked Tue 31 → 2 days
  booking(
    'b5',
    'c2',
    'video',
    'confirmed',
    'en',
    '2026-04-02T11:00:00.000Z',
    60,
    '2026-03-31T08:00:00.000Z',
  ),
  // Tue 31 14:00, booked Mon 30 → 1 day
  booking(
    'b6',
    'c2',
    'phone',
    'completed',
    'de',
    '2026-03-31T12:00:00.000Z',
    45,
    '2026-03-30T12:00:00.000Z',
  ),
  // Tue 7 April: after the period
  booking(
    'b7',
    'c1',
    'video',
    'completed',
    'de',
    '2026-04-07T07:00:00.000Z',
    60,
    '2026-03-30T09:00:00.000Z',
  ),
  // Office B, Mon 30 08:00, booked Mon 16 → 14 days
  booking(
    'b9',
    'c3',
    'presence',
    'completed',
    'uk',
    '2026-03-30T06:00:00.000Z',
    90,
    '2026-03-16T08:00:00.000Z',
  ),
  // Office B, Mon 30 10:00, booked Fri 27 → 3 days
  booking(
    'b10',
    'c3',
    'video',
    'no_show',
    'de',
    '2026-03-30T08:00:00.000Z',
    90,
    '2026-03-27T08:00:00.000Z',
  ),
  // Office B, Mon 30 12:00, cancelled
  booking(
    'b11',
    'c3',
    'video',
    'cancelled',
    'de',
    '2026-03-30T10:00:00.000Z',
    90,
    '2026-03-26T08:00:00.000Z',
  ),
  // Office C, Wed 8 April (after the period): the target of referral r4
  booking(
    'b12',
    'c4',
    'video',
    'confirmed',
    'de',
    '2026-04-08T07:00:00.000Z',
    60,
    '2026-04-01T09:00:00.000Z',
  ),
];

/**
 * Referrals (created_at in UTC; local = UTC+2). Each targets its own booking, as a real
 * referral books a new appointment.
 */
export const fixtureReferrals = [
  // Mon 30 00:30 local (Sun 29 in UTC): in the period. C1 (T1, office A) → office B, C3.
  {
    id: 'r1',
    from: 'b1',
    to: 'b10',
    staff: 'c1',
    provider: 'bbie',
    office: 'office-b',
    createdAt: '2026-03-29T22:30:00.000Z',
  },
  // Tue 31: C3 (T2, office B) → office A, C2.
  {
    id: 'r2',
    from: 'b9',
    to: 'b5',
    staff: 'c3',
    provider: 'bbe',
    office: 'office-a',
    createdAt: '2026-03-31T08:00:00.000Z',
  },
  // Mon 6 April 00:30 local (Sun 5 in UTC): after the period. C1 → office B, C3.
  {
    id: 'r3',
    from: 'b3',
    to: 'b11',
    staff: 'c1',
    provider: 'bbie',
    office: 'office-b',
    createdAt: '2026-04-05T22:30:00.000Z',
  },
  // Wed 1: C3 (office B) → office C, C4: outside team T1 and office A.
  {
    id: 'r4',
    from: 'b9',
    to: 'b12',
    staff: 'c3',
    provider: 'bbe',
    office: 'office-c',
    createdAt: '2026-04-01T09:00:00.000Z',
  },
] as const;

/** First-free-slot snapshots: office, channel, day, days to the first slot (-1: none). */
export const fixtureSnapshots = [
  {
    officeId: 'office-a',
    channel: 'video' as const,
    localDate: '2026-03-30',
    waitDays: 1,
    snapshots: 2,
  },
  {
    officeId: 'office-a',
    channel: 'video' as const,
    localDate: '2026-03-30',
    waitDays: 2,
    snapshots: 1,
  },
  {
    officeId: 'office-a',
    channel: 'video' as const,
    localDate: '2026-03-31',
    waitDays: -1,
    snapshots: 1,
  },
  {
    officeId: 'office-a',
    channel: 'phone' as const,
    localDate: '2026-03-31',
    waitDays: 3,
    snapshots: 2,
  },
  {
    officeId: 'office-b',
    channel: 'presence' as const,
    localDate: '2026-04-01',
    waitDays: 5,
    snapshots: 1,
  },
  {
    officeId: 'office-b',
    channel: 'presence' as const,
    localDate: '2026-04-01',
    waitDays: 7,
    snapshots: 1,
  },
  // After the period
  {
    officeId: 'office-a',
    channel: 'video' as const,
    localDate: '2026-04-10',
    waitDays: 9,
    snapshots: 5,
  },
];
