import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as auth from './schema/auth';
import * as booking from './schema/booking';
import * as caldav from './schema/caldav';
import * as dashboard from './schema/dashboard';
import * as notify from './schema/notify';
import * as organisation from './schema/organisation';
import * as referrals from './schema/referrals';
import * as roster from './schema/roster';
import * as staff from './schema/staff';
import * as waitlist from './schema/waitlist';
import * as workspace from './schema/workspace';

export const schema = {
  ...organisation,
  ...staff,
  ...booking,
  ...caldav,
  ...auth,
  ...notify,
  ...workspace,
  ...waitlist,
  ...referrals,
  ...roster,
  ...dashboard,
};

export type Database = BetterSQLite3Database<typeof schema> & {
  $client: BetterSqlite3.Database;
};

/**
 * Opens the SQLite database at `filePath` (':memory:' for tests) with the pragmas every
 * connection needs: WAL so readers never block the writer, synchronous=FULL so an
 * acknowledged booking survives a power cut, foreign keys, and a busy timeout so
 * concurrent writers from several processes wait instead of failing. `NORMAL` is only
 * for counters that may lose their last seconds in a power cut (rate limits).
 */
export function openDatabase(
  filePath: string,
  options: { synchronous?: 'FULL' | 'NORMAL' } = {},
): Database {
  if (filePath !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  const sqlite = new BetterSqlite3(filePath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle({ client: sqlite, schema });
}

export function closeDatabase(db: Database): void {
  db.$client.close();
}
