import 'server-only';
import { openDatabase, type Database } from '@/db/client';
import { getConfig } from '@/lib/env';

const globalForDb = globalThis as unknown as {
  beratungsportalDb?: Database;
  beratungsportalCounters?: Database;
};

/**
 * The process's database handle. One connection per process is what better-sqlite3
 * wants; several app processes share the file through WAL and the busy timeout.
 */
export function getDatabase(): Database {
  globalForDb.beratungsportalDb ??= openDatabase(getConfig().database.filePath);
  return globalForDb.beratungsportalDb;
}

/**
 * A second connection to the same file for rate-limit counters: synchronous=NORMAL, so
 * counting a request costs no fsync. WAL keeps the file consistent either way.
 */
export function getCounterDatabase(): Database {
  globalForDb.beratungsportalCounters ??= openDatabase(getConfig().database.filePath, {
    synchronous: 'NORMAL',
  });
  return globalForDb.beratungsportalCounters;
}
