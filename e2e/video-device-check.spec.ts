import { chromium, expect, test, type Page } from '@playwright/test';
import core from '../lib/i18n/messages/de.json';
import video from '../lib/i18n/messages/video/de.json';
import videoEn from '../lib/i18n/messages/video/en.json';
import { expectNoAxeViolations } from './support/axe';
import { chromiumLaunchOptions } from './support/chromium';
import { saveScreenshot, viewports } from './support/screenshots';

const t = video.DeviceCheck;
const path = '/de/video/geraetetest';

/** Counts getUserMedia calls and keeps every track it hands out, to see them stopped. */
function recordMediaRequests(page: Page) {
  return page.addInitScript(() => {
    const media = navigator.mediaDevices;
    const original = media.getUserMedia.bind(media);
    const seen = window as unknown as { __mediaRequests: number; __tracks: MediaStreamTrack[] };
    seen.__mediaRequests = 0;
    seen.__tracks = [];
    media.getUserMedia = async (constraints) => {
      seen.__mediaRequests += 1;
      const stream = await original(constraints);
      seen.__tracks.push(...stream.getTracks());
      return stream;
    };
  });
}

const mediaRequests = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mediaRequests: number }).__mediaRequests);
const liveTracks = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.filter(
        (track) => track.readyState === 'live',
      ).length,
  );

test('camera, microphone, speakers and connection can be checked on a phone without a booking', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({
    viewport: viewports.phone,
    permissions: ['camera', 'microphone'],
  });
  const page = await context.newPage();
  await recordMediaRequests(page);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(t.metaTitle));
  await expectNoAxeViolations(page);
  // Nothing is asked of the browser before the visitor starts the test.
  expect(await mediaRequests(page)).toBe(0);
  await expect(page.getByLabel(t.cameraPreview)).toHaveCount(0);

  const startButton = page.getByRole('button', { name: t.start });
  await startButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: t.running })).toBeVisible();
  // The same button now ends the test, and keeps the keyboard focus.
  await expect(page.getByRole('button', { name: t.stop })).toBeFocused();

  const preview = page.getByLabel(t.cameraPreview);
  await expect
    .poll(() => preview.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 15_000 })
    .toBeGreaterThan(0);
  const shown = await preview.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect
    .poll(() => preview.evaluate((v: HTMLVideoElement) => v.currentTime))
    .toBeGreaterThan(shown);

  // Chromium's fake microphone beeps: the meter must move.
  const meter = page.getByRole('meter', { name: t.microphoneLevel });
  await expect
    .poll(async () => Number(await meter.getAttribute('aria-valuenow')), { timeout: 15_000 })
    .toBeGreaterThan(0);

  const cameras = page.getByLabel(t.cameraSelect);
  const microphones = page.getByLabel(t.microphoneSelect);
  await expect(cameras.locator('option')).not.toHaveCount(0);
  await expect(microphones.locator('option')).not.toHaveCount(0);
  await expect(cameras.locator('option').first()).toHaveText(/fake/i);
  // Another microphone: the choice sticks and the meter goes on.
  const secondMicrophone = await microphones.locator('option').nth(1).getAttribute('value');
  await microphones.selectOption(secondMicrophone!);
  await expect(microphones).toHaveValue(secondMicrophone!);
  await expect(meter).toBeVisible();
  expect(await liveTracks(page)).toBe(2);

  await page.getByRole('button', { name: t.playTone }).click();
  await expect(page.getByText(t.tonePlaying)).toBeVisible();
  await expect(page.getByText(t.tonePlaying)).toBeHidden({ timeout: 10_000 });
  await expect(page.getByText(t.toneFailed)).toHaveCount(0);

  await page.getByRole('button', { name: t.testConnection }).click();
  await expect(page.getByText(t.connectionOk)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(t.allGood)).toBeVisible();

  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'video-device-check');

  // Ending the test releases camera and microphone.
  await page.getByRole('button', { name: t.stop }).click();
  expect(await liveTracks(page)).toBe(0);
  await expect(preview).toHaveCount(0);
  await context.close();
});

test('leaving the page releases camera and microphone', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  await recordMediaRequests(page);
  await page.goto(path);
  await page.getByRole('button', { name: t.start }).click();
  await expect(page.getByRole('meter', { name: t.microphoneLevel })).toBeVisible();
  expect(await liveTracks(page)).toBe(2);
  // A client-side navigation: the same document, so the tracks can still be inspected.
  await page.getByRole('link', { name: core.Shell.footer.imprint }).click();
  await expect(page).toHaveURL(/\/de\/impressum$/);
  await expect.poll(() => liveTracks(page)).toBe(0);
  await context.close();
});

test('a blocked camera and microphone get plain help for this browser', async () => {
  // The suite's Chromium accepts every prompt (fake UI); without that flag and with no
  // permission granted, Chromium refuses getUserMedia like a visitor who blocked it.
  const args = chromiumLaunchOptions.args!.filter((a) => a !== '--use-fake-ui-for-media-stream');
  expect(args).not.toEqual(chromiumLaunchOptions.args);
  const browser = await chromium.launch({ ...chromiumLaunchOptions, args });
  try {
    const context = await browser.newContext({
      baseURL: process.env.E2E_BASE_URL,
      viewport: viewports.phone,
      locale: 'de-DE',
      permissions: [],
    });
    const page = await context.newPage();
    await page.goto(path);
    await page.getByRole('button', { name: t.start }).click();
    const alert = page.getByRole('alert').filter({ hasText: t.blockedTitle });
    await expect(alert.getByRole('heading', { name: t.blockedTitle })).toBeVisible();
    await expect(alert).toContainText(t.blocked.chrome);
    await alert.getByText(t.otherBrowsers).click();
    await expect(alert).toContainText(t.blocked.firefox);
    await expect(page.getByRole('button', { name: t.retry })).toBeVisible();
    // Speakers and connection can still be checked.
    await expect(page.getByRole('button', { name: t.playTone })).toBeVisible();
    await expect(page.getByRole('button', { name: t.testConnection })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'video-device-check-blocked');
  } finally {
    await browser.close();
  }
});

test('a video server that cannot be reached is reported in plain words', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  // LiveKit's signalling WebSocket is cut off, as a strict firewall would.
  await page.routeWebSocket(/\/rtc/, (socket) => socket.close());
  await page.goto(path);
  await page.getByRole('button', { name: t.start }).click();
  await page.getByRole('button', { name: t.testConnection }).click();
  await expect(page.getByText(t.connectionFailed)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(t.connectionOk)).toHaveCount(0);
  await expect(page.getByText(t.allGood)).toHaveCount(0);
  await context.close();
});

test('the page is in English under /en', async ({ page }) => {
  await page.goto('/en/video/geraetetest');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(videoEn.DeviceCheck.title);
  await expect(page.getByRole('button', { name: videoEn.DeviceCheck.start })).toBeVisible();
});

test('the connection check API hands out a short token for a throwaway room only', async ({
  request,
}) => {
  const response = await request.post('/api/v1/video/connection-check');
  expect(response.status()).toBe(200);
  const { url, token } = (await response.json()) as { url: string; token: string };
  expect(url).toMatch(/^wss?:\/\//);
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
    exp: number;
    nbf: number;
    video: Record<string, unknown>;
  };
  expect(claims.video.room).toMatch(/^check-/);
  expect(claims.video).toMatchObject({ roomJoin: true, canPublish: true, canSubscribe: true });
  expect(claims.video.roomAdmin ?? false).toBe(false);
  expect(claims.video.roomCreate ?? false).toBe(false);
  expect(claims.exp - claims.nbf).toBeLessThanOrEqual(120);

  const crossSite = await request.post('/api/v1/video/connection-check', {
    headers: { Origin: 'https://evil.example' },
  });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()['content-type']).toContain('application/problem+json');
});
