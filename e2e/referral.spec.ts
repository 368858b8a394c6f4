import { expect, test } from '@playwright/test';
import referralDe from '../lib/i18n/messages/referral/de.json';
import workspaceDe from '../lib/i18n/messages/workspace/de.json';
import { expectNoAxeViolations } from './support/axe';
import { queryE2eDatabase } from './support/database';
import { e2eMailDirectory, waitForMail } from './support/mail-catcher';
import { saveScreenshot, viewports } from './support/screenshots';
import { createSessionFor } from './support/sign-in';
import {
  createAppointment,
  createCounsellor,
  minutesFromNow,
  signInAsCounsellor,
} from './support/workspace';

const t = referralDe.WorkspaceReferral;

test.setTimeout(90_000);
/** A centre no other spec books at, so its first free video time is ours to take. */
const receivingOfficeId = 'bbe-muenster';
const receivingOfficeName = 'Beratungszentrum Beruf & Weiterbildung Münster';

test('a BBiE counsellor refers a client to a BBE centre, which confirms by mail', async ({
  page,
  browser,
}) => {
  const counsellor = createCounsellor();
  const held = createAppointment(counsellor, { startsAt: minutesFromNow(-90) });
  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto(`/de/arbeitsbereich/termine/${held.id}`);
  await page.getByRole('link', { name: t.panelLink, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(held.clientName);

  await page.getByLabel(t.office).selectOption(receivingOfficeId);
  await page.getByLabel(t.service).selectOption('bbe-career-development');
  await page.getByLabel(t.channel).selectOption('video');
  await page.getByRole('button', { name: t.showTimes }).click();
  await expect(page.getByRole('heading', { name: t.timesTitle })).toBeVisible();

  // Without a note and consent nothing is booked, and the form says why.
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByText(workspaceDe.WorkspaceErrors.fields.consent).first()).toBeVisible();
  await expect(
    page.getByText(workspaceDe.WorkspaceErrors.fields.referralNote).first(),
  ).toBeVisible();
  expect(queryE2eDatabase('select id from referrals where from_booking_id = ?', held.id)).toEqual(
    [],
  );

  await page.getByRole('radio').first().check();
  const note = 'Sucht Weiterbildung im Bereich Pflege, Bildungsscheck prüfen.';
  await page.getByLabel(t.noteLabel).fill(note);
  await page.getByLabel(t.consent).check();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'referral-form-tablet');
  const sentAfter = Date.now();
  await page.getByRole('button', { name: t.submit }).click();
  await expect(
    page.getByRole('status').filter({ hasText: workspaceDe.WorkspaceAppointment.done.referred }),
  ).toBeVisible();
  await expect(page.getByText(`Weitervermittelt an ${receivingOfficeName}.`)).toBeVisible();

  const [referral] = queryE2eDatabase<{
    to_booking_id: string;
    from_provider_id: string;
    to_provider_id: string;
    note: string;
  }>(
    'select to_booking_id, from_provider_id, to_provider_id, note from referrals where from_booking_id = ?',
    held.id,
  );
  expect(referral).toMatchObject({ from_provider_id: 'bbie', to_provider_id: 'bbe', note });
  const [target] = queryE2eDatabase<{ office_id: string; counsellor_id: string; email: string }>(
    `select b.office_id, b.counsellor_id, c.email from bookings b
     join clients c on c.id = b.client_id where b.id = ?`,
    referral!.to_booking_id,
  );
  expect(target).toMatchObject({ office_id: receivingOfficeId, email: held.clientEmail });
  const events = queryE2eDatabase<{ booking_id: string; type: string }>(
    `select booking_id, type from booking_events where booking_id in (?, ?) and type in ('referred', 'booked_by_staff')`,
    held.id,
    referral!.to_booking_id,
  );
  expect(events).toEqual(
    expect.arrayContaining([
      { booking_id: held.id, type: 'referred' },
      { booking_id: referral!.to_booking_id, type: 'booked_by_staff' },
    ]),
  );

  // The client's confirmation comes from the receiving centre, with its calendar file.
  const mail = await waitForMail({
    directory: e2eMailDirectory(),
    to: held.clientEmail,
    subjectIncludes: 'Termin bestätigt',
    after: sentAfter,
    timeoutMs: 20_000,
  });
  expect(mail.from?.value[0]).toMatchObject({ name: receivingOfficeName });
  expect(mail.replyTo?.value[0]?.address).toBe(`${receivingOfficeId}@beratungsportal.example`);
  expect(mail.text).toContain(`an ${receivingOfficeName} weitervermittelt`);
  expect(mail.text).toContain(`/de/termin/${referral!.to_booking_id}?token=`);
  expect(mail.text).not.toContain(note);
  expect(mail.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true);

  // The receiving counsellor sees the note on their appointment.
  const [receiver] = queryE2eDatabase<{ email: string }>(
    'select email from staff where id = ?',
    target!.counsellor_id,
  );
  const context = await browser.newContext({
    baseURL: process.env.E2E_BASE_URL,
    viewport: viewports.phone,
  });
  try {
    const { sessionToken, expires } = createSessionFor(receiver!.email);
    await context.addCookies([
      {
        name: 'authjs.session-token',
        value: sessionToken,
        url: process.env.E2E_BASE_URL!,
        httpOnly: true,
        sameSite: 'Lax',
        expires: Math.floor(expires / 1000),
      },
    ]);
    const other = await context.newPage();
    await other.goto(`/de/arbeitsbereich/termine/${referral!.to_booking_id}`);
    await expect(other.getByRole('heading', { name: t.receivedTitle })).toBeVisible();
    await expect(other.getByText(note)).toBeVisible();
    await expectNoAxeViolations(other);
    await saveScreenshot(other, 'referral-received-phone');
  } finally {
    await context.close();
  }
});
