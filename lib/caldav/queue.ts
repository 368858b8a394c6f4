import { listConnectedStaff, hasPushedEvent } from '@/db/queries/caldav';
import { hasPendingJob, insertJob } from '@/db/queries/notify-jobs';
import type { Executor } from '@/db/transaction';

/**
 * Queues a `calendar_push` for a booking inside the caller's transaction, when a
 * calendar is involved: one of these counsellors has a connection, or the event already
 * sits in a calendar (it may have to go). The job brings the calendars to the booking's
 * state when it runs, so one pending job covers any number of changes.
 */
export function queueCalendarPush(
  tx: Executor,
  input: {
    bookingId: string;
    staffIds: readonly (string | null)[];
    /** Makes the key unique per change, e.g. `v3` or `cancel`. */
    version: string;
    maxAttempts: number;
  },
  now: Date,
): boolean {
  const staffIds = input.staffIds.filter((id): id is string => !!id);
  const isInvolved =
    listConnectedStaff(tx, staffIds).length > 0 || hasPushedEvent(tx, input.bookingId);
  if (!isInvolved || hasPendingJob(tx, input.bookingId, ['calendar_push'])) return false;
  return insertJob(tx, {
    kind: 'calendar_push',
    idempotencyKey: `booking:${input.bookingId}:calendar:${input.version}`,
    bookingId: input.bookingId,
    payload: {},
    runAt: now.toISOString(),
    maxAttempts: input.maxAttempts,
    createdAt: now.toISOString(),
  });
}
