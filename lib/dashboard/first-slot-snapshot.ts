import type { Database } from '@/db/client';
import { listActiveServices, listOffices } from '@/db/queries/catalogue';
import {
  hasFirstSlotSnapshot,
  recordFirstSlotSnapshot,
  type FirstSlotSnapshot,
} from '@/db/queries/dashboard-rollups';
import { computeSlots } from '@/lib/booking/service-slots';
import { addDaysToLocalDate, localDateOf } from '@/lib/calendar/local-date';

const hourMs = 3_600_000;
const windowDays = 14;

/**
 * The hourly snapshot behind "wait to the first free slot": for every active office and
 * channel, the first slot the slot engine offers a client now (any service of the
 * office's provider on that channel), as local days from today. Taken by the worker; the
 * first worker to record an hour wins, so several workers take it once. Returns whether
 * this call recorded it.
 */
export function takeFirstSlotSnapshot(db: Database, now: Date): boolean {
  const takenAt = new Date(Math.floor(now.getTime() / hourMs) * hourMs).toISOString();
  if (hasFirstSlotSnapshot(db, takenAt)) return false;
  const results = findFirstSlots(db, now);
  return recordFirstSlotSnapshot(db, takenAt, new Date().toISOString(), results);
}

export function findFirstSlots(db: Database, now: Date): FirstSlotSnapshot[] {
  const services = listActiveServices(db, 'de');
  const results: FirstSlotSnapshot[] = [];
  for (const office of listOffices(db, {})) {
    const today = localDateOf(now, office.timeZone);
    const lastDay = addDaysToLocalDate(today, office.bookingHorizonDays);
    for (const channel of office.channels) {
      const offers = services.flatMap((s) =>
        s.providerId === office.providerId
          ? s.durations.filter((d) => d.channel === channel).map((d) => ({ s, d }))
          : [],
      );
      if (offers.length === 0) continue;
      let first: number | null = null;
      // Window by window: the first window with any slot holds the earliest one.
      for (let from = today; from <= lastDay && first === null;) {
        const to = addDaysToLocalDate(from, windowDays - 1);
        for (const { s, d } of offers) {
          const [slot] = computeSlots(db, {
            office,
            serviceId: s.id,
            channel,
            minutes: d.minutes,
            fromDate: from,
            toDate: to < lastDay ? to : lastDay,
            now,
          });
          if (slot && (first === null || slot.start < first)) first = slot.start;
        }
        from = addDaysToLocalDate(to, 1);
      }
      results.push({
        officeId: office.id,
        channel,
        localDate: today,
        waitDays:
          first === null ? -1 : daysBetween(today, localDateOf(new Date(first), office.timeZone)),
      });
    }
  }
  return results;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
