import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import de from '../lib/i18n/messages/workspace/de.json';
import { addDaysToLocalDate, localDateOf, zonedWallTimeToUtc } from '../lib/calendar/local-date';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot, viewports } from './support/screenshots';
import { createAppointment, createCounsellor, signInAsCounsellor } from './support/workspace';

const zone = 'Europe/Berlin';

/** The next day on which Berlin's clocks change (last Sunday of March or October). */
function nextClockChange(): string {
  const offsetAt = (date: string) =>
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .format(new Date(`${date}T12:00:00Z`))
      .split('GMT')[1];
  let day = addDaysToLocalDate(localDateOf(new Date(), zone), 3);
  while (offsetAt(day) === offsetAt(addDaysToLocalDate(day, 1))) day = addDaysToLocalDate(day, 1);
  return addDaysToLocalDate(day, 1);
}

/** The feed read back with ical.js, an iCalendar parser independent of the generator. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      zone: event.startDate.zone?.tzid,
      wallClock: `${event.startDate.hour}:${String(event.startDate.minute).padStart(2, '0')}`,
    };
  });
}

async function createFeedUrl(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const field = page.getByLabel(de.WorkspaceFeed.urlLabel);
  await expect(field).toBeVisible();
  return field.inputValue();
}

test('the personal calendar feed: initials only, Berlin times across a DST change, renewable', async ({
  page,
  request,
}) => {
  const counsellor = createCounsellor();
  const change = nextClockChange();
  // 09:00 in Berlin on the Friday before and the Monday after the clocks change.
  const before = createAppointment(counsellor, {
    startsAt: zonedWallTimeToUtc(addDaysToLocalDate(change, -2), '09:00', zone)!,
    channel: 'video',
    clientName: 'Klara Kunde',
  });
  const after = createAppointment(counsellor, {
    startsAt: zonedWallTimeToUtc(addDaysToLocalDate(change, 1), '09:00', zone)!,
    minutes: 60,
    clientName: 'Ömer Beispielmann',
  });
  await signInAsCounsellor(page, counsellor);
  await page.setViewportSize(viewports.phone);
  await page.goto('/de/arbeitsbereich/kalender-abo');
  await expect(page.getByText(de.WorkspaceFeed.none)).toBeVisible();
  await expectNoAxeViolations(page);

  const url = await createFeedUrl(page, de.WorkspaceFeed.create);
  expect(url).toMatch(new RegExp(`/api/v1/counsellors/${counsellor.id}/calendar\\.ics\\?token=`));
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'workspace-feed');
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const text = await response.text();
  const events = parseFeed(text);
  expect(events).toEqual([
    {
      uid: `counsellor-${before.id}@beratungsportal.example`,
      summary: 'Video: K. K.',
      start: before.startsAt.getTime(),
      end: before.startsAt.getTime() + 45 * 60_000,
      zone,
      wallClock: '9:00',
    },
    {
      uid: `counsellor-${after.id}@beratungsportal.example`,
      summary: 'Vor Ort: Ö. B.',
      start: after.startsAt.getTime(),
      end: after.startsAt.getTime() + 60 * 60_000,
      zone,
      wallClock: '9:00',
    },
  ]);
  // Three days apart on the wall clock, and an hour more or less in real time.
  const apart = after.startsAt.getTime() - before.startsAt.getTime();
  expect(Math.abs(apart - 3 * 86_400_000)).toBe(3_600_000);
  for (const secret of ['Klara', 'Kunde', 'Beispielmann', before.clientEmail, '1234567'])
    expect(text).not.toContain(secret);

  // A new address replaces the old one at once.
  await page.reload();
  await expect(page.getByText(/Ihr Kalender-Abo besteht seit/)).toBeVisible();
  const renewed = await createFeedUrl(page, de.WorkspaceFeed.renew);
  expect(renewed).not.toBe(url);
  expect((await request.get(url)).status()).toBe(404);
  expect((await request.get(renewed)).status()).toBe(200);
  const wrong = renewed.replace(/token=[^&]+/, 'token=guessed');
  expect((await request.get(wrong)).status()).toBe(404);

  await page.reload();
  await page.getByRole('button', { name: de.WorkspaceFeed.end }).click();
  await expect(page.getByText(de.WorkspaceFeed.ended)).toBeVisible();
  expect((await request.get(renewed)).status()).toBe(404);
});
