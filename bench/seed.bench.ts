import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '@/db/client';
import { countRows } from '@/db/queries/seed';
import { prepareDatabase } from '@/lib/setup/prepare-database';
import { formatMs, percentile } from './stats';

// First-start cost: migrations, holiday sync and the full NRW demo data set into a new
// SQLite file (WAL, synchronous=FULL).
const runs = 3;
const samples: number[] = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-seed-'));
  const file = path.join(dir, 'bench.db');
  const db = openDatabase(file);
  const started = performance.now();
  prepareDatabase(db, { now: new Date(), seedDemoData: true });
  samples.push(performance.now() - started);
  const counts = countRows(db);
  closeDatabase(db);
  summary = `${counts.offices} offices, ${counts.staff} staff, ${counts.bookings} bookings, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`;
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`demo seed into a new file (${summary})`);
console.log(
  `  runs ${runs}  median ${formatMs(percentile(samples, 50))}  max ${formatMs(Math.max(...samples))}`,
);
