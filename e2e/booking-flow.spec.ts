import { expect, test, type Page } from '@playwright/test';
import type { Channel } from '../db/schema/enums';
import de from '../lib/i18n/messages/de.json';
import { expectNoAxeViolations } from './support/axe';
import { clickContinue, officeName, serviceName, uniqueEmail } from './support/booking';
import { saveScreenshot, viewports } from './support/screenshots';

const t = de.Booking;

type Case = { channel: Channel; service: string; postcode: string; office: string };

// One office per test, so parallel tests never race for the same first free time.
const cases: Case[] = [
  { channel: 'presence', service: 'bbie-orientation', postcode: '40211', office: 'aa-duesseldorf' },
  {
    channel: 'phone',
    service: 'bbe-career-development',
    postcode: '40211',
    office: 'bbe-duesseldorf',
  },
  { channel: 'video', service: 'bbie-further-training', postcode: '50667', office: 'aa-koeln' },
  {
    channel: 'walk_and_talk',
    service: 'bbe-career-development',
    postcode: '50667',
    office: 'bbe-koeln',
  },
];

test.use({ viewport: viewports.phone });

const site = de.Metadata.siteName;
const stepTitle = (step: keyof typeof t.steps) => `${t.steps[step]} – ${t.title} | ${site}`;

/** Checks the step's h1 and <title>, runs axe, and keeps a phone screenshot of it. */
async function checkStep(page: Page, title: string, shot: string, documentTitle: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(documentTitle);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, shot);
}

const next = clickContinue;

for (const c of cases) {
  test(`books a ${c.channel} appointment through every step`, async ({ page }) => {
    test.slow(); // seven steps, each checked with axe and photographed
    const shot = (step: string) => `booking-${c.channel}-${step}`;
    const email = uniqueEmail(c.channel);

    await page.goto('/de');
    await page.getByRole('banner').getByRole('link', { name: de.Shell.nav.book }).click();
    await expect(page).toHaveURL(/\/de\/buchen$/);
    await expect(page.getByRole('navigation', { name: t.progress.label })).toBeVisible();
    await expect(page.locator('[aria-current="step"]')).toHaveText(t.steps.service);
    await checkStep(page, t.service.title, shot('1-service'), stepTitle('service'));
    await page.getByRole('radio', { name: serviceName(c.service), exact: true }).check();
    await next(page);

    await expect(page).toHaveURL(/\/de\/buchen\/region\?/);
    await page.getByRole('textbox', { name: t.region.postcodeLabel }).fill(c.postcode);
    await page.getByRole('button', { name: t.region.search }).click();
    const office = page.getByRole('radio', { name: officeName(c.office), exact: true });
    await expect(office).toBeVisible();
    await checkStep(page, t.region.title, shot('2-region'), stepTitle('region'));
    await office.check();
    await next(page);

    await expect(page).toHaveURL(/\/de\/buchen\/kanal\?/);
    await expect(page.getByRole('radio', { name: t.channels.presence.name })).toBeVisible();
    await checkStep(page, t.channel.title, shot('3-channel'), stepTitle('channel'));
    await page.getByRole('radio', { name: t.channels[c.channel].name, exact: true }).check();
    await next(page);

    await expect(page).toHaveURL(/\/de\/buchen\/zeit\?/);
    await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
    await page
      .getByRole('radio', { name: /^\d{2}:\d{2} bis/ })
      .first()
      .check();
    if (c.channel === 'walk_and_talk') {
      const point = page.getByRole('group', { name: de.MeetingPoints.legend });
      await point.getByRole('radio').first().check();
    }
    await checkStep(page, t.time.title, shot('4-time'), stepTitle('time'));
    await next(page);

    await expect(page).toHaveURL(/\/de\/buchen\/kontakt\?/);
    await expect(page.getByText(/Wir halten diese Uhrzeit bis \d{2}:\d{2} Uhr/)).toBeVisible();
    await page.getByRole('textbox', { name: t.contact.name }).fill('Erika Beispiel');
    await page.getByRole('textbox', { name: t.contact.email }).fill(email);
    if (c.channel === 'phone') {
      await page.getByRole('textbox', { name: t.contact.phone, exact: true }).fill('0211 1234567');
    }
    await page.getByRole('checkbox', { name: /Datenschutzhinweise/ }).check();
    await checkStep(page, t.contact.title, shot('5-contact'), stepTitle('contact'));
    await page.getByRole('button', { name: t.contact.submit }).click();

    await expect(page).toHaveURL(/\/de\/buchen\/pruefen\?/);
    await expect(page.getByText(email)).toBeVisible();
    await checkStep(page, t.review.title, shot('6-review'), stepTitle('review'));
    await page.getByRole('button', { name: t.review.submit }).click();

    await expect(page).toHaveURL(/\/de\/buchen\/bestaetigung\/[\w-]+\?token=/);
    const confirmed = de.Confirmation.title;
    await checkStep(page, confirmed, shot('7-confirmation'), `${confirmed} | ${site}`);
    await expectChannelNextSteps(page, c);
    const calendar = page.getByRole('link', { name: de.BookingLinks.calendar });
    const ics = await page.request.get((await calendar.getAttribute('href'))!);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    await page.getByRole('link', { name: de.BookingLinks.manage }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.Manage.titles.view);
    await expect(page.getByText(email)).toBeVisible();
  });
}

async function expectChannelNextSteps(page: Page, c: Case) {
  const next = page.getByRole('region', { name: de.NextSteps.title });
  if (c.channel === 'phone')
    await expect(next).toContainText('ruft Sie zur vereinbarten Zeit unter +49 211 1234567 an');
  if (c.channel === 'video') await expect(next).toContainText(de.NextSteps.video.browser);
  if (c.channel === 'presence') await expect(next).toContainText('Grafenberger Allee 300');
  if (c.channel === 'walk_and_talk') {
    await expect(next).toContainText('Treffpunkt:');
    await expect(next).toContainText('Bei schlechtem Wetter');
  }
}
