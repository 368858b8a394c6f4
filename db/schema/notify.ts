import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { bookings } from './booking';
import { oneOf } from './enums';

/**
 * What a job does: one outgoing message (a waitlist offer has no booking), or
 * `calendar_push`, which brings a booking's event in the counsellors' CalDAV calendars
 * up to date (written, moved or deleted).
 */
export const jobKinds = [
  'booking_confirmation',
  'booking_change',
  'booking_cancellation',
  'booking_reminder',
  'staff_notice',
  'waitlist_offer',
  'calendar_push',
] as const;
export type JobKind = (typeof jobKinds)[number];

/**
 * `pending` waits for `run_at` (also between retries), `running` is claimed by a worker
 * until `locked_until`, `done` finished (sent, or skipped with an `outcome`), `failed`
 * gave up after `max_attempts`, `cancelled` was withdrawn before it ran (superseded).
 */
export const jobStatuses = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/**
 * The durable queue. A job is inserted in the same transaction as the change that needs
 * it, so a committed booking always has its mails queued; `idempotency_key` makes each
 * message exist once however often the code that enqueues it runs.
 */
export const jobs = sqliteTable(
  'jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').$type<JobKind>().notNull(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    bookingId: text('booking_id').references(() => bookings.id),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    status: text('status').$type<JobStatus>().notNull().default('pending'),
    /** Why a finished job did what it did: 'sent', or the reason it was skipped. */
    outcome: text('outcome'),
    runAt: text('run_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    lockedBy: text('locked_by'),
    lockedUntil: text('locked_until'),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    finishedAt: text('finished_at'),
  },
  (t) => [
    index('jobs_status_run_at_idx').on(t.status, t.runAt),
    index('jobs_booking_idx').on(t.bookingId, t.status),
    check('jobs_kind_check', sql.raw(oneOf('kind', jobKinds))),
    check('jobs_status_check', sql.raw(oneOf('status', jobStatuses))),
    check('jobs_attempts_check', sql`${t.attempts} >= 0 and ${t.maxAttempts} >= 1`),
  ],
);

export const deliveryStates = ['sending', 'sent'] as const;
export type DeliveryState = (typeof deliveryStates)[number];

/**
 * One outgoing mail per job: written as `sending` (committed) before the SMTP
 * transaction starts and `sent` after the server accepted it. A retry after a crash
 * reuses the same Message-ID, so a copy the server had already accepted is the same
 * message to every mail client, not a second one.
 */
export const mailDeliveries = sqliteTable(
  'mail_deliveries',
  {
    jobId: integer('job_id')
      .primaryKey()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    recipient: text('recipient').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    messageId: text('message_id').notNull(),
    state: text('state').$type<DeliveryState>().notNull(),
    /** SMTP transactions started for this message (more than one only after a failure). */
    sendCount: integer('send_count').notNull().default(0),
    startedAt: text('started_at').notNull(),
    sentAt: text('sent_at'),
  },
  () => [check('mail_deliveries_state_check', sql.raw(oneOf('state', deliveryStates)))],
);

/**
 * Per booking, what later mails need: the language the client booked in and the manage
 * token sealed with a key derived from AUTH_SECRET (so reminders can carry the manage
 * and video links). The token is wiped once the appointment is over or cancelled.
 */
export const bookingMailProfiles = sqliteTable('booking_mail_profiles', {
  bookingId: text('booking_id')
    .primaryKey()
    .references(() => bookings.id),
  locale: text('locale').notNull(),
  sealedManageToken: text('sealed_manage_token'),
  createdAt: text('created_at').notNull(),
});
