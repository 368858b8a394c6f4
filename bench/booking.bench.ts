import Database from 'better-sqlite3';
import { addDaysToLocalDate } from '@/lib/calendar/local-date';
import { formatMs, percentile } from './stats';
import { withRegionServer, type RegionOffice } from './support/region';

// 200 concurrent clients race for 50 slots per round, through HTTP, on the embedded
// database. Reports successful bookings per second, latency, and double bookings
// (must be 0). Target: at least 300 successful bookings/s.
const clients = 200;
const slotsPerRound = 50;
const rounds = 12;
const channels = ['presence', 'phone', 'video', 'walk_and_talk'] as const;

type PoolSlot = { officeId: string; channel: string; start: string };

async function collectSlots(
  baseUrl: string,
  offices: RegionOffice[],
  today: string,
): Promise<PoolSlot[]> {
  const pool: PoolSlot[] = [];
  for (const { id: officeId, channels: offered } of offices) {
    for (const channel of channels.filter((c) => offered.includes(c))) {
      const params = new URLSearchParams({
        serviceId: 'bbie-orientation',
        channel,
        officeId,
        from: today,
        to: addDaysToLocalDate(today, 55),
      });
      const body = await (await fetch(`${baseUrl}/api/v1/slots?${params}`)).json();
      for (const slot of body.slots as { start: string }[])
        pool.push({ officeId, channel, start: slot.start });
    }
  }
  // Interleave offices and channels so each round spreads over the region.
  return pool.sort(
    (a, b) => a.start.localeCompare(b.start) || a.officeId.localeCompare(b.officeId),
  );
}

function bookingBody(slot: PoolSlot, n: number) {
  return {
    serviceId: 'bbie-orientation',
    channel: slot.channel,
    officeId: slot.officeId,
    start: slot.start,
    meetingPointId: undefined as string | undefined,
    client: { name: 'Bench Client', email: `bench-${n}@example.org`, phone: '0211 1234567' },
    privacyConsent: true,
  };
}

function countOverlaps(file: string): number {
  const db = new Database(file, { readonly: true });
  const row = db
    .prepare(
      `select count(*) as n from bookings a join bookings b on a.counsellor_id = b.counsellor_id and a.id < b.id
       where a.status = 'confirmed' and b.status = 'confirmed' and a.starts_at < b.ends_at and b.starts_at < a.ends_at`,
    )
    .get() as { n: number };
  db.close();
  return row.n;
}

void withRegionServer(async ({ region, baseUrl, offices, today }) => {
  const meetingPoint = new Map(offices.map((o) => [o.id, o.meetingPoints[0]?.id]));
  const pool = await collectSlots(baseUrl, offices, today);
  const latencies: number[] = [];
  let created = 0;
  let conflicts = 0;
  let other = 0;
  let n = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    const slots = pool.slice(round * slotsPerRound, (round + 1) * slotsPerRound);
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        const slot = slots[i % slots.length]!;
        const body = bookingBody(slot, (n += 1));
        if (slot.channel === 'walk_and_talk') body.meetingPointId = meetingPoint.get(slot.officeId);
        const t0 = performance.now();
        const response = await fetch(`${baseUrl}/api/v1/bookings`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status === 201) created += 1;
        else if (response.status === 409) conflicts += 1;
        else other += 1;
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${rounds} rounds × ${clients} concurrent clients racing for ${slotsPerRound} slots`);
  console.log(`  requests ${latencies.length}: 201 ${created}, 409 ${conflicts}, other ${other}`);
  console.log(
    `  successful bookings/s ${(created / seconds).toFixed(0)}, requests/s ${(latencies.length / seconds).toFixed(0)}`,
  );
  console.log(
    `  latency p50 ${formatMs(percentile(latencies, 50))}, p95 ${formatMs(percentile(latencies, 95))}`,
  );
  console.log(`  double bookings: ${countOverlaps(region.file)}`);
});
