import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Database } from './client';

export const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** Applies every committed migration not yet applied; safe to call on every start. */
export function applyMigrations(db: Database, folder: string = migrationsFolder): void {
  migrate(db, { migrationsFolder: folder });
}
