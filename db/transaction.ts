import type { Database } from './client';

type DrizzleTransaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** A drizzle transaction that also exposes its connection, like the database does. */
export type Transaction = DrizzleTransaction & { $client: Database['$client'] };

/** Anything queries can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

/**
 * Runs `work` in one write transaction that takes SQLite's write lock up front
 * (BEGIN IMMEDIATE), so a check made inside it still holds when the write follows, even
 * across processes. `work` must be synchronous: network calls go after the commit.
 */
export function withWriteTransaction<T>(db: Database, work: (tx: Transaction) => T): T {
  return db.transaction((tx) => work(Object.assign(tx, { $client: db.$client })), {
    behavior: 'immediate',
  });
}
