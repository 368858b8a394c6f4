import {
  cancelPendingJobs,
  countScheduleEvents,
  hasPendingJob,
  insertJob,
  insertMailProfile,
  type NewJob,
} from '@/db/queries/notify-jobs';
import type { JobKind } from '@/db/schema/notify';
import type { Executor } from '@/db/transaction';
import { queueCalendarPush } from '@/lib/caldav/queue';
import { planReminders, shortNoticeStaff, type ScheduleState } from './rules';
import { sealToken } from './seal';
import type { StaffChange } from './staff-mail';

/**
 * What the booking services need to queue mails: the secret that seals the manage token
 * and the notification settings. Part of BookingDeps.
 */
export type BookingNotifySettings = {
  secret: string;
  reminderMinutes: readonly number[];
  staffNoticeHours: number;
  maxAttempts: number;
  /** How long a waitlist offer holds a freed time (lib/waitlist); default 30. */
  waitlistOfferMinutes?: number;
};

/** A booking as the notices see it, before or after a change. */
export type BookingState = ScheduleState & { id: string; status: string };

/** Mails that tell the client the appointment's current state; a newer one replaces an unsent older one. */
const stateMailKinds: readonly JobKind[] = ['booking_confirmation', 'booking_change'];

/**
 * Functions the booking services call inside their write transaction, after the
 * booking row and its event are written. Jobs commit or roll back with the booking;
 * the worker sends after commit.
 */
function enqueue(
  tx: Executor,
  settings: BookingNotifySettings,
  job: Omit<NewJob, 'maxAttempts' | 'createdAt'>,
  now: Date,
) {
  insertJob(tx, { ...job, maxAttempts: settings.maxAttempts, createdAt: now.toISOString() });
}

/** The n-th version of the appointment (1 = as booked): part of every change's key. */
function versionOf(tx: Executor, bookingId: string) {
  return countScheduleEvents(tx, bookingId);
}

function enqueueReminders(
  tx: Executor,
  settings: BookingNotifySettings,
  booking: BookingState,
  version: number,
  now: Date,
) {
  for (const reminder of planReminders(booking.startsAt, settings.reminderMinutes, now)) {
    enqueue(
      tx,
      settings,
      {
        kind: 'booking_reminder',
        idempotencyKey: `booking:${booking.id}:v${version}:reminder:${reminder.minutesBefore}`,
        bookingId: booking.id,
        payload: { startsAt: booking.startsAt, minutesBefore: reminder.minutesBefore },
        runAt: reminder.runAt.toISOString(),
      },
      now,
    );
  }
}

function enqueueStaffNotices(
  tx: Executor,
  settings: BookingNotifySettings,
  input: {
    before: BookingState;
    after: BookingState | null;
    change: StaffChange;
    actorStaffId: string | null;
    version: number;
  },
  now: Date,
) {
  const recipients = shortNoticeStaff({
    before: input.before,
    after: input.after,
    actorStaffId: input.actorStaffId,
    now,
    hours: settings.staffNoticeHours,
  });
  for (const staffId of recipients) {
    enqueue(
      tx,
      settings,
      {
        kind: 'staff_notice',
        idempotencyKey: `booking:${input.before.id}:v${input.version}:staff:${staffId}`,
        bookingId: input.before.id,
        payload: {
          staffId,
          change: input.change,
          previous: stateOf(input.before),
          current: input.after ? stateOf(input.after) : null,
        },
        runAt: now.toISOString(),
      },
      now,
    );
  }
}

function stateOf(b: BookingState): ScheduleState {
  return {
    startsAt: b.startsAt,
    channel: b.channel,
    meetingPointId: b.meetingPointId,
    counsellorId: b.counsellorId,
  };
}

/** A new booking: the confirmation now, the reminders later. */
export function noticeBookingCreated(
  tx: Executor,
  settings: BookingNotifySettings,
  input: { booking: BookingState; manageToken: string; locale: string },
  now: Date,
) {
  const { booking } = input;
  insertMailProfile(tx, {
    bookingId: booking.id,
    locale: input.locale,
    sealedManageToken: sealToken(settings.secret, input.manageToken),
    createdAt: now.toISOString(),
  });
  enqueue(
    tx,
    settings,
    {
      kind: 'booking_confirmation',
      idempotencyKey: `booking:${booking.id}:confirmation`,
      bookingId: booking.id,
      payload: {},
      runAt: now.toISOString(),
    },
    now,
  );
  enqueueReminders(tx, settings, booking, versionOf(tx, booking.id), now);
  queueCalendarPush(
    tx,
    {
      bookingId: booking.id,
      staffIds: [booking.counsellorId],
      version: 'v1',
      maxAttempts: settings.maxAttempts,
    },
    now,
  );
}

/**
 * The counsellor cannot keep the appointment and nobody can take it over: the client is
 * asked to choose a new time with their manage link. The job carries the state the
 * request was about; if the client has moved the appointment before it is sent, the
 * worker sends the change instead (this pending mail held the change mail back).
 */
export function noticeRescheduleRequested(
  tx: Executor,
  settings: BookingNotifySettings,
  input: { booking: BookingState },
  now: Date,
) {
  const { booking } = input;
  enqueue(
    tx,
    settings,
    {
      kind: 'booking_change',
      idempotencyKey: `booking:${booking.id}:v${versionOf(tx, booking.id)}:reschedule-request`,
      bookingId: booking.id,
      payload: { request: 'reschedule', previous: stateOf(booking) },
      runAt: now.toISOString(),
    },
    now,
  );
}

/**
 * A changed booking (time, channel or counsellor). The client gets one change mail with
 * what they were last told as "before"; if the previous mail has not gone out yet, it
 * will show the new state and no second mail is queued. Reminders are planned anew for
 * the new time, and counsellors hear of a change within the short-notice window.
 */
export function noticeBookingChanged(
  tx: Executor,
  settings: BookingNotifySettings,
  input: {
    before: BookingState;
    after: BookingState;
    change: Exclude<StaffChange, 'cancelled'>;
    actorStaffId: string | null;
  },
  now: Date,
) {
  const { before, after } = input;
  const version = versionOf(tx, after.id);
  if (!hasPendingJob(tx, after.id, stateMailKinds)) {
    enqueue(
      tx,
      settings,
      {
        kind: 'booking_change',
        idempotencyKey: `booking:${after.id}:v${version}:change`,
        bookingId: after.id,
        payload: { previous: stateOf(before) },
        runAt: now.toISOString(),
      },
      now,
    );
  }
  if (Date.parse(before.startsAt) !== Date.parse(after.startsAt)) {
    cancelPendingJobs(tx, after.id, ['booking_reminder'], 'superseded', now.toISOString());
    enqueueReminders(tx, settings, after, version, now);
  }
  enqueueStaffNotices(tx, settings, { ...input, after, version }, now);
  // Both calendars: a reassignment moves the event from the old counsellor's to the new one's.
  queueCalendarPush(
    tx,
    {
      bookingId: after.id,
      staffIds: [before.counsellorId, after.counsellorId],
      version: `v${version}`,
      maxAttempts: settings.maxAttempts,
    },
    now,
  );
}

/** A cancelled booking: nothing else is sent for it, only the cancellation. */
export function noticeBookingCancelled(
  tx: Executor,
  settings: BookingNotifySettings,
  input: { before: BookingState; actorStaffId: string | null },
  now: Date,
) {
  const { before } = input;
  cancelPendingJobs(
    tx,
    before.id,
    ['booking_confirmation', 'booking_change', 'booking_reminder'],
    'booking_cancelled',
    now.toISOString(),
  );
  enqueue(
    tx,
    settings,
    {
      kind: 'booking_cancellation',
      idempotencyKey: `booking:${before.id}:cancellation`,
      bookingId: before.id,
      payload: {},
      runAt: now.toISOString(),
    },
    now,
  );
  enqueueStaffNotices(
    tx,
    settings,
    { ...input, after: null, change: 'cancelled', version: versionOf(tx, before.id) },
    now,
  );
  queueCalendarPush(
    tx,
    {
      bookingId: before.id,
      staffIds: [before.counsellorId],
      version: 'cancel',
      maxAttempts: settings.maxAttempts,
    },
    now,
  );
}
