import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../scripts/lib/free-port';
import { startLivekit } from '../../scripts/lib/livekit-process';
import { startAppServer } from '../../scripts/lib/app-server';
import { startWorkerProcess } from '../../scripts/lib/worker-process';
import { testIdentities } from './identities';
import { startIdentityProvider } from './identity-provider';
import { startMailCatcher } from './mail-catcher';

const livekitKey = 'e2ekey';
const livekitSecret = 'e2e-secret-that-is-at-least-32-characters';
const oidcClientId = 'beratungsportal-e2e';

/** Free ports, never the same one twice within this run (the OS may hand one out again). */
function portPicker(): () => Promise<number> {
  const taken = new Set<number>();
  return async () => {
    for (;;) {
      const port = await findFreePort();
      if (!taken.has(port)) {
        taken.add(port);
        return port;
      }
    }
  };
}

/**
 * One production server per test run, on a free port, with a fresh temporary database
 * (demo data seeded on start), its own LiveKit server, an OpenID provider for staff
 * sign-in and an SMTP sink whose messages specs read from E2E_MAIL_DIR.
 */
export default async function globalSetup() {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    throw new Error('No production build found: run `npx next build` (npm test does this) first.');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beratungsportal-e2e-'));
  const mailDir = path.join(dir, 'mail');
  // Stopped in reverse order, also when a later start fails.
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const nextPort = portPicker();
    const appPort = await nextPort();
    // Auth.js and next rewrite loopback hosts to localhost; the IdP must expect the same.
    const appUrl = `http://localhost:${appPort}`;
    const oidcClientSecret = randomBytes(24).toString('hex');

    const mail = await startMailCatcher({ port: await nextPort(), directory: mailDir });
    stops.push(mail.stop);
    const idp = await startIdentityProvider({
      port: await nextPort(),
      clientId: oidcClientId,
      clientSecret: oidcClientSecret,
      redirectUri: `${appUrl}/api/auth/callback/oidc`,
      users: Object.values(testIdentities),
    });
    stops.push(idp.stop);
    const livekit = await startLivekit({
      port: await nextPort(),
      udpPortStart: 53000,
      udpPortEnd: 53019,
      apiKey: livekitKey,
      apiSecret: livekitSecret,
      // Presence (joined, left) reaches the app as signed webhooks.
      webhookUrl: `${appUrl}/api/v1/video/webhook`,
    });
    stops.push(livekit.stop);
    const appEnv = {
      APP_MODE: 'demo',
      APP_URL: appUrl,
      DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
      LIVEKIT_URL: livekit.url,
      LIVEKIT_API_KEY: livekitKey,
      LIVEKIT_API_SECRET: livekitSecret,
      // Browser and API tests send many writes from one address within a minute.
      RATE_LIMIT_WRITES_PER_MINUTE: '100000',
      SMTP_URL: mail.smtpUrl,
      MAIL_FROM: 'Beratungsportal Test <no-reply@beratungsportal.test>',
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: oidcClientId,
      OIDC_CLIENT_SECRET: oidcClientSecret,
      OIDC_NAME: 'Dienstanmeldung (Test)',
      OIDC_REQUIRE_MFA: 'true',
      // Any change within a week is "short notice", so specs can see counsellor notices.
      NOTIFY_STAFF_NOTICE_HOURS: '168',
    };
    const app = await startAppServer({
      port: appPort,
      env: appEnv,
      logFile: path.join(dir, 'server.log'),
    });
    stops.push(app.stop);
    // The notification worker, started after the app has migrated the database.
    const worker = await startWorkerProcess({
      env: { ...appEnv, NOTIFY_POLL_MS: '200' },
      logFile: path.join(dir, 'worker.log'),
    });
    stops.push(worker.stop);
    process.env.E2E_BASE_URL = app.baseUrl;
    process.env.E2E_DATABASE_FILE = path.join(dir, 'e2e.db');
    process.env.E2E_MAIL_DIR = mailDir;
    process.env.E2E_IDP_URL = idp.issuer;
    // Video specs ask the LiveKit server itself what a participant may do.
    process.env.E2E_LIVEKIT_URL = livekit.url;
    process.env.E2E_LIVEKIT_KEY = livekitKey;
    process.env.E2E_LIVEKIT_SECRET = livekitSecret;
  } catch (error) {
    await stopAll();
    throw error;
  }
  return stopAll;
}
