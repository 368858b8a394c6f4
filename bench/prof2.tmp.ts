import { listOpenSlots } from '@/lib/booking/slots';
import { listPublicHolidays } from '@/lib/calendar/holidays';
import { generateRegion } from '@/bench/slot-region';
import { percentile } from '@/bench/stats';
const region = generateRegion(20_260_504, '2026-05-04', '2026-06-28');
const holidays = new Set(listPublicHolidays('DE-NW', 2026).map((h) => h.date));
const input = {
  query: {
    serviceId: 'bbie-orientation',
    channel: 'video' as const,
    durationMinutes: 60,
    from: '2026-05-04',
    to: '2026-06-28',
    now: new Date('2026-05-02T16:00:00.000Z'),
  },
  ...region,
  holidays,
};
for (let i = 0; i < 50; i++) listOpenSlots(input);
const s: number[] = [];
for (let i = 0; i < 3000; i++) {
  const t = performance.now();
  listOpenSlots(input);
  s.push(performance.now() - t);
}
console.log(
  process.argv[1]?.slice(-12),
  'p50',
  percentile(s, 50).toFixed(2),
  'p95',
  percentile(s, 95).toFixed(2),
  'min',
  Math.min(...s).toFixed(2),
);
