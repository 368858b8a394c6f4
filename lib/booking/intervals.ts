import type { Interval } from './slot-types';

/** The one overlap predicate for half-open intervals [start, end). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Intervals sorted by start whose ends never decrease (no interval inside another). Then
 * the intervals that end after an instant form a suffix, and the first of them is the only
 * one a probe starting at that instant needs to be tested against.
 */
export type SortedIntervals = readonly Interval[];

/**
 * The intervals as SortedIntervals: the input itself when it already is (bookings of one
 * person do not overlap, and queries return them in order), else a sorted union.
 */
export function toSortedIntervals(intervals: readonly Interval[]): SortedIntervals {
  for (let i = 1; i < intervals.length; i++) {
    const previous = intervals[i - 1]!;
    const current = intervals[i]!;
    if (current.start < previous.start || current.end < previous.end) return unite(intervals);
  }
  return intervals;
}

/** Union of intervals; ones that touch join, which changes no overlap answer. */
function unite(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const united: Interval[] = [];
  for (const next of sorted) {
    const last = united[united.length - 1];
    if (last !== undefined && next.start <= last.end) {
      if (next.end > last.end) last.end = next.end;
    } else {
      united.push({ start: next.start, end: next.end });
    }
  }
  return united;
}

/** Index of the first interval that ends after `instant`. */
export function firstEndingAfter(intervals: SortedIntervals, instant: number): number {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (intervals[mid]!.end <= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Answers "does any interval overlap this probe?" for a sequence of probes. While probe
 * starts do not decrease, a pointer moves forward only (amortised O(1) a probe); a probe
 * that starts earlier than the one before repositions it by binary search.
 */
export class IntervalCursor {
  private next = 0;
  private lastStart = Infinity;

  constructor(private readonly intervals: SortedIntervals) {}

  overlapsAny(probe: Interval): boolean {
    const intervals = this.intervals;
    let next = this.next;
    if (probe.start < this.lastStart) next = firstEndingAfter(intervals, probe.start);
    while (next < intervals.length && intervals[next]!.end <= probe.start) next++;
    this.next = next;
    this.lastStart = probe.start;
    const first = intervals[next];
    return first !== undefined && overlaps(probe, first);
  }
}
