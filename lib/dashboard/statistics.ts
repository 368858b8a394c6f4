/** A value counted `count` times: a histogram bucket (e.g. 3 days' wait, 12 bookings). */
export type Bucket = { value: number; count: number };

/**
 * The median of the values a histogram counts: the middle value, or the mean of the two
 * middle values when the count is even. Null for an empty histogram. Rollups keep counts
 * per day and value, so the median comes from summed buckets, never from raw rows.
 */
export function medianOf(buckets: readonly Bucket[]): number | null {
  const merged = mergeBuckets(buckets);
  const total = merged.reduce((n, b) => n + b.count, 0);
  if (total <= 0) return null;
  const lower = valueAtRank(merged, Math.floor((total - 1) / 2));
  const upper = valueAtRank(merged, Math.floor(total / 2));
  return (lower + upper) / 2;
}

/** Buckets with equal values joined, sorted by value; empty ones dropped. */
export function mergeBuckets(buckets: readonly Bucket[]): Bucket[] {
  const counts = new Map<number, number>();
  for (const { value, count } of buckets) counts.set(value, (counts.get(value) ?? 0) + count);
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a - b)
    .map(([value, count]) => ({ value, count }));
}

/** The value at 0-based rank `rank` of the sorted values. */
function valueAtRank(sorted: readonly Bucket[], rank: number): number {
  let seen = 0;
  for (const bucket of sorted) {
    seen += bucket.count;
    if (rank < seen) return bucket.value;
  }
  throw new RangeError('rank beyond the histogram');
}

/** part / whole, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Sums `value(row)` of the rows grouped by `key(row)`, in first-seen order of keys. */
export function sumBy<T>(
  rows: readonly T[],
  key: (row: T) => string,
  value: (row: T) => number,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
}
