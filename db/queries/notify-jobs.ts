import { and, asc, count, eq, inArray, isNotNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { bookingEvents, bookings } from '../schema/booking';
import { bookingMailProfiles, jobs, mailDeliveries, type JobKind } from '../schema/notify';
import { staff } from '../schema/staff';
import type { Executor } from '../transaction';

export type NewJob = {
  kind: JobKind;
  idempotencyKey: string;
  bookingId: string | null;
  payload: Record<string, unknown>;
  runAt: string;
  maxAttempts: number;
  createdAt: string;
};

export type JobRow = typeof jobs.$inferSelect;

/** Inserts the job unless one with the same idempotency key exists; true when inserted. */
export function insertJob(ex: Executor, job: NewJob): boolean {
  const result = ex
    .insert(jobs)
    .values({ ...job, status: 'pending', updatedAt: job.createdAt })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .run();
  return result.changes > 0;
}

/** Withdraws a booking's jobs of these kinds that have not started yet. */
export function cancelPendingJobs(
  ex: Executor,
  bookingId: string,
  kinds: readonly JobKind[],
  outcome: string,
  nowInstant: string,
): number {
  return ex
    .update(jobs)
    .set({ status: 'cancelled', outcome, updatedAt: nowInstant, finishedAt: nowInstant })
    .where(
      and(
        eq(jobs.bookingId, bookingId),
        eq(jobs.status, 'pending'),
        inArray(jobs.kind, [...kinds]),
      ),
    )
    .run().changes;
}

/** Whether a job of these kinds for the booking still waits to start. */
export function hasPendingJob(ex: Executor, bookingId: string, kinds: readonly JobKind[]) {
  const row = ex
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.bookingId, bookingId),
        eq(jobs.status, 'pending'),
        inArray(jobs.kind, [...kinds]),
      ),
    )
    .limit(1)
    .get();
  return !!row;
}

/**
 * Claims up to `limit` due jobs for `workerId` until `leaseUntil`: pending ones whose time
 * has come, and running ones whose worker's lease ran out (it crashed or hung). Must run
 * inside a write transaction, so two workers never claim the same job.
 */
export function claimDueJobs(
  ex: Executor,
  options: { nowInstant: string; workerId: string; leaseUntil: string; limit: number },
): JobRow[] {
  const due = ex
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, 'pending'), lte(jobs.runAt, options.nowInstant)),
        and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, options.nowInstant)),
      ),
    )
    .orderBy(asc(jobs.runAt), asc(jobs.id))
    .limit(options.limit)
    .all();
  if (due.length === 0) return [];
  return ex
    .update(jobs)
    .set({
      status: 'running',
      lockedBy: options.workerId,
      lockedUntil: options.leaseUntil,
      attempts: sql`${jobs.attempts} + 1`,
      updatedAt: options.nowInstant,
    })
    .where(
      inArray(
        jobs.id,
        due.map((d) => d.id),
      ),
    )
    .returning()
    .all()
    .sort((a, b) => a.runAt.localeCompare(b.runAt) || a.id - b.id);
}

/** Ends a job this worker holds; false when its lease was lost to another worker. */
export function finishJob(
  ex: Executor,
  id: number,
  workerId: string,
  result: {
    status: 'done' | 'failed' | 'pending';
    outcome?: string;
    lastError?: string;
    runAt?: string;
  },
  nowInstant: string,
): boolean {
  const isFinal = result.status !== 'pending';
  return (
    ex
      .update(jobs)
      .set({
        status: result.status,
        outcome: result.outcome ?? null,
        lastError: result.lastError ?? null,
        ...(result.runAt ? { runAt: result.runAt } : {}),
        lockedBy: null,
        lockedUntil: null,
        updatedAt: nowInstant,
        finishedAt: isFinal ? nowInstant : null,
      })
      .where(and(eq(jobs.id, id), eq(jobs.status, 'running'), eq(jobs.lockedBy, workerId)))
      .run().changes > 0
  );
}

export function findJob(ex: Executor, id: number) {
  return ex.select().from(jobs).where(eq(jobs.id, id)).get();
}

export function findJobByKey(ex: Executor, idempotencyKey: string) {
  return ex.select().from(jobs).where(eq(jobs.idempotencyKey, idempotencyKey)).get();
}

export function listBookingJobs(ex: Executor, bookingId: string) {
  return ex.select().from(jobs).where(eq(jobs.bookingId, bookingId)).orderBy(asc(jobs.id)).all();
}

export function findDelivery(ex: Executor, jobId: number) {
  return ex.select().from(mailDeliveries).where(eq(mailDeliveries.jobId, jobId)).get();
}

/** Records that an SMTP transaction for the job's mail is about to start. */
export function startDelivery(
  ex: Executor,
  delivery: {
    jobId: number;
    recipient: string;
    locale: string;
    subject: string;
    messageId: string;
  },
  nowInstant: string,
) {
  ex.insert(mailDeliveries)
    .values({ ...delivery, state: 'sending', sendCount: 1, startedAt: nowInstant })
    .onConflictDoUpdate({
      target: mailDeliveries.jobId,
      set: {
        recipient: delivery.recipient,
        subject: delivery.subject,
        sendCount: sql`${mailDeliveries.sendCount} + 1`,
      },
    })
    .run();
}

export function markDelivered(ex: Executor, jobId: number, nowInstant: string) {
  ex.update(mailDeliveries)
    .set({ state: 'sent', sentAt: nowInstant })
    .where(eq(mailDeliveries.jobId, jobId))
    .run();
}

export function insertMailProfile(ex: Executor, profile: typeof bookingMailProfiles.$inferInsert) {
  ex.insert(bookingMailProfiles)
    .values(profile)
    .onConflictDoNothing({ target: bookingMailProfiles.bookingId })
    .run();
}

export function findMailProfile(ex: Executor, bookingId: string) {
  return ex
    .select()
    .from(bookingMailProfiles)
    .where(eq(bookingMailProfiles.bookingId, bookingId))
    .get();
}

/** Forgets the sealed manage tokens of appointments that ended before `instant` or were cancelled. */
export function wipeSealedTokens(ex: Executor, endedBefore: string): number {
  const over = ex
    .select({ id: bookings.id })
    .from(bookings)
    .where(or(lt(bookings.endsAt, endedBefore), ne(bookings.status, 'confirmed')));
  return ex
    .update(bookingMailProfiles)
    .set({ sealedManageToken: null })
    .where(
      and(
        isNotNull(bookingMailProfiles.sealedManageToken),
        inArray(bookingMailProfiles.bookingId, over),
      ),
    )
    .run().changes;
}

/** Finished jobs (and their delivery records) older than `instant` are deleted. */
export function deleteFinishedJobsBefore(ex: Executor, instant: string): number {
  return ex
    .delete(jobs)
    .where(and(inArray(jobs.status, ['done', 'cancelled']), lt(jobs.finishedAt, instant)))
    .run().changes;
}

/**
 * How often the appointment itself changed (created counts once): the iCalendar
 * SEQUENCE is this minus one. Only the booking's own event types count, so notes and
 * video events never look like a change to a calendar.
 */
export const scheduleEventTypes = [
  'created',
  'rescheduled',
  'channel_changed',
  'cancelled',
  'reassigned',
];

export function countScheduleEvents(ex: Executor, bookingId: string): number {
  const row = ex
    .select({ n: count() })
    .from(bookingEvents)
    .where(
      and(eq(bookingEvents.bookingId, bookingId), inArray(bookingEvents.type, scheduleEventTypes)),
    )
    .get();
  return row?.n ?? 0;
}

export function findStaffContact(ex: Executor, staffId: string) {
  return ex
    .select({ id: staff.id, email: staff.email, name: staff.displayName, active: staff.active })
    .from(staff)
    .where(eq(staff.id, staffId))
    .get();
}
