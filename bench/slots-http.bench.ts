import { addDaysToLocalDate } from '@/lib/calendar/local-date';
import { formatMs, percentile } from './stats';
import { withRegionServer } from './support/region';

// GET /api/v1/slots through the production server on a large region
// (10 offices × 30 counsellors, 40 % of 8 weeks booked). Target: p95 < 50 ms.
const channels = ['presence', 'phone', 'video', 'walk_and_talk'];
const warmUp = 20;

type Target = { baseUrl: string; offers: { officeId: string; channel: string }[]; today: string };

async function measure(target: Target, label: string, days: number, runs: number) {
  const samples: number[] = [];
  let slots = 0;
  for (let i = 0; i < runs + warmUp; i++) {
    const params = new URLSearchParams({
      serviceId: 'bbie-orientation',
      ...target.offers[i % target.offers.length]!,
      from: target.today,
      to: addDaysToLocalDate(target.today, days - 1),
    });
    const started = performance.now();
    const response = await fetch(`${target.baseUrl}/api/v1/slots?${params}`);
    const body = (await response.json()) as { slots?: unknown[] };
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
    if (i < warmUp) continue;
    samples.push(elapsed);
    slots += body.slots?.length ?? 0;
  }
  const p50 = formatMs(percentile(samples, 50));
  const p95 = formatMs(percentile(samples, 95));
  console.log(
    `${label}: runs ${runs}, p50 ${p50}, p95 ${p95}, max ${formatMs(Math.max(...samples))}, avg ${(slots / runs).toFixed(0)} slots`,
  );
}

void withRegionServer(async ({ region, baseUrl, offices, today }) => {
  const offers = channels.flatMap((channel) =>
    offices.filter((o) => o.channels.includes(channel)).map((o) => ({ officeId: o.id, channel })),
  );
  const target = { baseUrl, offers, today };
  console.log(`region: ${region.counts.staff} staff, ${region.counts.bookings} bookings`);
  await measure(target, 'GET /api/v1/slots, 8 weeks, one office of 30 counsellors', 56, 200);
  await measure(target, 'GET /api/v1/slots, 2 weeks, one office of 30 counsellors', 14, 200);
});
