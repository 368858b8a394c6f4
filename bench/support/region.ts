import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { countRows, insertSeedData } from '@/db/queries/seed';
import { generateDemoData } from '@/lib/demo/generate';
import { syncPublicHolidays } from '@/lib/setup/prepare-database';
import { findFreePort } from '../../scripts/lib/free-port';
import { startAppServer, type AppServer } from '../../scripts/lib/app-server';

/** A large region: 10 agencies × 30 counsellors, 40 % of 8 weeks booked. */
export const regionScale = { offices: 10, counsellorsPerOffice: 30, bookedShare: 0.4 };

export type BenchRegion = { file: string; dir: string; counts: Record<string, number> };

export function buildRegionDatabase(now: Date): BenchRegion {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-region-'));
  const file = path.join(dir, 'region.db');
  const db = openDatabase(file);
  applyMigrations(db);
  const holidays = syncPublicHolidays(db, now);
  insertSeedData(db, generateDemoData({ now, holidays, scale: regionScale }));
  const counts = countRows(db);
  closeDatabase(db);
  return { file, dir, counts };
}

/** The production server (needs `next build`) on the region database, without LiveKit. */
export async function startRegionServer(
  region: BenchRegion,
  env: Record<string, string> = {},
): Promise<AppServer> {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npx next build` first.');
  }
  return startAppServer({
    port: await findFreePort(),
    env: {
      APP_MODE: 'demo',
      SEED_DEMO_DATA: 'never',
      DATABASE_URL: `file:${region.file}`,
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      ...env,
    },
    logFile: path.join(region.dir, 'server.log'),
    // BENCH_PROFILE=<dir> writes a CPU profile of the server.
    nodeArgs: process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
      : [],
  });
}
