import type { LocalDayClock } from '@/lib/calendar/local-date';
import type { Slot } from './slot-types';

const minutesPerDay = 1440;

/**
 * Free counsellors of one office and one local date, by wall-clock minute of the start.
 * Each existing minute is exactly one instant, so the minute is the grouping key. Ids must
 * arrive sorted (counsellors are visited in id order); a repeat of the last id is dropped,
 * so each list is already the slot's sorted, deduplicated `counsellorIds`.
 */
export type StartBuckets = {
  byMinute: (string[] | undefined)[];
  touched: number[];
};

export function createStartBuckets(): StartBuckets {
  return { byMinute: new Array<string[] | undefined>(minutesPerDay).fill(undefined), touched: [] };
}

export function addFreeCounsellor(buckets: StartBuckets, minute: number, id: string): void {
  const ids = buckets.byMinute[minute];
  if (ids === undefined) {
    buckets.byMinute[minute] = [id];
    buckets.touched.push(minute);
  } else if (ids[ids.length - 1] !== id) {
    ids.push(id);
  }
}

/** Appends one slot per filled minute to `out`, in start order, and empties the buckets. */
export function drainStartBuckets(
  buckets: StartBuckets,
  clock: LocalDayClock,
  officeId: string,
  durationMs: number,
  out: Slot[],
): void {
  const { byMinute, touched } = buckets;
  if (touched.length > 1) touched.sort(ascending);
  for (const minute of touched) {
    const counsellorIds = byMinute[minute];
    const start = clock.instantOf(minute);
    if (counsellorIds !== undefined && start !== null) {
      out.push({ officeId, start, end: start + durationMs, counsellorIds });
    }
    byMinute[minute] = undefined;
  }
  touched.length = 0;
}

function ascending(a: number, b: number): number {
  return a - b;
}
