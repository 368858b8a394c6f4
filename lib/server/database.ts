import 'server-only';
import { openDatabase, type Database } from '@/db/client';
import { getConfig } from '@/lib/env';

const globalForDb = globalThis as unknown as { beratungsportalDb?: Database };

/**
 * The process's database handle. One connection per process is what better-sqlite3
 * wants; several app processes share the file through WAL and the busy timeout.
 */
export function getDatabase(): Database {
  globalForDb.beratungsportalDb ??= openDatabase(getConfig().database.filePath);
  return globalForDb.beratungsportalDb;
}
