import fs from 'node:fs';
import { closeDatabase, openDatabase } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { isDatabaseEmpty } from '@/db/queries/seed';
import { seedDemoData, syncPublicHolidays } from '@/lib/setup/prepare-database';
import { loadConfigOrExit } from './lib/config';

// Usage: npm run seed [-- --reset]   (--reset deletes the database file first)
const config = loadConfigOrExit();
const reset = process.argv.includes('--reset');
if (config.mode !== 'demo') {
  console.error('error: demo data is only loaded in APP_MODE=demo');
  process.exit(1);
}
const file = config.database.filePath;
if (reset && file !== ':memory:') {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}
const db = openDatabase(file);
try {
  applyMigrations(db);
  const now = new Date();
  const holidays = syncPublicHolidays(db, now);
  if (!isDatabaseEmpty(db)) {
    console.error(`error: ${file} already holds data; run npm run seed -- --reset to start over`);
    process.exitCode = 1;
  } else {
    const started = Date.now();
    const counts = seedDemoData(db, now, holidays);
    console.log(`Demo data loaded into ${file} in ${Date.now() - started} ms:`);
    console.log(
      Object.entries(counts)
        .map(([table, n]) => `  ${table}: ${n}`)
        .join('\n'),
    );
  }
} finally {
  closeDatabase(db);
}
