import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { countRows, insertSeedData } from '@/db/queries/seed';
import { localDateOf } from '@/lib/calendar/local-date';
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

export type RegionOffice = { id: string; channels: string[]; meetingPoints: { id: string }[] };

export type RegionRun = {
  region: BenchRegion;
  baseUrl: string;
  /** The region's offices, as the API lists them. */
  offices: RegionOffice[];
  /** Today in Europe/Berlin. */
  today: string;
};

/** Builds the region, serves it, runs `measure`, then stops the server and removes the files. */
export async function withRegionServer(measure: (run: RegionRun) => Promise<void>): Promise<void> {
  const now = new Date();
  const region = buildRegionDatabase(now);
  const server = await startRegionServer(region);
  try {
    const listing = await (await fetch(`${server.baseUrl}/api/v1/offices?provider=bbie`)).json();
    const offices = (listing.offices as RegionOffice[]).slice(0, regionScale.offices);
    await measure({
      region,
      baseUrl: server.baseUrl,
      offices,
      today: localDateOf(now, 'Europe/Berlin'),
    });
  } finally {
    await server.stop();
    fs.rmSync(region.dir, { recursive: true, force: true });
  }
}
