import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import ICAL from 'ical.js';
import de from '../lib/i18n/messages/workspace/de.json';
import { calendarUidOf } from '../lib/booking/calendar-event';
import { eventUrlOf } from '../lib/caldav/client';
import { startRadicale, type RadicaleServer } from '../scripts/lib/radicale-process';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot, viewports } from './support/screenshots';
import {
  createCounsellor,
  signInAsCounsellor,
  workspaceOfficeId,
  workspaceServiceId,
  type CounsellorFixture,
} from './support/workspace';

/** A real CalDAV server for this spec: Radicale on a free port (scripts/radicale-install.sh). */
let radicale: RadicaleServer;
test.beforeAll(async () => {
  radicale = await startRadicale();
});
test.afterAll(async () => {
  await radicale?.stop();
});

const t = de.WorkspaceCalendarSync;
type Slot = { start: string; end: string };

async function slotsOf(request: APIRequestContext, counsellor: CounsellorFixture) {
  const day = (offset: number) =>
    new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const search = new URLSearchParams({
    serviceId: workspaceServiceId,
    channel: 'presence',
    officeId: workspaceOfficeId,
    counsellorId: counsellor.id,
    from: day(2),
    to: day(3),
  });
  const response = await request.get(`/api/v1/slots?${search}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { slots: Slot[] }).slots;
}

const authorization = () =>
  `Basic ${Buffer.from(`${radicale.username}:${radicale.password}`).toString('base64')}`;
const icsUtc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A private appointment the counsellor made in their own calendar app. */
async function putExternalEvent(calendarUrl: string, slot: Slot) {
  const uid = `privat-${randomUUID()}`;
  const body = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//E2E//Extern//DE',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${icsUtc(slot.start)}`,
    `DTEND:${icsUtc(slot.end)}`,
    'SUMMARY:Arzttermin',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const response = await fetch(`${calendarUrl}${uid}.ics`, {
    method: 'PUT',
    headers: { Authorization: authorization(), 'Content-Type': 'text/calendar' },
    body,
  });
  expect(response.status).toBe(201);
}

async function serverEventStatus(url: string) {
  return (await fetch(url, { headers: { Authorization: authorization() } })).status;
}

test('a counsellor connects a CalDAV calendar: its events hide slots, bookings appear in it', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const counsellor = createCounsellor();
  const calendarUrl = await radicale.createCalendar(`dienst-${randomUUID().slice(0, 8)}`);
  const before = await slotsOf(request, counsellor);
  expect(before.length).toBeGreaterThan(6);
  const blocked = before[2]!;
  const booked = before[6]!;
  await putExternalEvent(calendarUrl, blocked);

  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize(viewports.phone);
  await page.goto('/de/arbeitsbereich/kalender-sync');
  await expect(page.getByText(t.none)).toBeVisible();
  await expectNoAxeViolations(page);

  // A wrong password: the server's refusal is named at the password field.
  await page.getByLabel(t.calendarUrl).fill(calendarUrl);
  await page.getByLabel(t.username).fill(radicale.username);
  await page.getByLabel(t.password).fill('falsches-passwort');
  await page.getByRole('button', { name: t.connect }).click();
  await expect(page.locator('#field-password-error')).toHaveText(
    de.WorkspaceErrors.reasons.caldav_auth_refused,
  );
  await expect(page.getByLabel(t.password)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(t.password)).toHaveValue('');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-caldav-refused');

  await page.getByLabel(t.password).fill(radicale.password);
  await page.getByRole('button', { name: t.connect }).click();
  await expect(page.getByText(t.connected)).toBeVisible();
  await expect(page.getByRole('heading', { name: t.statusTitle })).toBeVisible();
  await expect(page.getByText(calendarUrl)).toBeVisible();
  await expect(page.getByText(t.never)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-caldav');

  // The external event took its slot out of the public listing, and booking it is refused.
  const after = (await slotsOf(request, counsellor)).map((s) => s.start);
  expect(after).not.toContain(blocked.start);
  expect(after).toContain(booked.start);
  const bookingOf = (slot: Slot) => ({
    serviceId: workspaceServiceId,
    channel: 'presence',
    officeId: workspaceOfficeId,
    counsellorId: counsellor.id,
    start: slot.start,
    client: { name: 'Carla Caldav', email: `caldav-${randomUUID()}@example.org` },
    privacyConsent: true,
  });
  const refused = await request.post('/api/v1/bookings', { data: bookingOf(blocked) });
  expect(refused.status()).toBe(409);

  // A booking is written to the counsellor's calendar by the worker.
  const created = await request.post('/api/v1/bookings', { data: bookingOf(booked) });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const url = eventUrlOf(calendarUrl, id);
  await expect.poll(() => serverEventStatus(url), { timeout: 20_000 }).toBe(200);
  const text = await (await fetch(url, { headers: { Authorization: authorization() } })).text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(event.uid).toBe(calendarUidOf(id));
  expect(event.summary).toBe('Vor Ort: C. C.');
  expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
  expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(booked.start));
  expect(event.endDate.toJSDate().getTime()).toBe(Date.parse(booked.end));
});
