import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../scripts/lib/free-port';
import { startLivekit } from '../../scripts/lib/livekit-process';
import { startAppServer } from '../../scripts/lib/app-server';

const livekitKey = 'e2ekey';
const livekitSecret = 'e2e-secret-that-is-at-least-32-characters';

/**
 * One production server per test run, on a free port, with a fresh temporary database
 * (demo data seeded on start) and its own LiveKit server.
 */
export default async function globalSetup() {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    throw new Error('No production build found: run `npx next build` (npm test does this) first.');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beratungsportal-e2e-'));
  const livekit = await startLivekit({
    port: await findFreePort(),
    udpPortStart: 53000,
    udpPortEnd: 53019,
    apiKey: livekitKey,
    apiSecret: livekitSecret,
  });
  const app = await startAppServer({
    port: await findFreePort(),
    env: {
      APP_MODE: 'demo',
      DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekitKey,
      LIVEKIT_API_SECRET: livekitSecret,
      // Browser and API tests send many writes from one address within a minute.
      RATE_LIMIT_WRITES_PER_MINUTE: '100000',
    },
    logFile: path.join(dir, 'server.log'),
  });
  process.env.E2E_BASE_URL = app.baseUrl;
  process.env.E2E_DATABASE_FILE = path.join(dir, 'e2e.db');
  return async () => {
    await app.stop();
    await livekit.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
