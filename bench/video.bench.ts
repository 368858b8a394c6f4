import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { closeDatabase, openDatabase } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { insertSeedData } from '@/db/queries/seed';
import { generateDemoData } from '@/lib/demo/generate';
import { syncPublicHolidays } from '@/lib/setup/prepare-database';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { createSessionFor } from '../e2e/support/sign-in';
import { createVideoBooking } from '../e2e/support/video';
import { startAppServer } from '../scripts/lib/app-server';
import { findFreePort } from '../scripts/lib/free-port';
import { startLivekit } from '../scripts/lib/livekit-process';
import { formatMs, percentile } from './stats';

// bench/video: a client and a counsellor in a real LiveKit room, 10 times. Figures:
// join → first remote frame (client), admission → first remote frame (client), and the
// app server's CPU while a session runs (media must not pass through it).
const runs = 10;
const apiKey = 'benchkey';
const apiSecret = 'bench-secret-that-is-at-least-32-characters';

const remoteCamera =
  'video.lk-participant-media-video[data-lk-local-participant="false"][data-lk-source="camera"]';

async function waitForRemoteFrame(page: Page): Promise<number> {
  await page.waitForFunction(
    (selector) => {
      const video = document.querySelector<HTMLVideoElement>(selector);
      return !!video && video.videoWidth > 0;
    },
    remoteCamera,
    { polling: 'raf', timeout: 30_000 },
  );
  return Date.now();
}

const clockTicksPerSecond = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  // Fields after the command name: state is [0], utime [11], stime [12].
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-video-'));
  const file = path.join(dir, 'video.db');
  const now = new Date();
  const db = openDatabase(file);
  applyMigrations(db);
  insertSeedData(db, generateDemoData({ now, holidays: syncPublicHolidays(db, now) }));
  closeDatabase(db);
  const appPort = await findFreePort();
  const livekit = await startLivekit({
    port: await findFreePort(),
    udpPortStart: 54000,
    udpPortEnd: 54019,
    apiKey,
    apiSecret,
    webhookUrl: `http://localhost:${appPort}/api/v1/video/webhook`,
  });
  const app = await startAppServer({
    port: appPort,
    env: {
      APP_MODE: 'demo',
      DATABASE_URL: `file:${file}`,
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: apiKey,
      LIVEKIT_API_SECRET: apiSecret,
      RATE_LIMIT_WRITES_PER_MINUTE: '100000',
    },
    logFile: path.join(dir, 'server.log'),
  });
  process.env.E2E_DATABASE_FILE = file;
  process.env.E2E_BASE_URL = app.baseUrl;
  const browsers: Browser[] = [
    await chromium.launch(chromiumLaunchOptions),
    await chromium.launch(chromiumLaunchOptions),
  ];
  const joinToFrame: number[] = [];
  const admitToFrame: number[] = [];
  const joinToWaiting: number[] = [];
  const waitingToSeen: number[] = [];
  const counsellorJoinToFrame: number[] = [];
  let cpuDuringSession = NaN;
  try {
    for (let run = 0; run < runs; run += 1) {
      const booking = createVideoBooking();
      const context = (browser: Browser) =>
        browser.newContext({ baseURL: app.baseUrl, permissions: ['camera', 'microphone'] });
      const counsellorContext = await context(browsers[0]!);
      await counsellorContext.addCookies([
        {
          name: 'authjs.session-token',
          value: createSessionFor(booking.counsellorEmail).sessionToken,
          url: app.baseUrl,
        },
      ]);
      const counsellor = await counsellorContext.newPage();
      await counsellor.goto(`/de/termin/${booking.id}/video`);
      await counsellor.getByRole('button', { name: /Beratung für alle beenden/ }).waitFor();

      const clientContext = await context(browsers[1]!);
      const client = await clientContext.newPage();
      await client.goto(`/de/termin/${booking.id}/video?token=${booking.manageToken}`);
      // A person reads the notice first; meanwhile the page has loaded everything.
      await client.waitForLoadState('networkidle');
      await client.getByRole('checkbox').check();
      const joinedAt = Date.now();
      await client.getByRole('button', { name: 'Weiter zum Videoraum' }).click();
      await client.getByRole('heading', { name: 'Bitte warten Sie einen Moment' }).waitFor();
      joinToWaiting.push(Date.now() - joinedAt);
      const admit = counsellor.getByRole('button', { name: /hereinholen$/ });
      await admit.waitFor({ timeout: 30_000 });
      const admittedAt = Date.now();
      waitingToSeen.push(admittedAt - joinedAt - joinToWaiting[joinToWaiting.length - 1]!);
      await admit.click();
      const frameAt = await waitForRemoteFrame(client);
      joinToFrame.push(frameAt - joinedAt);
      admitToFrame.push(frameAt - admittedAt);
      // The counsellor rejoins a running session: join → first remote frame, no waiting.
      await counsellor.close();
      const rejoin = await counsellorContext.newPage();
      const rejoinedAt = Date.now();
      await rejoin.goto(`/de/termin/${booking.id}/video`);
      counsellorJoinToFrame.push((await waitForRemoteFrame(rejoin)) - rejoinedAt);
      if (run === runs - 1 && app.pid) {
        const before = cpuSeconds(app.pid);
        const seconds = 10;
        await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
        cpuDuringSession = ((cpuSeconds(app.pid) - before) / seconds) * 100;
      }
      await rejoin.close();
      await counsellorContext.close();
      await clientContext.close();
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await app.stop();
    await livekit.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const median = (samples: number[]) => percentile(samples, 50);
  console.log(`video: ${runs} sessions, client and counsellor in two Chromium instances`);
  console.log(
    `  join → first remote frame:      median ${formatMs(median(joinToFrame))}, p95 ${formatMs(percentile(joinToFrame, 95))} (target median < 1500 ms)`,
  );
  console.log(
    `  client join → waiting room (connected): median ${formatMs(median(joinToWaiting))}`,
  );
  console.log(
    `  client in the waiting room → counsellor sees them: median ${formatMs(median(waitingToSeen))}`,
  );
  console.log(
    `  counsellor opens the room → first remote frame (client already in): median ${formatMs(median(counsellorJoinToFrame))}, p95 ${formatMs(percentile(counsellorJoinToFrame, 95))}`,
  );
  console.log(
    `  admission → first remote frame: median ${formatMs(median(admitToFrame))}, p95 ${formatMs(percentile(admitToFrame, 95))}`,
  );
  console.log(
    `  app server CPU during a running session: ${cpuDuringSession.toFixed(1)} % of one core (10 s; media goes through LiveKit, not the app)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
