import type { Database } from '@/db/client';
import {
  countJobsByStatus,
  listJobsWithDeliveries,
  requeueFailedJob,
} from '@/db/queries/notify-admin';
import { findJob } from '@/db/queries/notify-jobs';
import { jobStatuses, type JobStatus } from '@/db/schema/notify';
import { withWriteTransaction } from '@/db/transaction';
import { AppError } from '@/lib/errors';

/**
 * The administration's view of the queue. Administration is not casework: recipients
 * are shown masked and no subject (it names the appointment's time); what is shown is
 * enough to see that mail flows, what failed and why.
 */
export function maskAddress(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

export type QueueOverview = {
  counts: Record<JobStatus, number>;
  rows: {
    id: number;
    kind: string;
    status: JobStatus;
    outcome: string | null;
    runAt: string;
    attempts: number;
    maxAttempts: number;
    lastError: string | null;
    updatedAt: string;
    recipient: string | null;
    sentAt: string | null;
    sendCount: number;
  }[];
};

export function queueOverview(
  db: Database,
  filter: { status?: JobStatus; limit?: number } = {},
): QueueOverview {
  const counts = Object.fromEntries(jobStatuses.map((s) => [s, 0])) as Record<JobStatus, number>;
  for (const row of countJobsByStatus(db)) counts[row.status] = row.n;
  const rows = listJobsWithDeliveries(db, {
    status: filter.status,
    limit: filter.limit ?? 200,
  }).map((row) => ({
    ...row,
    recipient: row.recipient ? maskAddress(row.recipient) : null,
    sendCount: row.sendCount ?? 0,
  }));
  return { counts, rows };
}

/** Sends a failed job again (due now, all attempts anew); only failed jobs can be retried. */
export function retryFailedJob(db: Database, id: number, now: Date): void {
  withWriteTransaction(db, (tx) => {
    const job = findJob(tx, id);
    if (!job) {
      throw new AppError('NOT_FOUND', 'There is no such job.', { reason: 'job_not_found' });
    }
    if (job.status !== 'failed' || !requeueFailedJob(tx, id, now.toISOString())) {
      throw new AppError('CONFLICT', 'Only a failed job can be sent again.', {
        reason: 'job_not_failed',
      });
    }
  });
}
