import { and, count, desc, eq } from 'drizzle-orm';
import { jobs, mailDeliveries, type JobStatus } from '../schema/notify';
import type { Executor } from '../transaction';

/** How many jobs are in each status. */
export function countJobsByStatus(ex: Executor) {
  return ex.select({ status: jobs.status, n: count() }).from(jobs).groupBy(jobs.status).all();
}

/** The latest jobs (optionally of one status) with their mail delivery, newest change first. */
export function listJobsWithDeliveries(
  ex: Executor,
  options: { status?: JobStatus; limit: number },
) {
  return ex
    .select({
      id: jobs.id,
      kind: jobs.kind,
      status: jobs.status,
      outcome: jobs.outcome,
      runAt: jobs.runAt,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
      lastError: jobs.lastError,
      updatedAt: jobs.updatedAt,
      recipient: mailDeliveries.recipient,
      locale: mailDeliveries.locale,
      deliveryState: mailDeliveries.state,
      sentAt: mailDeliveries.sentAt,
      sendCount: mailDeliveries.sendCount,
    })
    .from(jobs)
    .leftJoin(mailDeliveries, eq(mailDeliveries.jobId, jobs.id))
    .where(options.status ? eq(jobs.status, options.status) : undefined)
    .orderBy(desc(jobs.updatedAt), desc(jobs.id))
    .limit(options.limit)
    .all();
}

/** Puts a failed job back in the queue, due now, with a fresh set of attempts. */
export function requeueFailedJob(ex: Executor, id: number, nowInstant: string): boolean {
  return (
    ex
      .update(jobs)
      .set({
        status: 'pending',
        runAt: nowInstant,
        attempts: 0,
        outcome: null,
        finishedAt: null,
        updatedAt: nowInstant,
      })
      .where(and(eq(jobs.id, id), eq(jobs.status, 'failed')))
      .run().changes > 0
  );
}
