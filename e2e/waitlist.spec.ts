import { expect, test } from '@playwright/test';
import { counsellingLanguages } from '../db/schema/enums';
import de from '../lib/i18n/messages/de.json';
import notifyDe from '../lib/i18n/messages/notify/de.json';
import { expectNoAxeViolations } from './support/axe';
import { bookViaApi, uniqueEmail } from './support/booking';
import { queryE2eDatabase } from './support/database';
import { e2eMailDirectory, waitForMail } from './support/mail-catcher';

/**
 * Waitlist end to end: a client joins through the form, a matching booking is cancelled,
 * the offer mail arrives at the real SMTP server, and its link books the held time.
 * An office no other spec uses, so no other cancellation reaches this waitlist.
 */
const search = { serviceId: 'bbie-orientation', channel: 'video', officeId: 'aa-bielefeld' };
const t = notifyDe.Notify.waitlistPage;

test('a cancellation offers the time to the waitlisted client, who books it from the mail', async ({
  page,
  request,
}) => {
  const email = uniqueEmail('waitlist');
  // No free time: a counselling language nobody at this office speaks empties the list.
  const spoken = queryE2eDatabase<{ language: string }>(
    `select distinct cl.language from counsellor_languages cl
     join counsellor_offices co on co.staff_id = cl.staff_id where co.office_id = ?`,
    search.officeId,
  ).map((row) => row.language);
  const unspoken = counsellingLanguages.find((code) => !spoken.includes(code));
  expect(unspoken, 'a language nobody at the office speaks').toBeDefined();
  await page.goto(
    `/de/buchen/zeit?service=${search.serviceId}&office=${search.officeId}&channel=${search.channel}&language=${unspoken}`,
  );
  await expect(page.getByRole('heading', { name: de.Booking.time.noneTitle })).toBeVisible();
  await page.getByRole('link', { name: t.noSlotsLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: t.name }).fill('Wanda Warteliste');
  await page.getByRole('textbox', { name: t.email }).fill(email);
  await page.getByRole('checkbox', { name: t.privacy }).check();
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.joinedTitle);
  await expectNoAxeViolations(page);

  // Someone else cancels a matching appointment through the API.
  const booking = await bookViaApi(request, { ...search, email: uniqueEmail('waitlist-other') });
  const token = new URL(booking.manageUrl).searchParams.get('token')!;
  const cancelled = await request.post(`/api/v1/bookings/${booking.id}/cancel`, {
    data: {},
    headers: { authorization: `Bearer ${token}` },
  });
  expect(cancelled.status(), await cancelled.text()).toBe(200);

  const offer = await waitForMail({
    directory: e2eMailDirectory(),
    to: email,
    subjectIncludes: 'Ein Termin ist frei geworden',
    timeoutMs: 20_000,
  });
  expect(offer.text).toContain('Guten Tag Wanda Warteliste,');
  const link = /(http\S+\/de\/warteliste\/angebot\/\S+)/.exec(offer.text ?? '')?.[1];
  expect(link, 'the mail links to the offer').toBeDefined();
  expect(offer.text).toMatch(/\/de\/warteliste\/abmelden\/\S+\?token=/);

  const url = new URL(link!);
  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.offerTitle);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: t.offerSubmit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.Confirmation.title);

  const booked = queryE2eDatabase<{ startsAt: string; status: string }>(
    `select b.starts_at as startsAt, b.status from bookings b join clients c on c.id = b.client_id
     where c.email = ?`,
    email,
  );
  expect(booked).toEqual([
    { startsAt: new Date(booking.start).toISOString(), status: 'confirmed' },
  ]);
});
