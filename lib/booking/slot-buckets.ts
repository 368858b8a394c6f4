import type { LocalDayClock } from '@/lib/calendar/local-date';
import type { Slot } from './slot-types';

const minutesPerDay = 1440;

/**
 * Free counsellors of one office and one local date, by wall-clock minute of the start.
 * Each existing minute is exactly one instant, so the minute is the grouping key. Ids must
 * arrive in sorted order (counsellors are visited in id order); a repeat of the last id is
 * dropped, so each list already is the slot's sorted, duplicate-free `counsellorIds`. The
 * per-minute lists are reused from day to day without shrinking (shrinking an array frees
 * its storage, and the next day would allocate it again); slots get exact-size copies.
 */
export class StartBuckets {
  /** Ids by minute; only the first `counts[minute]` entries are current. */
  private readonly ids = new Array<string[] | undefined>(minutesPerDay).fill(undefined);
  private readonly counts = new Int32Array(minutesPerDay);
  /** The first `touchedCount` entries: minutes with a count above zero, ascending. */
  private readonly touched = new Int32Array(minutesPerDay);
  private touchedCount = 0;

  add(minute: number, counsellorId: string): void {
    const count = this.counts[minute];
    if (count === undefined) return;
    const ids = (this.ids[minute] ??= []);
    if (count === 0) this.touch(minute);
    else if (ids[count - 1] === counsellorId) return;
    ids[count] = counsellorId;
    this.counts[minute] = count + 1;
  }

  /** Appends one slot per filled minute to `out`, in start order, and empties the buckets. */
  drainInto(out: Slot[], clock: LocalDayClock, officeId: string, durationMs: number): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const minute = this.touched[i]!;
      const ids = this.ids[minute];
      const start = clock.instantOf(minute);
      if (ids !== undefined && start !== null) {
        const counsellorIds = ids.slice(0, this.counts[minute]);
        out.push({ officeId, start, end: start + durationMs, counsellorIds });
      }
      this.counts[minute] = 0;
    }
    this.touchedCount = 0;
  }

  /** Insertion sort step: new minutes mostly arrive in order. */
  private touch(minute: number): void {
    const touched = this.touched;
    let i = this.touchedCount++;
    while (i > 0 && touched[i - 1]! > minute) {
      touched[i] = touched[i - 1]!;
      i--;
    }
    touched[i] = minute;
  }
}
