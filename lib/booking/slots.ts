import { localDayClocks, type LocalDayClock } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { StartBuckets } from './slot-buckets';
import { collectOfficeSlots, type Scan } from './slot-candidates';
import { buildRosters, isQualified } from './slot-rosters';
import type { OfficeSchedule, Slot, SlotInput } from './slot-types';

const minuteMs = 60_000;
const dayMs = 86_400_000;

/**
 * Every bookable start for the query, sorted by start, then office id.
 *
 * A start is offered at an office on a local date (not a holiday) when a qualified
 * counsellor's weekly rule for that office, weekday, date and channel covers
 * [start, start + duration), the counsellor is not absent and has no busy interval within
 * the office buffer of it, and start ≥ now + notice and start < now + horizon. Candidate
 * starts lie on a wall-clock grid of `stepMinutes` from each rule's start; a skipped wall
 * time (spring forward) gives no slot, a repeated one (fall back) counts once, at its
 * earlier instant. `counsellorIds` lists every free qualified counsellor, sorted.
 */
export function listOpenSlots(input: SlotInput): Slot[] {
  const { query } = input;
  const stepMinutes = query.stepMinutes ?? 30;
  assertGrid(stepMinutes, query.durationMinutes);
  const qualified = input.counsellors.filter((c) => isQualified(c, query)).sort(byId);
  const rosters = buildRosters(qualified, query.channel);
  const clocksByZone = new Map<string, LocalDayClock[]>();
  const buckets = new StartBuckets();
  const slotsByOffice: Slot[][] = [];
  for (const office of uniqueOffices(input.offices)) {
    const roster = rosters.get(office.id);
    if (!roster) continue;
    let clocks = clocksByZone.get(office.timeZone);
    if (!clocks) {
      clocks = localDayClocks(query.from, query.to, office.timeZone);
      clocksByZone.set(office.timeZone, clocks);
    }
    const now = query.now.getTime();
    const scan: Scan = {
      officeId: office.id,
      earliestStart: now + office.minNoticeMinutes * minuteMs,
      latestStart: now + office.bookingHorizonDays * dayMs,
      durationMs: query.durationMinutes * minuteMs,
      bufferMs: office.bufferMinutes * minuteMs,
      stepMinutes,
      buckets,
      probe: { start: NaN, end: NaN },
      buffered: { start: NaN, end: NaN },
    };
    slotsByOffice.push(collectOfficeSlots(roster, clocks, input.holidays, scan));
  }
  return mergeByStart(slotsByOffice);
}

/**
 * Merges lists sorted by start, given in office-id order, into one sorted by start, then
 * office id: on equal starts the earlier list wins.
 */
function mergeByStart(lists: readonly Slot[][]): Slot[] {
  if (lists.length <= 1) return lists[0] ?? [];
  const heads = new Array<number>(lists.length).fill(0);
  const merged = new Array<Slot>(lists.reduce((n, list) => n + list.length, 0));
  for (let k = 0; k < merged.length; k++) {
    let best = 0;
    let bestStart = Infinity;
    for (let i = 0; i < lists.length; i++) {
      const head = lists[i]![heads[i]!];
      if (head !== undefined && head.start < bestStart) {
        best = i;
        bestStart = head.start;
      }
    }
    merged[k] = lists[best]![heads[best]!]!;
    heads[best]!++;
  }
  return merged;
}

function uniqueOffices(offices: readonly OfficeSchedule[]): OfficeSchedule[] {
  const seen = new Set<string>();
  return [...offices].sort(byId).filter((o) => !seen.has(o.id) && seen.add(o.id));
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function assertGrid(stepMinutes: number, durationMinutes: number): void {
  if (!Number.isInteger(stepMinutes) || stepMinutes < 1) {
    throw new AppError('INVALID_INPUT', 'The slot step must be a whole number of minutes.');
  }
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1) {
    throw new AppError('INVALID_INPUT', 'The duration must be a whole number of minutes.');
  }
}
