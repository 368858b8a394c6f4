import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase, type Database } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { bookingFactsSql } from '@/db/queries/dashboard-sql';
import { addFirstSlotWaits } from '@/db/queries/dashboard-rollups';
import { insertSeedData, type SeedData } from '@/db/queries/seed';
import { withWriteTransaction } from '@/db/transaction';
import { syncLocalDays } from '@/lib/dashboard/local-days';
import { loadDashboard, type DashboardScope } from '@/lib/dashboard/service';
import { generateDemoData } from '@/lib/demo/generate';
import { generateFirstSlotWaits } from '@/lib/demo/generate-first-slot-waits';
import { syncPublicHolidays } from '@/lib/setup/prepare-database';
import { formatMs, percentile } from './stats';

// The dashboard over one year of bookings for all NRW offices (at least 500,000), in a
// temporary SQLite file: the rollups are filled by their triggers while the bookings are
// inserted. Then the whole dashboard (every query plus the figures, offered hours
// included) for all NRW, the largest office and one team, many times. Target: p95 < 300 ms.
const now = new Date('2026-11-20T09:00:00.000Z');
const period = { from: '2025-11-21', to: '2026-11-20' };
const warmUpRuns = 5;
const runs = 40;

// BENCH_DASHBOARD_DB=<file> keeps the generated database there and reuses it next time.
const kept = process.env.BENCH_DASHBOARD_DB;
const dir = kept ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dashboard-'));
const file = kept ?? path.join(dir!, 'bench.db');
const isReused = kept !== undefined && fs.existsSync(kept);
const db = openDatabase(file);
try {
  if (!isReused) generate(db);
  measure(db);
} finally {
  closeDatabase(db);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

function generate(db: Database) {
  let started = performance.now();
  applyMigrations(db);
  const holidays = syncPublicHolidays(db, now);
  syncLocalDays(db, now);
  const data = generateDemoData({
    now,
    holidays,
    scale: { counsellorsPerOffice: 14, bookedShare: 0.8, pastDays: 330, futureDays: 35 },
  });
  const generatedMs = performance.now() - started;
  started = performance.now();
  insertSeedData(db, { ...data, clients: [], bookings: [], bookingEvents: [] });
  insertBookings(db, data);
  insertReferrals(db, data);
  const waits = generateFirstSlotWaits({ now, offices: data.officeChannels, days: 365 });
  withWriteTransaction(db, (tx) => addFirstSlotWaits(tx, waits));
  const insertedMs = performance.now() - started;
  console.log(
    `dashboard: generated in ${formatMs(generatedMs)}, inserted with rollup triggers in ` +
      `${formatMs(insertedMs)}`,
  );
}

function measure(db: Database) {
  const count = (table: string) =>
    db.$client.prepare(`select count(*) from ${table}`).pluck().get() as number;
  console.log(
    `dashboard: ${count('offices')} offices, ${count('staff')} staff, ${count('bookings')} ` +
      `bookings ${period.from} … ${period.to}`,
  );
  console.log(
    `  rollup rows: ${count('dashboard_booking_days')} status, ${count('dashboard_wait_days')} wait, ` +
      `${count('dashboard_language_days')} language, ${count('dashboard_counsellor_days')} counsellor, ` +
      `${count('first_slot_wait_days')} first-slot, ${count('referrals')} referrals (${(fs.statSync(file).size / 1e6).toFixed(0)} MB)`,
  );
  console.log(
    `  load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const largestOffice = db.$client
    .prepare(`select office_id from bookings group by office_id order by count(*) desc limit 1`)
    .pluck()
    .get() as string;
  const scopes: { name: string; scope: DashboardScope }[] = [
    { name: 'all NRW', scope: { kind: 'nrw' } },
    { name: `office ${largestOffice}`, scope: { kind: 'office', officeId: largestOffice } },
    {
      name: `team of ${largestOffice}`,
      scope: { kind: 'teams', teamIds: [`team-${largestOffice}`] },
    },
  ];
  for (const { name, scope } of scopes) {
    for (let i = 0; i < warmUpRuns; i++) loadDashboard(db, scope, period);
    const samples: number[] = [];
    let totals = { booked: 0, referrals: 0 };
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      totals = loadDashboard(db, scope, period).totals;
      samples.push(performance.now() - t);
    }
    console.log(
      `  ${name}, one year (${totals.booked} booked, ${totals.referrals} referrals): p50 ${formatMs(percentile(samples, 50))}  ` +
        `p95 ${formatMs(percentile(samples, 95))}  max ${formatMs(Math.max(...samples))}  (${runs} runs)`,
    );
  }
  // For comparison: the same figures aggregated from the bookings table, without rollups.
  const direct = db.$client.prepare(
    `select office_id, channel, status, wait_days, count(*), sum(minutes) from (${bookingFactsSql('1 = 1')})
    group by office_id, channel, status, wait_days`,
  );
  const t = performance.now();
  direct.all();
  console.log(
    `  without rollups, one aggregation over all bookings: ${formatMs(performance.now() - t)}`,
  );
}

/** Clients and bookings with prepared statements in one transaction (no audit events). */
function insertBookings(db: Database, data: SeedData) {
  const client = db.$client;
  const insertClient = client.prepare(
    `insert into clients (id, name, email, phone, preferred_language, created_at)
    values (@id, @name, @email, @phone, @preferredLanguage, @createdAt)`,
  );
  const insertBooking = client.prepare(
    `insert into bookings (id, service_id, channel, office_id, meeting_point_id, counsellor_id,
      client_id, language, starts_at, ends_at, status, manage_token_hash, created_at, updated_at)
    values (@id, @serviceId, @channel, @officeId, @meetingPointId, @counsellorId, @clientId,
      @language, @startsAt, @endsAt, @status, @manageTokenHash, @createdAt, @updatedAt)`,
  );
  client.transaction(() => {
    for (const row of data.clients)
      insertClient.run({ phone: null, preferredLanguage: 'de', ...row });
    for (const row of data.bookings) insertBooking.run({ meetingPointId: null, ...row });
  })();
}

/**
 * About one referral per hundred held appointments, each way: a held appointment of one
 * provider refers to a later unused booking of the other (its own target, as in the app),
 * made an hour after the appointment began. Spread over the year like the bookings.
 */
function insertReferrals(db: Database, data: SeedData) {
  const providerOf = new Map(data.offices.map((o) => [o.id, o.providerId]));
  const held = data.bookings
    .filter((b) => b.status === 'completed')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const targets = new Map(
    ['bbie', 'bbe'].map((provider) => [
      provider,
      data.bookings
        .filter((b) => b.status !== 'cancelled' && providerOf.get(b.officeId) === provider)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    ]),
  );
  const next = new Map([...targets.keys()].map((p) => [p, 0]));
  const insert = db.$client.prepare(
    `insert into referrals (id, from_booking_id, to_booking_id, from_staff_id, from_provider_id,
      to_provider_id, to_office_id, note, consent_at, created_at)
    values (@id, @from, @to, @staff, @fromProvider, @toProvider, @office, 'Hinweis', @at, @at)`,
  );
  db.$client.transaction(() => {
    held.forEach((from, i) => {
      if (i % 100 !== 0) return;
      const fromProvider = providerOf.get(from.officeId)!;
      const toProvider = fromProvider === 'bbie' ? 'bbe' : 'bbie';
      const list = targets.get(toProvider)!;
      let j = next.get(toProvider)!;
      while (j < list.length && list[j]!.startsAt <= from.startsAt) j++;
      const to = list[j];
      if (!to) return;
      next.set(toProvider, j + 1);
      const at = new Date(Date.parse(from.startsAt) + 3_600_000).toISOString();
      insert.run({
        id: `referral-${from.id}`,
        from: from.id,
        to: to.id,
        staff: from.counsellorId,
        fromProvider,
        toProvider,
        office: to.officeId,
        at,
      });
    });
  })();
}
