import { expect, test, type Page } from '@playwright/test';
import de from '../lib/i18n/messages/de.json';
import { expectNoAxeViolations } from './support/axe';
import { bookViaApi, freeSlots, uniqueEmail } from './support/booking';
import { saveScreenshot, viewports } from './support/screenshots';

const t = de.Manage;

test.use({ viewport: viewports.phone });

/** axe once the page is complete: after a server action's redirect the title comes last. */
async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(new RegExp(`\\| ${de.Metadata.siteName}$`));
  await expectNoAxeViolations(page);
}

/** The value of one row of the appointment summary, e.g. "Termin". */
function summaryValue(page: Page, label: string) {
  return page
    .locator('dl > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .first();
}

// Each test books at its own office through the API, then works only through the manage link.

test('reschedules to a new time via the manage link', async ({ page }) => {
  const booking = await bookViaApi(page.request, {
    serviceId: 'bbie-orientation',
    channel: 'presence',
    officeId: 'aa-essen',
    email: uniqueEmail('reschedule'),
  });
  await page.goto(booking.managePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.titles.view);
  await expect(page).toHaveTitle(`${t.titles.view} | ${de.Metadata.siteName}`);
  await expectAccessible(page);
  await saveScreenshot(page, 'manage-1-view');
  const before = await summaryValue(page, de.Booking.summary.when).textContent();

  await page.getByRole('link', { name: t.actions.reschedule }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.titles.reschedule);
  await page
    .getByRole('radio', { name: /^\d{2}:\d{2} bis/ })
    .first()
    .check();
  await expectAccessible(page);
  await saveScreenshot(page, 'manage-2-reschedule');
  await page.getByRole('button', { name: t.reschedule.submit }).click();

  await expect(page.getByRole('status').filter({ hasText: t.done.rescheduled })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.titles.view);
  await expect(summaryValue(page, de.Booking.summary.when)).not.toHaveText(before!);
  await expect(page.getByText('Sie können den Termin noch 2-mal verschieben.')).toBeVisible();
  if (page.url().includes('wechsel=1')) {
    await expect(page.getByText(/Zur neuen Zeit berät Sie/)).toBeVisible();
  }
  await saveScreenshot(page, 'manage-3-rescheduled');
});

test('changes the channel, asking for the phone number a phone call needs', async ({ page }) => {
  const booking = await bookViaApi(page.request, {
    serviceId: 'bbe-potential',
    channel: 'video',
    officeId: 'bbe-essen',
    email: uniqueEmail('channel'),
  });
  await page.goto(booking.managePath);
  await page.getByRole('link', { name: t.actions.channel }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.titles.channel);
  await expect(page.getByRole('radio', { name: 'Video' })).toBeChecked();
  await page.getByRole('radio', { name: de.Booking.channels.phone.name }).check();
  await page.getByRole('button', { name: t.channel.submit }).click();

  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toContainText(de.ActionErrors.reasons.phone_required);
  const phone = page.getByRole('textbox', { name: t.channel.phoneLabel });
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await saveScreenshot(page, 'manage-4-channel-phone-missing');

  // The submitted choice is kept after the error.
  await expect(page.getByRole('radio', { name: de.Booking.channels.phone.name })).toBeChecked();
  await phone.fill('0201 7654321');
  await page.getByRole('button', { name: t.channel.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Telefon' })).toContainText(
    'Der Beratungsweg wurde geändert',
  );
  await expect(summaryValue(page, de.Booking.summary.channel)).toHaveText('Telefon');
  await expect(page.getByRole('region', { name: de.NextSteps.title })).toContainText(
    '+49 201 7654321',
  );
  await expectAccessible(page);
  await saveScreenshot(page, 'manage-5-channel-changed');
});

test('cancels only after a confirmation step', async ({ page }) => {
  const booking = await bookViaApi(page.request, {
    serviceId: 'bbie-funding',
    channel: 'phone',
    officeId: 'aa-bochum',
    email: uniqueEmail('cancel'),
    phone: '0234 1234567',
  });
  await page.goto(booking.managePath);
  await page.getByRole('link', { name: t.actions.cancel }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.titles.cancel);
  await expectAccessible(page);
  await saveScreenshot(page, 'manage-6-cancel-confirm');
  await page.getByRole('link', { name: t.cancel.keep }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.titles.view);

  await page.getByRole('link', { name: t.actions.cancel }).click();
  await page
    .getByRole('textbox', { name: t.cancel.reasonLabel })
    .fill('Ich habe eine Stelle gefunden.');
  await page.getByRole('button', { name: t.cancel.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: t.done.cancelled })).toBeVisible();
  await expect(page.getByRole('link', { name: t.actions.reschedule })).toHaveCount(0);
  await expect(page.getByRole('link', { name: t.status.bookAgain })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'manage-7-cancelled');

  // The time is free again for others.
  const slots = await freeSlots(page.request, {
    serviceId: 'bbie-funding',
    channel: 'phone',
    officeId: 'aa-bochum',
  });
  expect(slots.map((s) => s.start)).toContain(booking.start);
});

test('after the last allowed move, rescheduling is explained instead of offered', async ({
  page,
}) => {
  const booking = await bookViaApi(page.request, {
    serviceId: 'bbie-return',
    channel: 'video',
    officeId: 'aa-hagen',
    email: uniqueEmail('limit'),
  });
  const token = new URL(booking.managePath, 'http://x').searchParams.get('token')!;
  for (let i = 1; i <= 3; i++) {
    const slots = await freeSlots(page.request, {
      serviceId: 'bbie-return',
      channel: 'video',
      officeId: 'aa-hagen',
    });
    const response = await page.request.post(`/api/v1/bookings/${booking.id}/reschedule`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { start: slots[i]!.start },
    });
    expect(response.status(), await response.text()).toBe(200);
  }
  await page.goto(booking.managePath);
  await expect(page.getByRole('link', { name: t.actions.reschedule })).toHaveCount(0);
  await expect(page.getByText(/schon 3-mal verschoben/)).toBeVisible();
  await page.goto(`${booking.managePath}&aktion=verschieben`);
  await expect(page.getByText(/schon 3-mal verschoben/)).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
});

test('a wrong or missing token answers 404 with "no appointment found"', async ({ page }) => {
  const booking = await bookViaApi(page.request, {
    serviceId: 'bbie-orientation',
    channel: 'phone',
    officeId: 'aa-wesel',
    email: uniqueEmail('token'),
    phone: '0281 123456',
  });
  for (const path of [
    `/de/termin/${booking.id}?token=falsch`,
    `/de/termin/${booking.id}`,
    `/de/termin/gibt-es-nicht?token=falsch`,
    `/de/buchen/bestaetigung/${booking.id}?token=falsch`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.BookingNotFound.title);
  }
  await expectAccessible(page);
});

test('the manage page works in English, keeping the token on the language switch', async ({
  page,
}) => {
  const booking = await bookViaApi(page.request, {
    serviceId: 'bbie-further-training',
    channel: 'presence',
    officeId: 'aa-krefeld',
    email: uniqueEmail('english'),
  });
  await page.goto(booking.managePath);
  await page
    .getByRole('navigation', { name: de.LanguageSwitch.label })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(page).toHaveURL(/\/en\/termin\/.+token=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your counselling appointment');
  await expectAccessible(page);
  await saveScreenshot(page, 'manage-8-english');
});
