/**
 * Pure rules of the notification queue: when reminders are due, when one is too late to
 * be useful, how long to wait before a retry, and who hears of a short-notice change.
 */

const minute = 60_000;
const maxRetryDelayMs = 6 * 60 * minute;

export type PlannedReminder = { minutesBefore: number; runAt: Date };

/** Reminders still ahead of `now`, earliest first; none for an appointment already begun. */
export function planReminders(
  startsAt: string,
  minutesBefore: readonly number[],
  now: Date,
): PlannedReminder[] {
  const start = Date.parse(startsAt);
  return [...new Set(minutesBefore)]
    .map((m) => ({ minutesBefore: m, runAt: new Date(start - m * minute) }))
    .filter((r) => r.runAt.getTime() > now.getTime())
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

/**
 * A reminder that comes too late helps nobody: once the appointment has begun, or when
 * more than half of its lead time has passed (a worker that was down for a day sends the
 * one-hour reminder, not yesterday's 24-hour one as well).
 */
export function isReminderStale(startsAt: string, minutesBefore: number, now: Date): boolean {
  const start = Date.parse(startsAt);
  const runAt = start - minutesBefore * minute;
  return now.getTime() >= start || now.getTime() - runAt > (minutesBefore * minute) / 2;
}

/** Exponential backoff before attempt `attempt + 1`: base, 2×base, 4×base, … at most 6 h. */
export function retryDelayMs(attempt: number, baseSeconds: number): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(baseSeconds * 1000 * 2 ** Math.min(exponent, 30), maxRetryDelayMs);
}

export type Assignment = { startsAt: string; counsellorId: string };

/**
 * Counsellors to tell about a change whose old or new time is within `hours` from now:
 * the one who had the appointment and the one who has it now, but not the person who
 * made the change.
 */
export function shortNoticeStaff(input: {
  before: Assignment;
  after: Assignment | null;
  actorStaffId: string | null;
  now: Date;
  hours: number;
}): string[] {
  const horizon = input.now.getTime() + input.hours * 60 * minute;
  const isSoon = (a: Assignment) => {
    const start = Date.parse(a.startsAt);
    return start > input.now.getTime() && start <= horizon;
  };
  const times = [input.before, ...(input.after ? [input.after] : [])];
  if (!times.some(isSoon)) return [];
  const ids = [input.before.counsellorId, input.after?.counsellorId].filter(
    (id): id is string => !!id && id !== input.actorStaffId,
  );
  return [...new Set(ids)];
}

export type ScheduleState = {
  startsAt: string;
  channel: string;
  meetingPointId: string | null;
  counsellorId: string;
};

export type ChangeAspect = 'time' | 'channel' | 'counsellor';

/** What differs between what the client was told and the booking now. */
export function changedAspects(previous: ScheduleState, current: ScheduleState): ChangeAspect[] {
  const aspects: ChangeAspect[] = [];
  if (Date.parse(previous.startsAt) !== Date.parse(current.startsAt)) aspects.push('time');
  if (previous.channel !== current.channel || previous.meetingPointId !== current.meetingPointId)
    aspects.push('channel');
  if (previous.counsellorId !== current.counsellorId) aspects.push('counsellor');
  return aspects;
}
