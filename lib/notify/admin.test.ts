import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { insertJob } from '@/db/queries/notify-jobs';
import { jobs } from '@/db/schema/notify';
import { createFixtureDatabase, fixtureNow } from '@/lib/booking/test-fixture';
import { maskAddress, queueOverview, retryFailedJob } from './admin';

let db: Database;
beforeEach(() => {
  db = createFixtureDatabase();
});

function addJob(key: string, status: 'pending' | 'failed' | 'done') {
  insertJob(db, {
    kind: 'staff_notice',
    idempotencyKey: key,
    bookingId: null,
    payload: {},
    runAt: fixtureNow.toISOString(),
    maxAttempts: 3,
    createdAt: fixtureNow.toISOString(),
  });
  db.update(jobs)
    .set({
      status,
      attempts: status === 'failed' ? 3 : 0,
      lastError: status === 'failed' ? '550 no such user' : null,
    })
    .where(eq(jobs.idempotencyKey, key))
    .run();
  return db.select().from(jobs).where(eq(jobs.idempotencyKey, key)).get()!;
}

describe('queue overview', () => {
  it('counts per status and lists a filter', () => {
    addJob('a', 'pending');
    addJob('b', 'failed');
    addJob('c', 'done');
    const all = queueOverview(db);
    expect(all.counts).toMatchObject({ pending: 1, failed: 1, done: 1, running: 0, cancelled: 0 });
    expect(all.rows).toHaveLength(3);
    const failed = queueOverview(db, { status: 'failed' });
    expect(failed.rows.map((r) => [r.status, r.lastError])).toEqual([
      ['failed', '550 no such user'],
    ]);
  });

  it('masks recipients', () => {
    expect(maskAddress('anna.beispiel@example.org')).toBe('a***@example.org');
  });
});

describe('retryFailedJob', () => {
  it('puts a failed job back in the queue with fresh attempts', () => {
    const job = addJob('b', 'failed');
    const later = new Date(fixtureNow.getTime() + 60_000);
    retryFailedJob(db, job.id, later);
    expect(db.select().from(jobs).where(eq(jobs.id, job.id)).get()).toMatchObject({
      status: 'pending',
      attempts: 0,
      runAt: later.toISOString(),
      lastError: '550 no such user',
    });
  });

  it('refuses jobs that are not failed, and unknown ones', () => {
    const job = addJob('a', 'pending');
    expect(() => retryFailedJob(db, job.id, fixtureNow)).toThrow(
      expect.objectContaining({ reason: 'job_not_failed' }),
    );
    expect(() => retryFailedJob(db, 9999, fixtureNow)).toThrow(
      expect.objectContaining({ reason: 'job_not_found' }),
    );
  });
});
