import { generateRegion } from '@/bench/slot-region';
import { isQualified } from '@/lib/booking/slot-candidates';
const region = generateRegion(20_260_504, '2026-05-04', '2026-06-28');
const q = {
  serviceId: 'bbie-orientation',
  channel: 'video' as const,
  durationMinutes: 60,
  from: '2026-05-04',
  to: '2026-06-28',
  now: new Date(),
};
const qual = region.counsellors.filter((c) => isQualified(c, q));
console.log(
  'qualified',
  qual.length,
  'busy',
  qual.reduce((n, c) => n + c.busy.length, 0),
  'rules',
  qual.reduce((n, c) => n + c.rules.filter((r) => r.channels.includes('video')).length, 0),
);
