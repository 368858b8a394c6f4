import type { Interval } from './slot-types';

/** The one overlap predicate for half-open intervals [start, end). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Everything that blocks a counsellor, as disjoint intervals sorted by start (and so by
 * end). A candidate [s, e) overlaps the union iff it overlaps one of its intervals.
 */
export type Timeline = readonly Interval[];

/**
 * Busy intervals widened by `bufferMs` on both sides (b overlaps [s − buffer, e + buffer)
 * iff the widened b overlaps [s, e)) united with the absences. Only intervals that can
 * touch `window` are kept. Inputs sorted by start (as queries return them) are not copied.
 */
export function buildTimeline(
  absences: readonly Interval[],
  busy: readonly Interval[],
  bufferMs: number,
  window: Interval,
): Timeline {
  const exact = sortedByStart(absences);
  const widened = sortedByStart(busy);
  const wideWindow = { start: window.start - bufferMs, end: window.end + bufferMs };
  const merged: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < exact.length || j < widened.length) {
    const a = exact[i];
    const b = widened[j];
    if (b === undefined || (a !== undefined && a.start <= b.start - bufferMs)) {
      i++;
      if (a !== undefined && overlaps(a, window)) appendUnited(merged, a.start, a.end);
    } else {
      j++;
      if (overlaps(b, wideWindow)) appendUnited(merged, b.start - bufferMs, b.end + bufferMs);
    }
  }
  return merged;
}

function sortedByStart(intervals: readonly Interval[]): readonly Interval[] {
  for (let i = 1; i < intervals.length; i++) {
    if (intervals[i - 1]!.start > intervals[i]!.start) {
      return [...intervals].sort((x, y) => x.start - y.start);
    }
  }
  return intervals;
}

/**
 * Adds [start, end) to a union built in start order; touching intervals join (that changes
 * no overlap answer). Empty intervals block nothing and are skipped.
 */
function appendUnited(merged: Interval[], start: number, end: number): void {
  if (start >= end) return;
  const last = merged[merged.length - 1];
  if (last !== undefined && start <= last.end) {
    if (end > last.end) last.end = end;
    return;
  }
  merged.push({ start, end });
}

/** Index of the first interval of the timeline that ends after `instant`. */
export function firstEndingAfter(timeline: Timeline, instant: number): number {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timeline[mid]!.end <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
