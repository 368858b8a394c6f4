import { expect, test } from '@playwright/test';
import de from '../lib/i18n/messages/de.json';
import { expectNoAxeViolations } from './support/axe';
import {
  bookViaApi,
  clickContinue as next,
  freeSlots,
  officeName,
  serviceName,
  uniqueEmail,
} from './support/booking';
import { saveScreenshot, viewports } from './support/screenshots';

// The booking flow's help, errors and edge cases (the happy paths are in booking-flow.spec.ts).
const t = de.Booking;

test.use({ viewport: viewports.phone });

test('"Hilfe bei der Wahl" recommends with reasons and never hides presence', async ({ page }) => {
  await page.goto('/de/buchen/kanal?service=bbie-orientation&office=aa-duesseldorf');
  await page.getByText(t.channel.help.summary).click();
  await page.getByRole('checkbox', { name: t.channel.help.questions.videoReady }).check();
  await page.getByRole('button', { name: t.channel.help.submit }).click();
  await expect(page).toHaveURL(/help=1/);
  const video = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('radio', { name: 'Video' }) });
  await expect(video).toContainText(t.channel.recommended);
  await expect(video).toContainText(t.channel.reasons.video_ready);
  await expect(page.getByRole('radio', { name: t.channels.presence.name })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'booking-channel-help');
});

test('a step sent without a choice shows an error summary that links to the field', async ({
  page,
}) => {
  await page.goto('/de/buchen');
  await next(page);
  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toContainText(t.service.error);
  await summary.getByRole('link', { name: t.service.error }).click();
  await expect(page).toHaveURL(/#field-service$/);
  await expectNoAxeViolations(page);
});

test('contact errors are listed, linked and marked on the fields', async ({ page }) => {
  await page.goto('/de/buchen/zeit?service=bbie-funding&office=aa-essen&channel=phone');
  await page
    .getByRole('radio', { name: /^\d{2}:\d{2} bis/ })
    .first()
    .check();
  await next(page);
  await page.getByRole('textbox', { name: t.contact.email }).fill('kein-at-zeichen');
  await page.getByRole('button', { name: t.contact.submit }).click();
  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    de.ActionErrors.fields.name,
    de.ActionErrors.fields.email,
    de.ActionErrors.fields.phone,
    de.ActionErrors.fields.privacyConsent,
  ]);
  const email = page.getByRole('textbox', { name: t.contact.email });
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveValue('kein-at-zeichen');
  await expect(email).toHaveAccessibleDescription(
    new RegExp(de.ActionErrors.fields.email.slice(0, 20)),
  );
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'booking-contact-errors');
});

test('a time taken meanwhile offers the nearest free times inline', async ({ page }) => {
  const offer = { serviceId: 'bbie-orientation', channel: 'presence', officeId: 'aa-dortmund' };
  await page.goto(
    `/de/buchen/zeit?service=${offer.serviceId}&office=${offer.officeId}&channel=presence`,
  );
  const first = page.getByRole('radio', { name: /^\d{2}:\d{2} bis/ }).first();
  const start = (await first.getAttribute('value'))!;
  await first.check();
  // Others book exactly this time with every counsellor before the visitor continues.
  for (let i = 0; i < 10; i++) {
    const slots = await freeSlots(page.request, offer);
    if (!slots.some((s) => s.start === start)) break;
    await bookViaApi(page.request, { ...offer, email: uniqueEmail('rival'), start });
  }
  await next(page);
  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toContainText(de.ActionErrors.reasons.slot_taken);
  const alternatives = summary.getByRole('button');
  await expect(alternatives.first()).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'booking-slot-taken');
  await alternatives.first().click();
  await expect(page).toHaveURL(/\/de\/buchen\/kontakt\?/);
});

test('for walk and talk, a taken time offers alternatives that keep the meeting point', async ({
  page,
}) => {
  const listing = await (
    await page.request.get('/api/v1/offices?provider=bbie&channel=walk_and_talk')
  ).json();
  const office = (listing.offices as { id: string; meetingPoints: { id: string }[] }[]).find(
    (o) => o.meetingPoints.length > 0 && o.id !== 'aa-dortmund',
  )!;
  const meetingPointId = office.meetingPoints[0]!.id;
  const offer = { serviceId: 'bbie-orientation', channel: 'walk_and_talk', officeId: office.id };
  await page.goto(
    `/de/buchen/zeit?service=${offer.serviceId}&office=${offer.officeId}&channel=walk_and_talk`,
  );
  const first = page.getByRole('radio', { name: /^\d{2}:\d{2} bis/ }).first();
  const start = (await first.getAttribute('value'))!;
  await first.check();
  await page.locator(`input[name="meetingPoint"][value="${meetingPointId}"]`).check();
  for (let i = 0; i < 10; i++) {
    const slots = await freeSlots(page.request, offer);
    if (!slots.some((s) => s.start === start)) break;
    await bookViaApi(page.request, {
      ...offer,
      meetingPointId,
      email: uniqueEmail('rival-walk'),
      start,
    });
  }
  await next(page);
  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toContainText(de.ActionErrors.reasons.slot_taken);
  await summary.getByRole('button').first().click();
  await expect(page).toHaveURL(new RegExp(`/de/buchen/kontakt\\?.*meetingPoint=${meetingPointId}`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole flow still books (plain forms and server actions)', async ({ page }) => {
    test.slow();
    const email = uniqueEmail('nojs');
    await page.goto('/de/buchen');
    await page.getByRole('radio', { name: serviceName('bbie-return'), exact: true }).check();
    await next(page);
    await page.getByRole('textbox', { name: t.region.postcodeLabel }).fill('45127');
    await page.getByRole('button', { name: t.region.search }).click();
    await page.getByRole('radio', { name: officeName('aa-essen'), exact: true }).check();
    await next(page);
    await page.getByRole('radio', { name: t.channels.video.name, exact: true }).check();
    await next(page);
    await page
      .getByRole('radio', { name: /^\d{2}:\d{2} bis/ })
      .last()
      .check();
    await next(page);
    await expect(page).toHaveURL(/\/de\/buchen\/kontakt\?/);
    await page.getByRole('textbox', { name: t.contact.name }).fill('Erika Beispiel');
    await page.getByRole('textbox', { name: t.contact.email }).fill(email);
    await page.getByRole('button', { name: t.contact.submit }).click();
    // Server-rendered error summary after a plain POST; the typed values are kept.
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      de.ActionErrors.fields.privacyConsent,
    );
    await expect(page.getByRole('textbox', { name: t.contact.email })).toHaveValue(email);
    await page.getByRole('checkbox', { name: /Datenschutzhinweise/ }).check();
    await page.getByRole('button', { name: t.contact.submit }).click();
    await expect(page).toHaveURL(/\/de\/buchen\/pruefen\?/);
    await page.getByRole('button', { name: t.review.submit }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.Confirmation.title);
  });
});
