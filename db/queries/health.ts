import { sql } from 'drizzle-orm';
import type { Database } from '../client';

/** Cheap round trip that proves the database file is readable and migrated. */
export function pingDatabase(db: Database): boolean {
  const row = db.get<{ ok: number }>(sql`select count(*) > 0 as ok from __drizzle_migrations`);
  return row?.ok === 1;
}
