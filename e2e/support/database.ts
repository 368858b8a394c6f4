import Database from 'better-sqlite3';

/** Read-only look into the e2e server's database, for assertions only. */
export function queryE2eDatabase<T>(sql: string, ...params: unknown[]): T[] {
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) throw new Error('E2E_DATABASE_FILE is not set (global setup did not run)');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Writes into the e2e server's database, for fixtures the UI cannot create (e.g. past notice). */
export function writeE2eDatabase<T>(work: (db: Database.Database) => T): T {
  const file = process.env.E2E_DATABASE_FILE;
  if (!file) throw new Error('E2E_DATABASE_FILE is not set (global setup did not run)');
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    return db.transaction(() => work(db)).immediate();
  } finally {
    db.close();
  }
}
