import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import videoDe from '../lib/i18n/messages/video/de.json';
import de from '../lib/i18n/messages/workspace/de.json';
import en from '../lib/i18n/messages/workspace/en.json';
import {
  addDaysToLocalDate,
  localDateOf,
  startOfLocalDay,
  zonedWallTimeToUtc,
} from '../lib/calendar/local-date';
import { expectNoAxeViolations } from './support/axe';
import { chromiumLaunchOptions } from './support/chromium';
import { queryE2eDatabase } from './support/database';
import { e2eMailDirectory, waitForMail } from './support/mail-catcher';
import { saveScreenshot, viewports } from './support/screenshots';
import { createSessionFor, demoEmails, signInAs } from './support/sign-in';
import { createVideoBooking } from './support/video';
import {
  createAppointment,
  createCounsellor,
  minutesFromNow,
  signInAsCounsellor,
} from './support/workspace';

const zone = 'Europe/Berlin';
const tablet = { width: 820, height: 1180 };
const baseURL = process.env.E2E_BASE_URL!;

function today() {
  return localDateOf(new Date(), zone);
}

/** Tomorrow at a wall-clock time in Berlin. */
function tomorrowAt(time: string): Date {
  return zonedWallTimeToUtc(addDaysToLocalDate(today(), 1), time, zone)!;
}

const card = (page: Page, id: string) => page.locator(`#termin-${id}`);

function bookingRow(id: string) {
  return queryE2eDatabase<{ status: string; client_id: string; counsellor_id: string }>(
    'select status, client_id, counsellor_id from bookings where id = ?',
    id,
  )[0]!;
}

function lastEvent(id: string) {
  const [event] = queryE2eDatabase<{ type: string; actor_type: string; data: string }>(
    'select type, actor_type, data from booking_events where booking_id = ? order by id desc limit 1',
    id,
  );
  return { ...event!, data: JSON.parse(event!.data) as Record<string, unknown> };
}

/** What the agenda must list for the demo counsellor: from the database, as it is now. */
function expectedAgendaIds(): string[] {
  const day = today();
  const from = startOfLocalDay(day, zone).toISOString();
  const to = startOfLocalDay(addDaysToLocalDate(day, 8), zone).toISOString();
  const back = startOfLocalDay(addDaysToLocalDate(day, -14), zone).toISOString();
  const rows = queryE2eDatabase<{ id: string }>(
    `select b.id from bookings b join staff s on s.id = b.counsellor_id
     where s.email = ? and (
       (b.status in ('confirmed', 'completed', 'no_show') and b.starts_at >= ? and b.starts_at < ?)
       or (b.status = 'confirmed' and b.starts_at >= ? and b.starts_at < ? and b.ends_at <= ?))`,
    demoEmails.counsellor,
    from,
    to,
    back,
    from,
    new Date().toISOString(),
  );
  return rows.map((r) => r.id).sort();
}

test('the demo counsellor sees the seeded day and week across all channels', async ({ page }) => {
  await signInAs(page, 'counsellor');
  await page.setViewportSize(viewports.phone);
  // Other specs may book with the demo counsellor meanwhile: compare until both agree.
  await expect(async () => {
    await page.goto('/de/arbeitsbereich');
    const shown = await page
      .locator('[data-appointment]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-appointment') ?? ''));
    expect(shown.sort()).toEqual(expectedAgendaIds());
  }).toPass({ timeout: 20_000 });
  expect(await page.locator('[data-appointment]').count()).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Guten Tag');
  await expect(page.getByRole('heading', { name: de.WorkspaceAgenda.nextTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Heute, / })).toBeVisible();
  await expect(page.getByRole('heading', { name: de.WorkspaceAgenda.weekTitle })).toBeVisible();
  // Seven days follow today, each with its appointments or a clear "none".
  await expect(page.locator('h3')).toHaveCount(7);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-agenda-phone');
  await page.setViewportSize(tablet);
  await saveScreenshot(page, 'workspace-agenda-tablet');
  await page.setViewportSize(viewports.desktop);
  await saveScreenshot(page, 'workspace-agenda-desktop');
});

test('an empty calendar says so clearly', async ({ page }) => {
  const counsellor = createCounsellor();
  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize(viewports.phone);
  await page.goto('/de/arbeitsbereich');
  await expect(page.getByText(de.WorkspaceAgenda.nextNone)).toBeVisible();
  await expect(page.getByText(de.WorkspaceAgenda.todayEmpty)).toBeVisible();
  await expect(page.getByText(de.WorkspaceAgenda.weekEmpty)).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-agenda-empty-phone');
  await page.goto('/en/arbeitsbereich');
  await expect(page.getByRole('heading', { name: en.WorkspaceAgenda.nextTitle })).toBeVisible();
  await expect(page.getByText(en.WorkspaceAgenda.weekEmpty)).toBeVisible();
});

test.describe('with a client in the video waiting room', () => {
  test.setTimeout(90_000);
  let browsers: Browser[] = [];
  test.afterEach(async () => {
    await Promise.all(browsers.map((b) => b.close()));
    browsers = [];
  });

  async function newPage(options: { media?: boolean } = {}) {
    const browser = await chromium.launch(chromiumLaunchOptions);
    browsers.push(browser);
    const context = await browser.newContext({
      baseURL,
      viewport: viewports.phone,
      locale: 'de-DE',
      timezoneId: zone,
      permissions: options.media ? ['camera', 'microphone'] : [],
    });
    return context.newPage();
  }

  test('the counsellor admits the client from the agenda', async () => {
    const booking = createVideoBooking({ startsInMinutes: 5 });
    const client = await newPage({ media: true });
    await client.goto(`/de/termin/${booking.id}/video?token=${booking.manageToken}`);
    await client.getByLabel(videoDe.VideoPage.consentLabel).check();
    await client.getByRole('button', { name: videoDe.VideoPage.consentSubmit }).click();
    await expect(client.getByRole('heading', { name: videoDe.VideoRoom.waitingTitle })).toBeVisible(
      {
        timeout: 20_000,
      },
    );

    const counsellor = await newPage({ media: true });
    const { sessionToken } = createSessionFor(booking.counsellorEmail);
    await counsellor
      .context()
      .addCookies([{ name: 'authjs.session-token', value: sessionToken, url: baseURL }]);
    // The next appointment leads the agenda, with the waiting room's state.
    await expect(async () => {
      await counsellor.goto('/de/arbeitsbereich');
      await expect(card(counsellor, booking.id).locator('[data-presence="waiting"]')).toHaveText(
        videoDe.VideoRoom.presence.waiting,
        { timeout: 1_000 },
      );
    }).toPass({ timeout: 20_000 });
    const next = counsellor.getByRole('region', { name: de.WorkspaceAgenda.nextTitle });
    await expect(next.locator(`#termin-${booking.id}`)).toContainText(booking.clientName);
    await expectNoAxeViolations(counsellor);
    await saveScreenshot(counsellor, 'workspace-agenda-video-waiting');
    await next.getByRole('link', { name: /^Videoraum für den Termin am/ }).click();
    await counsellor
      .getByRole('button', {
        name: videoDe.VideoRoom.admit.replace('{name}', booking.clientName),
      })
      .click({ timeout: 20_000 });
    await expect(client.getByRole('heading', { name: videoDe.VideoRoom.waitingTitle })).toHaveCount(
      0,
      { timeout: 20_000 },
    );
    const admitted = queryE2eDatabase<{ type: string }>(
      "select type from booking_events where booking_id = ? and type = 'video_admitted'",
      booking.id,
    );
    expect(admitted).toHaveLength(1);
  });
});

test('outcomes: held, no-show, not reached by phone, and the video no-show proposal', async ({
  page,
}) => {
  const counsellor = createCounsellor();
  const held = createAppointment(counsellor, { startsAt: minutesFromNow(-300) });
  const missed = createAppointment(counsellor, { startsAt: minutesFromNow(-240) });
  const call = createAppointment(counsellor, { startsAt: minutesFromNow(-180), channel: 'phone' });
  // The video room closed 30 minutes after the end, and the client never came.
  const video = createAppointment(counsellor, { startsAt: minutesFromNow(-120), channel: 'video' });
  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize(viewports.phone);
  await page.goto('/de/arbeitsbereich');
  for (const item of [held, missed, call, video])
    await expect(card(page, item.id)).toContainText(de.WorkspaceItem.needsOutcome);
  await expect(card(page, call.id).getByRole('link', { name: /^Anrufen: / })).toHaveAttribute(
    'href',
    'tel:+4952311234567',
  );
  await expect(card(page, video.id)).toContainText(de.WorkspaceItem.proposal);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-outcomes-open');

  // Each outcome is saved, announced, and the card says so (the page reloads after each).
  const record = async (
    id: string,
    button: RegExp,
    outcome: keyof typeof de.WorkspaceItem.outcome,
  ) => {
    await card(page, id).getByRole('button', { name: button }).click();
    await expect(
      card(page, id).getByRole('listitem').filter({ hasText: de.WorkspaceItem.outcome[outcome] }),
    ).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: de.WorkspaceAppointment.done[outcome] }),
    ).toBeVisible();
  };
  await record(held.id, /^Hat stattgefunden/, 'held');
  expect(bookingRow(held.id).status).toBe('completed');
  expect(lastEvent(held.id)).toMatchObject({ type: 'completed', actor_type: 'staff' });
  await record(missed.id, /^Nicht erschienen/, 'no_show');
  expect(bookingRow(missed.id).status).toBe('no_show');
  await record(call.id, /^Nicht erreicht/, 'not_reached');
  expect(lastEvent(call.id).data).toEqual({ outcome: 'not_reached' });
  await record(video.id, /^Bestätigen: nicht erschienen/, 'no_show');
  expect(lastEvent(video.id).data).toEqual({ outcome: 'no_show', basis: 'video_presence' });
  await expect(card(page, held.id)).toContainText(de.WorkspaceItem.outcome.held);
  await expect(card(page, call.id)).toContainText(de.WorkspaceItem.outcome.not_reached);
  await saveScreenshot(page, 'workspace-outcomes-recorded');
});

test('a follow-up for the same client, confirmed to them with a manage link', async ({ page }) => {
  const counsellor = createCounsellor();
  const source = createAppointment(counsellor, {
    startsAt: minutesFromNow(-90),
    status: 'completed',
  });
  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize(viewports.phone);
  await page.goto(`/de/arbeitsbereich/termine/${source.id}`);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: de.WorkspaceAgenda.followUp }).click();
  await expect(
    page.getByRole('heading', { name: `Folgetermin für ${source.clientName}` }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Telefon' }).click();
  await expect(page.getByRole('link', { name: 'Telefon' })).toHaveAttribute('aria-current', 'true');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-follow-up');
  const firstTime = page.getByRole('radio').first();
  const start = await firstTime.getAttribute('value');
  await firstTime.check();
  await page.getByRole('button', { name: de.WorkspaceFollowUp.submit }).click();
  await expect(page.getByText(de.WorkspaceAppointment.done.followUp)).toBeVisible();

  const newId = new URL(page.url()).pathname.split('/').at(-1)!;
  const created = bookingRow(newId);
  expect(created).toMatchObject({
    status: 'confirmed',
    counsellor_id: counsellor.id,
    client_id: bookingRow(source.id).client_id,
  });
  const starts = queryE2eDatabase<{ starts_at: string; channel: string }>(
    'select starts_at, channel from bookings where id = ?',
    newId,
  )[0]!;
  expect(Date.parse(starts.starts_at)).toBe(Date.parse(start!));
  expect(starts.channel).toBe('phone');
  expect(lastEvent(newId)).toMatchObject({
    type: 'booked_by_staff',
    actor_type: 'staff',
    data: { followUpOf: source.id },
  });
  const mail = await waitForMail({
    directory: e2eMailDirectory(),
    to: source.clientEmail,
    subjectIncludes: 'Termin bestätigt',
    timeoutMs: 20_000,
  });
  expect(mail.text).toMatch(new RegExp(`/de/termin/${newId}\\?token=`));
});

test('an absence that conflicts with a booking hands it to the team lead', async ({ page }) => {
  const counsellor = createCounsellor();
  const appointment = createAppointment(counsellor, { startsAt: tomorrowAt('10:00') });
  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize(viewports.phone);
  await page.goto('/de/arbeitsbereich/verfuegbarkeit');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-availability');
  const tomorrow = addDaysToLocalDate(today(), 1);
  await page.getByLabel(de.WorkspaceAvailability.startDate).fill(tomorrow);
  await page.getByLabel(de.WorkspaceAvailability.endDate).fill(tomorrow);
  await page.getByLabel(de.WorkspaceAvailability.reason).selectOption('sick');
  await page.getByRole('button', { name: de.WorkspaceAvailability.addAbsence }).click();

  await expect(page.getByRole('heading', { name: de.WorkspaceCheck.title })).toBeVisible();
  await expect(page.locator(`[data-conflict="${appointment.id}"]`)).toContainText(
    appointment.clientName,
  );
  // Nothing is saved before the counsellor confirms.
  const absences = () =>
    queryE2eDatabase('select id from absences where staff_id = ?', counsellor.id);
  expect(absences()).toHaveLength(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-availability-check');
  await page.getByRole('button', { name: de.WorkspaceCheck.confirm }).click();

  await expect(
    page.getByText('Gespeichert. Ein Termin wurde an Ihre Teamleitung übergeben.'),
  ).toBeVisible();
  await expect(page.locator(`[data-handed-over="${appointment.id}"]`)).toContainText(
    appointment.clientName,
  );
  expect(absences()).toHaveLength(1);
  const handovers = queryE2eDatabase<{ from_staff_id: string; cause: string }>(
    'select from_staff_id, cause from booking_handovers where booking_id = ? and resolved_at is null',
    appointment.id,
  );
  expect(handovers).toEqual([{ from_staff_id: counsellor.id, cause: 'absence' }]);
  // Kept, not dropped: still confirmed, and marked in the agenda.
  expect(bookingRow(appointment.id).status).toBe('confirmed');
  await page.goto('/de/arbeitsbereich');
  await expect(card(page, appointment.id)).toContainText(de.WorkspaceItem.handedOver);
});

test('weekly working hours: add a block with channels and a validity period', async ({ page }) => {
  const counsellor = createCounsellor();
  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize(viewports.phone);
  await page.goto('/de/arbeitsbereich/verfuegbarkeit');
  await page.getByLabel(de.WorkspaceAvailability.weekday).selectOption('6');
  await page.getByLabel(de.WorkspaceAvailability.startTime, { exact: true }).fill('20:00');
  await page.getByLabel(de.WorkspaceAvailability.endTime, { exact: true }).fill('21:30');
  await page.getByRole('checkbox', { name: 'Video' }).check();
  await page.getByLabel(de.WorkspaceAvailability.blockValidTo).fill('2099-12-31');
  await page.getByLabel(de.WorkspaceAvailability.room).fill('Raum 3.01');
  await page.getByRole('button', { name: de.WorkspaceAvailability.addBlock }).click();
  await expect(page.getByText(de.WorkspaceAvailability.done.saved)).toBeVisible();
  const blocks = queryE2eDatabase<{ start_time: string; valid_to: string; room: string }>(
    "select start_time, valid_to, room from availability_rules where staff_id = ? and start_time = '20:00'",
    counsellor.id,
  );
  expect(blocks).toEqual([{ start_time: '20:00', valid_to: '2099-12-31', room: 'Raum 3.01' }]);
  await expect(page.getByText(/Raum 3\.01/)).toBeVisible();
  // Overlapping hours are refused with the reason at the field.
  await page.getByLabel(de.WorkspaceAvailability.weekday).selectOption('6');
  await page.getByLabel(de.WorkspaceAvailability.startTime, { exact: true }).fill('19:00');
  await page.getByLabel(de.WorkspaceAvailability.endTime, { exact: true }).fill('20:30');
  await page.getByRole('checkbox', { name: 'Video' }).check();
  await page.getByRole('button', { name: de.WorkspaceAvailability.addBlock }).click();
  await expect(
    page.getByRole('alert', { name: de.WorkspaceAvailability.errorTitle }),
  ).toContainText(de.WorkspaceErrors.reasons.block_overlaps);
  await expectNoAxeViolations(page);
});

test('cancel with a reason, and a private note', async ({ page }) => {
  const counsellor = createCounsellor();
  const appointment = createAppointment(counsellor, { startsAt: minutesFromNow(2 * 24 * 60) });
  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize(viewports.phone);
  await page.goto(`/de/arbeitsbereich/termine/${appointment.id}`);
  await page
    .getByRole('textbox', { name: de.WorkspaceAppointment.noteLabel })
    .fill('Lebenslauf mitbringen lassen');
  await page.getByRole('button', { name: de.WorkspaceAppointment.noteSubmit }).click();
  await expect(page.getByText(de.WorkspaceAppointment.done.note)).toBeVisible();
  await expect(page.getByRole('textbox', { name: de.WorkspaceAppointment.noteLabel })).toHaveValue(
    'Lebenslauf mitbringen lassen',
  );
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-appointment');

  // Without a reason, nothing happens but an error at the field.
  await page.getByRole('button', { name: de.WorkspaceAppointment.cancelSubmit }).click();
  await expect(page.getByRole('alert', { name: de.WorkspaceAppointment.errorTitle })).toContainText(
    de.WorkspaceErrors.fields.reason,
  );
  await page
    .getByRole('textbox', { name: de.WorkspaceAppointment.cancelReason })
    .fill('Erkrankung');
  await page.getByRole('button', { name: de.WorkspaceAppointment.cancelSubmit }).click();
  await expect(page.getByText(de.WorkspaceAppointment.done.cancelled)).toBeVisible();
  expect(bookingRow(appointment.id).status).toBe('cancelled');
  expect(lastEvent(appointment.id)).toMatchObject({
    type: 'cancelled',
    actor_type: 'staff',
    data: { reason: 'Erkrankung' },
  });
  const jobs = queryE2eDatabase<{ kind: string }>(
    'select kind from jobs where booking_id = ?',
    appointment.id,
  );
  expect(jobs.map((j) => j.kind)).toContain('booking_cancellation');
});

test('another counsellor’s appointment does not exist for me', async ({ page }) => {
  const mine = createCounsellor();
  const other = createCounsellor();
  const theirs = createAppointment(other, { startsAt: minutesFromNow(24 * 60) });
  await signInAsCounsellor(page, mine);
  const response = await page.goto(`/de/arbeitsbereich/termine/${theirs.id}`);
  expect(response?.status()).toBe(404);
  // Nor do their working hours, even in a hand-made URL of the check page.
  const check = await page.goto(
    `/de/arbeitsbereich/verfuegbarkeit/pruefen?art=arbeitszeit&block=${other.id}-1&validTo=2099-01-01`,
  );
  expect(check?.status()).toBe(404);
});
