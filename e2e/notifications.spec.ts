import { expect, test, type APIRequestContext } from '@playwright/test';
import type { ParsedMail } from 'mailparser';
import notifyDe from '../lib/i18n/messages/notify/de.json';
import { expectNoAxeViolations } from './support/axe';
import { bookViaApi, freeSlots, uniqueEmail } from './support/booking';
import { queryE2eDatabase, writeE2eDatabase } from './support/database';
import { parseInvite } from './support/ics';
import { e2eMailDirectory, listMails, recipientsOf, waitForMail } from './support/mail-catcher';
import { saveScreenshot } from './support/screenshots';
import { signInAs } from './support/sign-in';

/**
 * Notifications end to end: the app queues, the worker process sends through a real SMTP
 * server, and the invitations are read back with ical.js (not the generator).
 */
const office = { serviceId: 'bbie-orientation', channel: 'video', officeId: 'aa-duesseldorf' };
const mails = () => e2eMailDirectory();
const admin = notifyDe.Notify.admin;

function invitationOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  expect(part, 'the mail carries a text/calendar part').toBeDefined();
  return parseInvite(part!.content.toString('utf8'));
}

async function manage(
  request: APIRequestContext,
  booking: { id: string; manageUrl: string },
  action: 'reschedule' | 'channel' | 'cancel',
  data: Record<string, unknown>,
) {
  const token = new URL(booking.manageUrl).searchParams.get('token')!;
  const response = await request.post(`/api/v1/bookings/${booking.id}/${action}`, {
    data,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status(), await response.text()).toBe(200);
}

function counsellorEmailOf(bookingId: string) {
  return queryE2eDatabase<{ email: string }>(
    'select s.email from bookings b join staff s on s.id = b.counsellor_id where b.id = ?',
    bookingId,
  )[0]!.email;
}

test('a client gets confirmation, changes and cancellation, each updating one calendar event', async ({
  page,
  request,
}) => {
  const email = uniqueEmail('notify');
  const booking = await bookViaApi(request, { ...office, email });

  const confirmation = await waitForMail({
    directory: mails(),
    to: email,
    subjectIncludes: 'Termin bestätigt',
  });
  expect(confirmation.text).toContain('Guten Tag Erika Beispiel,');
  expect(confirmation.text).toContain(booking.manageUrl);
  const token = new URL(booking.manageUrl).searchParams.get('token')!;
  expect(confirmation.text).toContain(`/de/termin/${booking.id}/video?token=${token}`);
  expect(confirmation.text).toContain('/de/video/geraetetest');
  const first = invitationOf(confirmation);
  expect(first).toMatchObject({ method: 'REQUEST', sequence: 0, status: 'CONFIRMED' });
  expect(first.start.getTime()).toBe(Date.parse(booking.start));
  expect(first.startZone).toBe('Europe/Berlin');

  // The HTML part, as a mail program shows it: no WCAG A/AA violations.
  await page.setContent(String(confirmation.html));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    notifyDe.Notify.mail.heading.confirmation,
  );
  await expect(page.getByRole('link', { name: notifyDe.Notify.mail.video.join })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'mail-confirmation-de');

  // Another time: a change mail with the same UID, a higher SEQUENCE and the new time.
  const slots = await freeSlots(request, office);
  // A late slot (other specs running in parallel take the first ones), but within the
  // week that counts as short notice in the tests (NOTIFY_STAFF_NOTICE_HOURS=168).
  const withinWeek = slots.filter((s) => Date.parse(s.start) < Date.now() + 6 * 86_400_000);
  const other = withinWeek.at(-1)!;
  expect(other.start).not.toBe(booking.start);
  await manage(request, booking, 'reschedule', { start: other.start });
  const moved = await waitForMail({
    directory: mails(),
    to: email,
    subjectIncludes: 'Termin geändert',
  });
  expect(moved.text).toContain('Neue Zeit:');
  const second = invitationOf(moved);
  expect(second.uid).toBe(first.uid);
  expect(second.sequence).toBe(1);
  expect(second.start.getTime()).toBe(Date.parse(other.start));

  // Another channel: the phone content replaces the video links.
  const beforeChannel = Date.now();
  await manage(request, booking, 'channel', { channel: 'phone', phone: '0211 7654321' });
  const byPhone = await waitForMail({
    directory: mails(),
    to: email,
    subjectIncludes: 'Termin geändert',
    after: beforeChannel,
  });
  expect(byPhone.text).toContain('Neue Form des Gesprächs: Telefongespräch (bisher Videoberatung)');
  expect(byPhone.text).toContain('unter +492117654321 an');
  expect(byPhone.text).not.toContain('/video?token=');
  expect(invitationOf(byPhone)).toMatchObject({ uid: first.uid, sequence: 2 });

  // Cancelled: METHOD:CANCEL for the same event.
  await manage(request, booking, 'cancel', {});
  const cancelled = await waitForMail({
    directory: mails(),
    to: email,
    subjectIncludes: 'Termin abgesagt',
  });
  const last = invitationOf(cancelled);
  expect(last).toMatchObject({
    method: 'CANCEL',
    uid: first.uid,
    sequence: 3,
    status: 'CANCELLED',
  });
  expect(last.start.getTime()).toBe(Date.parse(other.start));

  // Within the (test) short-notice window, the counsellor hears of it, without client data.
  const notice = await waitForMail({
    directory: mails(),
    to: counsellorEmailOf(booking.id),
    subjectIncludes: 'Kurzfristige Absage',
  });
  expect(notice.text).not.toContain('Erika');
  expect(notice.text).not.toContain(email);
});

test('a client who booked in English gets English mails', async ({ page, request }) => {
  const email = uniqueEmail('notify-en');
  const [slot] = await freeSlots(request, { ...office, channel: 'presence' });
  const response = await request.post('/api/v1/bookings', {
    data: {
      ...office,
      channel: 'presence',
      start: slot!.start,
      client: { name: 'Erika Example', email },
      privacyConsent: true,
      locale: 'en',
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const mail = await waitForMail({
    directory: mails(),
    to: email,
    subjectIncludes: 'Appointment confirmed',
  });
  expect(mail.text).toContain('Hello Erika Example,');
  expect(mail.text).toContain('How to find us');
  expect(mail.text).toMatch(/Address: Agentur für Arbeit Düsseldorf, .+, \d{5} Düsseldorf/);
  expect(String(mail.html)).toContain('<html lang="en"');
  expect(invitationOf(mail).start.getTime()).toBe(Date.parse(slot!.start));
  await page.setContent(String(mail.html));
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'mail-confirmation-en');
});

test('a reminder reaches an active booking and never a cancelled one', async ({ request }) => {
  const active = await bookViaApi(request, { ...office, email: uniqueEmail('remind-a') });
  const droppedEmail = uniqueEmail('remind-b');
  const dropped = await bookViaApi(request, { ...office, email: droppedEmail, slotIndex: 1 });
  // Cancelled after its confirmation went out (before, the confirmation would be withdrawn).
  await waitForMail({ directory: mails(), to: droppedEmail, subjectIncludes: 'Termin bestätigt' });
  await manage(request, dropped, 'cancel', {});
  // Time passes: the first reminder of each booking is due now (a fixture the UI cannot make).
  writeE2eDatabase((db) => {
    const makeDue = db.prepare(
      `update jobs set run_at = ? where id in (select id from jobs where booking_id = ?
         and kind = 'booking_reminder' order by run_at limit 1)`,
    );
    for (const id of [active.id, dropped.id]) makeDue.run(new Date().toISOString(), id);
  });
  const emailOf = (id: string) =>
    queryE2eDatabase<{ email: string }>(
      'select c.email from bookings b join clients c on c.id = b.client_id where b.id = ?',
      id,
    )[0]!.email;
  const reminder = await waitForMail({
    directory: mails(),
    to: emailOf(active.id),
    subjectIncludes: 'Erinnerung',
  });
  expect(invitationOf(reminder).start.getTime()).toBe(Date.parse(active.start));

  const droppedJobs = queryE2eDatabase<{ status: string; outcome: string }>(
    `select status, outcome from jobs where booking_id = ? and kind = 'booking_reminder'`,
    dropped.id,
  );
  expect(droppedJobs.length).toBeGreaterThan(0);
  expect(droppedJobs.every((j) => j.status === 'cancelled')).toBe(true);
  const toDropped = (await listMails(mails())).filter((m) =>
    recipientsOf(m).includes(emailOf(dropped.id)),
  );
  expect(toDropped.map((m) => m.subject?.split(':')[0]).sort()).toEqual([
    'Termin abgesagt',
    'Termin bestätigt',
  ]);
});

test('an admin sees the queue and sends a failed message again', async ({ page, request }) => {
  const email = uniqueEmail('notify-retry');
  const booking = await bookViaApi(request, { ...office, email });
  const first = await waitForMail({
    directory: mails(),
    to: email,
    subjectIncludes: 'Termin bestätigt',
  });
  // The SMTP server refused it for good (a fixture: the catcher accepts everything).
  const [job] = queryE2eDatabase<{ id: number }>(
    `select id from jobs where booking_id = ? and kind = 'booking_confirmation'`,
    booking.id,
  );
  writeE2eDatabase((db) => {
    db.prepare(
      `update jobs set status = 'failed', outcome = 'gave_up', attempts = max_attempts,
         last_error = '550 5.1.1 Mailbox unavailable (simulated)' where id = ?`,
    ).run(job!.id);
    db.prepare(`update mail_deliveries set state = 'sending', sent_at = null where job_id = ?`).run(
      job!.id,
    );
  });

  await signInAs(page, 'admin');
  await page.goto('/de/verwaltung/nachrichten?status=failed');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(admin.title);
  const row = page
    .getByRole('row')
    .filter({ hasText: '550 5.1.1 Mailbox unavailable (simulated)' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${email.slice(0, 1)}***@example.org`);
  await expect(row).not.toContainText(email);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'admin-messages-failed');

  const retriedAt = Date.now();
  await row.getByRole('button', { name: new RegExp(`^${admin.retry}`) }).click();
  await expect(page.getByRole('status').filter({ hasText: `${job!.id}` })).toContainText(
    admin.retried.replace('{id}', String(job!.id)),
  );
  const again = await waitForMail({
    directory: mails(),
    to: email,
    subjectIncludes: 'Termin bestätigt',
    after: retriedAt,
  });
  expect(again.messageId).toBe(first.messageId);
  await expect
    .poll(
      () =>
        queryE2eDatabase<{ status: string }>('select status from jobs where id = ?', job!.id)[0]!
          .status,
    )
    .toBe('done');
});

test('only admins open the message queue', async ({ page }) => {
  await signInAs(page, 'counsellor');
  const response = await page.goto('/de/verwaltung/nachrichten');
  expect(response?.status()).toBe(403);
});
