import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { rebuildRollups } from '@/db/queries/dashboard-rollups';
import { bookings } from '@/db/schema/booking';
import { dashboardBookingDays, dashboardWaitDays } from '@/db/schema/dashboard';
import type { DashboardFigures } from './figures';
import { loadDashboard } from './service';
import { createDashboardFixture } from './test-fixture';

const period = { from: '2026-03-30', to: '2026-04-05' };
const channelOf = (f: DashboardFigures, channel: string) =>
  f.channels.find((c) => c.channel === channel)!;

/*
 * Figures computed by hand from test-fixture.ts.
 *
 * Offered minutes (rules minus absences and holidays, 30 March … 5 April):
 *   C1: Mon–Thu 09–13 (Fri 3 April is Good Friday) = 4 × 240 = 960, minus the absence
 *       Wed 09–11 (120) = 840.
 *   C2: Tue 31 and Thu 2, 13–17 = 2 × 240 = 480; the Wed rule ended on 25 March.
 *   C3: Mon 30, 08–16 = 480.
 * Team T1 (C1, C2; the lead offers and takes nothing, so is not listed), bookings in the
 * period: b1 video completed (60 min, wait 5), b2 phone no-show (45, wait 0: booked at
 * 00:30 local on the 30th, still the 29th in UTC), b3 presence completed (60, wait 11),
 * b4 video cancelled, b5 video confirmed (60, wait 2), b6 phone completed (45, wait 1);
 * b7 lies after the period.
 *   booked 5 (b1 b2 b3 b5 b6), cancelled 1, no-shows 1, completed 3
 *   video: booked 2, completed 1, cancelled 1 → no-show rate 0/1 = 0, cancel 1/3
 *   phone: booked 2, completed 1, no-show 1 → no-show rate 1/2
 *   presence: booked 1 → no-show rate 0; walk and talk: nothing → null
 *   shares: video 2/5, phone 2/5; no-show rate 1/(1+3) = 0.25
 *   waits {0,1,2,5,11} → median 2; video {2,5} → 3.5; phone {0,1} → 0.5; presence 11
 *   first free slot (office A): video {1,1,2} → 1, one snapshot without a slot;
 *     phone {3,3} → 3; presence none → null (the 10 April row is after the period)
 *   utilisation: C1 (60+45+60)/840 = 165/840, C2 (60+45)/480 = 105/480,
 *     all 270/1320
 *   languages requested: de 3 (b1 b3 b6), tr 1 (b2), en 1 (b5); offered: de 2, tr 1, en 1
 *
 * Referrals (by the local day they were made; team: by or to a member; office: from or
 * to it):
 *   r1 BBiE→BBE, made by C1 from b1 at A, 30 March 00:30 local (29th in UTC) → counts;
 *   r2 BBE→BBiE, made by C3 at B, received by C2 at A, 31 March → counts;
 *   r3 BBiE→BBE by C1, 6 April 00:30 local (5th in UTC): after the period → not counted;
 *   r4 BBE→BBiE by C3 at B to C4 at office C: neither T1 nor A → not counted.
 *   BBiE→BBE 1, BBE→BBiE 1, total 2 (the same for team T1 and office A).
 */
function expectTeamA(f: DashboardFigures) {
  expect(f.totals).toEqual({
    booked: 5,
    cancelled: 1,
    noShows: 1,
    videoShare: 2 / 5,
    phoneShare: 2 / 5,
    noShowRate: 0.25,
    medianWaitDays: 2,
    utilisation: 270 / 1320,
    referrals: 2,
  });
  expect(f.referrals).toEqual([
    { fromProviderId: 'bbie', toProviderId: 'bbe', referrals: 1 },
    { fromProviderId: 'bbe', toProviderId: 'bbie', referrals: 1 },
  ]);
  expect(channelOf(f, 'video')).toEqual({
    channel: 'video',
    booked: 2,
    completed: 1,
    noShows: 0,
    cancelled: 1,
    share: 0.4,
    noShowRate: 0,
    cancellationRate: 1 / 3,
    medianWaitDays: 3.5,
    medianFirstSlotDays: 1,
    snapshotsWithoutSlot: 1,
  });
  expect(channelOf(f, 'phone')).toMatchObject({
    booked: 2,
    noShowRate: 0.5,
    cancellationRate: 0,
    medianWaitDays: 0.5,
    medianFirstSlotDays: 3,
  });
  expect(channelOf(f, 'presence')).toMatchObject({
    booked: 1,
    noShowRate: 0,
    medianWaitDays: 11,
    medianFirstSlotDays: null,
  });
  expect(channelOf(f, 'walk_and_talk')).toMatchObject({
    booked: 0,
    share: 0,
    noShowRate: null,
    cancellationRate: null,
    medianWaitDays: null,
  });
  expect(f.counsellors).toEqual([
    {
      counsellorId: 'c1',
      name: 'C1',
      bookedMinutes: 165,
      offeredMinutes: 840,
      utilisation: 165 / 840,
    },
    {
      counsellorId: 'c2',
      name: 'C2',
      bookedMinutes: 105,
      offeredMinutes: 480,
      utilisation: 105 / 480,
    },
  ]);
  expect(f.languages).toEqual([
    { language: 'de', requested: 3, counsellors: 2 },
    { language: 'en', requested: 1, counsellors: 1 },
    { language: 'tr', requested: 1, counsellors: 1 },
  ]);
  expect(f.providers.filter((p) => p.booked > 0)).toEqual([
    { providerId: 'bbie', channel: 'presence', booked: 1 },
    { providerId: 'bbie', channel: 'phone', booked: 2 },
    { providerId: 'bbie', channel: 'video', booked: 2 },
  ]);
  expect(f.offices).toEqual([
    {
      officeId: 'office-a',
      officeName: 'Agentur A',
      channel: 'presence',
      booked: 1,
      medianWaitDays: 11,
      medianFirstSlotDays: null,
    },
    {
      officeId: 'office-a',
      officeName: 'Agentur A',
      channel: 'phone',
      booked: 2,
      medianWaitDays: 0.5,
      medianFirstSlotDays: 3,
    },
    {
      officeId: 'office-a',
      officeName: 'Agentur A',
      channel: 'video',
      booked: 2,
      medianWaitDays: 3.5,
      medianFirstSlotDays: 1,
    },
  ]);
}

describe('dashboard figures on the hand-made fixture', () => {
  let db: Database;
  beforeEach(() => {
    db = createDashboardFixture();
  });

  it('team T1 (read from its counsellors’ bookings)', () => {
    expectTeamA(loadDashboard(db, { kind: 'teams', teamIds: ['t1'] }, period));
  });

  it('office A (read from the rollups) gives the same figures', () => {
    expectTeamA(loadDashboard(db, { kind: 'office', officeId: 'office-a' }, period));
  });

  /*
   * All NRW adds office B: b9 presence completed (90 min, wait 14, uk), b10 video no-show
   * (90, wait 3), b11 video cancelled.
   *   booked 7, cancelled 2, no-shows 2 (b2 b10), completed 4 (b1 b3 b6 b9)
   *   video: booked 3 (b1 b5 b10), no-show rate 1/2, cancel 2/5; presence: booked 2
   *   shares: video 3/7, phone 2/7; no-show rate 2/6
   *   waits {0,1,2,3,5,11,14} → 3; video {2,3,5} → 3; presence {11,14} → 12.5
   *   first free slot: presence (office B) {5,7} → 6
   *   utilisation: C3 180/480; all (270+180)/(1320+480) = 0.25
   *   languages: de 4, en 1, tr 1, uk 1; offered de 3, en 1, tr 1, uk 1
   *   referrals: r1, r2 and r4 (r3 is after the period): BBiE→BBE 1, BBE→BBiE 2 = 3
   */
  it('all NRW', () => {
    const f = loadDashboard(db, { kind: 'nrw' }, period);
    expect(f.totals).toEqual({
      booked: 7,
      cancelled: 2,
      noShows: 2,
      videoShare: 3 / 7,
      phoneShare: 2 / 7,
      noShowRate: 2 / 6,
      medianWaitDays: 3,
      utilisation: 0.25,
      referrals: 3,
    });
    expect(f.referrals.map((r) => r.referrals)).toEqual([1, 2]);
    expect(channelOf(f, 'video')).toMatchObject({
      booked: 3,
      noShowRate: 0.5,
      cancellationRate: 0.4,
      medianWaitDays: 3,
      medianFirstSlotDays: 1,
    });
    expect(channelOf(f, 'presence')).toMatchObject({
      booked: 2,
      medianWaitDays: 12.5,
      medianFirstSlotDays: 6,
    });
    expect(f.counsellors.map((c) => [c.counsellorId, c.bookedMinutes, c.offeredMinutes])).toEqual([
      ['c1', 165, 840],
      ['c2', 105, 480],
      ['c3', 180, 480],
    ]);
    expect(f.languages).toEqual([
      { language: 'de', requested: 4, counsellors: 3 },
      { language: 'en', requested: 1, counsellors: 1 },
      { language: 'tr', requested: 1, counsellors: 1 },
      { language: 'uk', requested: 1, counsellors: 1 },
    ]);
    expect(f.providers.filter((p) => p.providerId === 'bbe' && p.booked > 0)).toEqual([
      { providerId: 'bbe', channel: 'presence', booked: 1 },
      { providerId: 'bbe', channel: 'video', booked: 1 },
    ]);
  });

  /*
   * Referrals of office B and of team T2 (C3): r1 received there (by C3), r2 and r4 made
   * there (by C3); r3 is after the period → BBiE→BBE 1, BBE→BBiE 2. Office C received
   * only r4 → 0 and 1. The single day 6 April (local) holds only r3 → 1 and 0.
   */
  it('counts referrals made or received in an office or a team', () => {
    for (const scope of [
      { kind: 'office', officeId: 'office-b' },
      { kind: 'teams', teamIds: ['t2'] },
    ] as const) {
      const f = loadDashboard(db, scope, period);
      expect(f.referrals).toEqual([
        { fromProviderId: 'bbie', toProviderId: 'bbe', referrals: 1 },
        { fromProviderId: 'bbe', toProviderId: 'bbie', referrals: 2 },
      ]);
      expect(f.totals.referrals).toBe(3);
    }
    const c = loadDashboard(db, { kind: 'office', officeId: 'office-c' }, period);
    expect(c.referrals.map((r) => r.referrals)).toEqual([0, 1]);
    const sixth = loadDashboard(db, { kind: 'nrw' }, { from: '2026-04-06', to: '2026-04-06' });
    expect(sixth.referrals.map((r) => r.referrals)).toEqual([1, 0]);
  });

  /*
   * Changes after booking: b6 moves from phone to video, b5 is cancelled, b3 is moved to
   * 8 April (after the period). Team T1 then: booked b1 (video), b2 (phone), b6 (video) =
   * 3; video 2/3, phone 1/3; waits {5, 0, 1} → 1; C1 105/840, C2 45/480; cancelled b4,
   * b5 = 2. The rollups (office A) must agree with the bookings (team T1).
   */
  it('stays exact when bookings change', () => {
    db.update(bookings).set({ channel: 'video' }).where(eq(bookings.id, 'b6')).run();
    db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, 'b5')).run();
    db.update(bookings)
      .set({ startsAt: '2026-04-08T07:00:00.000Z', endsAt: '2026-04-08T08:00:00.000Z' })
      .where(eq(bookings.id, 'b3'))
      .run();
    for (const scope of [
      { kind: 'teams', teamIds: ['t1'] },
      { kind: 'office', officeId: 'office-a' },
    ] as const) {
      const f = loadDashboard(db, scope, period);
      expect(f.totals).toMatchObject({
        booked: 3,
        cancelled: 2,
        videoShare: 2 / 3,
        phoneShare: 1 / 3,
        medianWaitDays: 1,
      });
      expect(f.counsellors.map((c) => c.bookedMinutes)).toEqual([105, 45]);
    }
  });

  it('a rebuild from the bookings gives the rollups the triggers kept', () => {
    db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, 'b1')).run();
    const kept = [
      db.select().from(dashboardBookingDays).all(),
      db.select().from(dashboardWaitDays).all(),
    ];
    rebuildRollups(db);
    const rebuilt = [
      db.select().from(dashboardBookingDays).all(),
      db.select().from(dashboardWaitDays).all(),
    ];
    const nonZero = (rows: { bookings: number }[]) => rows.filter((r) => r.bookings !== 0);
    expect(rebuilt.map(nonZero).map((r) => r.sort(byKey))).toEqual(
      kept.map(nonZero).map((r) => r.sort(byKey)),
    );
  });
});

function byKey(a: object, b: object): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
}
