import os from 'node:os';
import type { SlotInput, SlotQuery } from '@/lib/booking/slot-types';
import { listOpenSlots } from '@/lib/booking/slots';
import { listPublicHolidays } from '@/lib/calendar/holidays';
import { generateRegion, measureBookedShare } from './slot-region';
import { formatMs, percentile } from './stats';

// The pure slot engine on a region of 10 offices and 300 counsellors with about 40 % of
// their rule time booked, over 8 weeks (Ascension, Whit Monday and Corpus Christi inside).
// Target: p95 < 10 ms for the 8-week query over all offices.
const from = '2026-05-04';
const to = '2026-06-28';
const now = new Date('2026-05-02T16:00:00.000Z');
const warmUpRuns = 50;
const runs = 300;

const region = generateRegion(20_260_504, from, to);
const holidays = new Set(listPublicHolidays('DE-NW', 2026).map((h) => h.date));
const base: SlotQuery = {
  serviceId: 'bbie-orientation',
  channel: 'video',
  durationMinutes: 60,
  from,
  to,
  now,
};

const queries: { name: string; query: SlotQuery }[] = [
  { name: 'video, 60 min, all 10 offices, 8 weeks', query: base },
  { name: 'video, 60 min, all 10 offices, 1 week', query: { ...base, to: '2026-05-10' } },
  {
    name: 'presence, language tr, all offices, 8 weeks',
    query: { ...base, channel: 'presence', language: 'tr' },
  },
  {
    name: 'phone, 45 min, 15-min grid, all offices, 8 weeks',
    query: { ...base, channel: 'phone', durationMinutes: 45, stepMinutes: 15 },
  },
];

const busyCount = region.counsellors.reduce((n, c) => n + c.busy.length, 0);
console.log(
  `slot engine: ${region.offices.length} offices, ${region.counsellors.length} counsellors, ` +
    `${busyCount} busy intervals (${(100 * measureBookedShare(region, from, to)).toFixed(0)} % ` +
    `of rule time), ${from} … ${to}, ${runs} runs after ${warmUpRuns} warm-up`,
);
// Other processes on the machine show up in p95 and max; the load average tells.
console.log(
  `  load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const { name, query } of queries) {
  const input: SlotInput = { query, ...region, holidays };
  let found = 0;
  let listed = 0;
  for (let i = 0; i < warmUpRuns; i++) listOpenSlots(input);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const slots = listOpenSlots(input);
    samples.push(performance.now() - started);
    found = slots.length;
    listed = slots.reduce((n, s) => n + s.counsellorIds.length, 0);
  }
  console.log(`  ${name}: ${found} slots (${listed} counsellor-slots)`);
  console.log(
    `    p50 ${formatMs(percentile(samples, 50))}  p95 ${formatMs(percentile(samples, 95))}  ` +
      `max ${formatMs(Math.max(...samples))}`,
  );
}
