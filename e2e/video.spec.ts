import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import video from '../lib/i18n/messages/video/de.json';
import { expectNoAxeViolations } from './support/axe';
import { chromiumLaunchOptions } from './support/chromium';
import { queryE2eDatabase } from './support/database';
import { saveScreenshot, viewports } from './support/screenshots';
import { createSessionFor } from './support/sign-in';
import { createVideoBooking, findParticipant, type VideoBookingFixture } from './support/video';

const t = video.VideoRoom;
const baseURL = process.env.E2E_BASE_URL!;

// Two real Chromium instances (fake camera and microphone) and the real LiveKit server.
test.describe.configure({ mode: 'serial' });
test.setTimeout(90_000);

let browsers: Browser[] = [];
test.afterEach(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  browsers = [];
});

async function openAs(who: 'client' | 'counsellor', booking: VideoBookingFixture): Promise<Page> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  browsers.push(browser);
  const context = await browser.newContext({
    baseURL,
    viewport: viewports.phone,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    permissions: ['camera', 'microphone'],
  });
  if (who === 'counsellor') {
    const { sessionToken } = createSessionFor(booking.counsellorEmail);
    await context.addCookies([
      { name: 'authjs.session-token', value: sessionToken, url: baseURL, httpOnly: true },
    ]);
  }
  const page = await context.newPage();
  const query = who === 'client' ? `?token=${booking.manageToken}` : '';
  await page.goto(`/de/termin/${booking.id}/video${query}`);
  return page;
}

async function confirmPrivacy(page: Page) {
  await expect(page.getByRole('heading', { name: video.VideoPage.privacyTitle })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(video.VideoPage.consentLabel).check();
  await page.getByRole('button', { name: video.VideoPage.consentSubmit }).click();
}

/** The other party's camera really plays: it has a size and its time advances. */
async function expectRemoteVideoPlaying(page: Page) {
  const remote = page.locator(
    'video.lk-participant-media-video[data-lk-local-participant="false"][data-lk-source="camera"]',
  );
  await expect(remote).toHaveCount(1, { timeout: 20_000 });
  await expect
    .poll(() => remote.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 20_000 })
    .toBeGreaterThan(0);
  const first = await remote.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect
    .poll(() => remote.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(first);
}

function eventTypes(bookingId: string) {
  return queryE2eDatabase<{ type: string }>(
    "select type from booking_events where booking_id = ? and type like 'video_%' order by id",
    bookingId,
  ).map((e) => e.type);
}

test('client waits, is admitted, both see each other encrypted, and the counsellor ends it', async () => {
  const booking = createVideoBooking();
  const client = await openAs('client', booking);
  await confirmPrivacy(client);
  await expect(client.getByRole('heading', { name: t.waitingTitle })).toBeVisible({
    timeout: 20_000,
  });
  await expect(client.getByText(t.waitingText)).toBeVisible();
  await expectNoAxeViolations(client);
  await saveScreenshot(client, 'video-waiting-room');

  // Checked on the server, not in the UI: the waiting client may not publish anything.
  const waiting = await findParticipant(`client:${booking.id}`);
  expect(waiting?.participant.permission?.canPublish).toBe(false);
  expect(waiting?.participant.permission?.canSubscribe).toBe(false);
  expect(waiting?.participant.tracks).toEqual([]);

  // The counsellor's workspace shows the client waiting and leads into the room.
  const counsellor = await openAs('counsellor', booking);
  await counsellor.goto('/de/arbeitsbereich');
  await expect(counsellor.locator('[data-presence="waiting"]')).toHaveText(t.presence.waiting, {
    timeout: 15_000,
  });
  await counsellor.getByRole('link', { name: /^Videoraum für den Termin am/ }).click();
  const admit = counsellor.getByRole('button', {
    name: t.admit.replace('{name}', booking.clientName),
  });
  await expect(admit).toBeVisible({ timeout: 20_000 });
  await expectNoAxeViolations(counsellor);
  await admit.click();

  await expect(client.getByRole('heading', { name: t.waitingTitle })).toHaveCount(0, {
    timeout: 20_000,
  });
  await expectRemoteVideoPlaying(client);
  await expectRemoteVideoPlaying(counsellor);
  for (const page of [client, counsellor]) {
    await expect(page.locator('[data-encrypted="true"]')).toHaveText(new RegExp(t.encrypted));
  }
  await expect(counsellor.locator('[data-presence="in_session"]')).toBeVisible({
    timeout: 15_000,
  });
  await expectNoAxeViolations(client);
  await saveScreenshot(client, 'video-session-client');
  await saveScreenshot(counsellor, 'video-session-counsellor');
  const admitted = await findParticipant(`client:${booking.id}`);
  expect(admitted?.participant.permission?.canPublish).toBe(true);

  await counsellor.getByRole('button', { name: t.endForAll }).click();
  for (const page of [client, counsellor]) {
    await expect(page.locator('[data-video-phase="ended"]')).toContainText(t.endedTitle, {
      timeout: 15_000,
    });
  }
  expect(eventTypes(booking.id)).toEqual(
    expect.arrayContaining(['video_consent', 'video_admitted', 'video_ended']),
  );
  const again = await client.request.post(`/api/v1/video/${booking.id}/token`, {
    headers: { Authorization: `Bearer ${booking.manageToken}` },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).reason).toBe('video_ended');
});

test('a dropped client is offered the phone on return; the counsellor gets the number', async () => {
  const booking = createVideoBooking();
  let client = await openAs('client', booking);
  await confirmPrivacy(client);
  const counsellor = await openAs('counsellor', booking);
  await counsellor
    .getByRole('button', { name: t.admit.replace('{name}', booking.clientName) })
    .click({ timeout: 20_000 });
  await expectRemoteVideoPlaying(client);

  // The client's connection is cut: its browser is gone.
  await client.context().browser()!.close();
  await expect(counsellor.locator('[data-presence="left"]')).toBeVisible({ timeout: 30_000 });

  client = await openAs('client', booking);
  const fallback = client.locator('[data-fallback="prompted"]');
  await expect(fallback).toBeVisible({ timeout: 20_000 });
  await fallback.getByRole('button', { name: t.fallbackButton }).click();
  await expect(client.locator('[data-fallback="done"]')).toContainText(booking.clientPhone);

  const call = counsellor.getByRole('link', {
    name: t.call.replace('{phone}', booking.clientPhone),
  });
  await expect(call).toBeVisible({ timeout: 15_000 });
  await expect(call).toHaveAttribute('href', `tel:${booking.clientPhone}`);
  const switched = queryE2eDatabase<{ data: string }>(
    "select data from booking_events where booking_id = ? and type = 'video_fallback_to_phone'",
    booking.id,
  );
  expect(JSON.parse(switched[0]!.data)).toMatchObject({ from: 'video', to: 'phone' });
});

test('tokens are refused for other bookings, outside the window, when cancelled, and anonymously', async ({
  request,
}) => {
  const booking = createVideoBooking();
  const other = createVideoBooking();
  const early = createVideoBooking({ startsInMinutes: 120 });
  const cancelled = createVideoBooking({ status: 'cancelled' });
  const tokenFor = (id: string, manageToken?: string) =>
    request.post(`/api/v1/video/${id}/token`, {
      headers: manageToken ? { Authorization: `Bearer ${manageToken}` } : {},
    });
  const consent = (b: VideoBookingFixture) =>
    request.post(`/api/v1/video/${b.id}/consent`, {
      headers: { Authorization: `Bearer ${b.manageToken}` },
    });
  for (const b of [booking, early, cancelled]) expect((await consent(b)).status()).toBe(200);

  expect((await tokenFor(booking.id)).status()).toBe(404);
  expect((await tokenFor(other.id, booking.manageToken)).status()).toBe(404);
  const tooEarly = await tokenFor(early.id, early.manageToken);
  expect(tooEarly.status()).toBe(409);
  expect(await tooEarly.json()).toMatchObject({ reason: 'video_not_open_yet' });
  const gone = await tokenFor(cancelled.id, cancelled.manageToken);
  expect(gone.status()).toBe(409);
  expect((await gone.json()).reason).toBe('booking_not_active');
  const withoutConsent = await tokenFor(other.id, other.manageToken);
  expect((await withoutConsent.json()).reason).toBe('video_consent_required');
  const ok = await tokenFor(booking.id, booking.manageToken);
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ role: 'client', isAdmitted: false });
  // Only the counsellor admits.
  const selfAdmit = await request.post(`/api/v1/video/${booking.id}/admit`, {
    headers: { Authorization: `Bearer ${booking.manageToken}` },
  });
  expect(selfAdmit.status()).toBe(403);
});
