import { closeDatabase, openDatabase } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { loadConfigOrExit } from './lib/config';

const config = loadConfigOrExit();
const db = openDatabase(config.database.filePath);
try {
  applyMigrations(db);
  console.log(`Migrations applied to ${config.database.filePath}`);
} finally {
  closeDatabase(db);
}
