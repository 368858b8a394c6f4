import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import de from '../lib/i18n/messages/de.json';
import admin from '../lib/i18n/messages/admin/de.json';
import dashboard from '../lib/i18n/messages/dashboard/de.json';
import roster from '../lib/i18n/messages/roster/de.json';
import { expectNoAxeViolations } from './support/axe';
import { saveScreenshot, viewports } from './support/screenshots';
import { signInAs } from './support/sign-in';

const text = dashboard.Dashboard;

/** A local date `days` from today in Berlin, as the date input wants it. */
function localDate(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(date);
}

async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(new RegExp(`\\| ${de.Metadata.siteName}$`));
  await expectNoAxeViolations(page);
}

/** The number shown for a key figure, e.g. "Gebuchte Termine" → 123. */
async function keyFigure(page: Page, label: string): Promise<number> {
  const value = await page
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd')
    .textContent();
  return Number((value ?? '').replace(/\./g, '').replace(',', '.'));
}

test('a team lead sees the team dashboard, changes the period and downloads the CSV', async ({
  page,
}) => {
  await page.setViewportSize(viewports.desktop);
  await signInAs(page, 'team_lead');
  await page.goto('/de/team/auswertung');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
  await expect(page.getByRole('navigation', { name: roster.TeamNav.label })).toContainText(
    roster.TeamNav.dashboard,
  );
  await expect(page.getByText(/^Team: Beratungsteam Düsseldorf/)).toBeVisible();

  // The default period (three months up to today) holds the demo's past appointments.
  const defaultBooked = await keyFigure(page, text.totals.booked);
  expect(defaultBooked).toBeGreaterThan(0);
  for (const section of Object.values(text.sections)) {
    await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
    await expect(page.getByRole('table', { name: section.title })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: text.sections.providers.title })).toBeVisible();
  await expect(page.getByRole('img', { name: text.sections.counsellors.title })).toBeVisible();
  // Referrals: a key figure, and a chart and table with both directions between the providers.
  expect(await keyFigure(page, text.totals.referrals)).toBeGreaterThanOrEqual(0);
  const referrals = page.getByRole('table', { name: text.sections.referrals.title });
  await expect(referrals.getByRole('columnheader')).toHaveText([
    text.columns.fromProvider,
    text.columns.toProvider,
    text.columns.referrals,
  ]);
  await expect(referrals.getByRole('rowheader')).toHaveText([
    text.providers.bbie,
    text.providers.bbe,
  ]);
  await expect(page.getByRole('img', { name: text.sections.referrals.title })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, 'dashboard-team-desktop');
  await page.locator('section[aria-labelledby="dashboard-referrals"]').screenshot({
    path: path.join('e2e', 'artifacts', 'screenshots', 'dashboard-team-referrals.png'),
  });

  // A period of the next eight weeks: the demo's future bookings, still confirmed.
  const from = localDate(0);
  const to = localDate(56);
  await page.getByLabel(text.form.from).fill(from);
  await page.getByLabel(text.form.to).fill(to);
  await page.getByRole('button', { name: text.form.submit }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
  const futureBooked = await keyFigure(page, text.totals.booked);
  expect(futureBooked).toBeGreaterThan(0);
  expect(futureBooked).not.toBe(defaultBooked);
  // Nothing in the future has been held yet: no no-shows.
  expect(await keyFigure(page, text.totals.noShows)).toBe(0);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: text.export }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`auswertung-${from}-${to}.csv`);
  const csv = fs.readFileSync((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const lines = csv.slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^Bereich;Team: Beratungsteam Düsseldorf/);
  expect(lines[1]).toBe(`Zeitraum;${from} – ${to}`);
  // The channel table's booked column adds up to the page's key figure.
  const channelsAt = lines.indexOf(text.sections.channels.title);
  expect(lines[channelsAt + 1]).toBe(
    'Beratungsweg;Gebucht;Anteil (%);Stattgefunden;Nicht erschienen;Ausfallquote (%);Abgesagt;Absagequote (%)',
  );
  const channelRows = lines.slice(channelsAt + 2, channelsAt + 6).map((l) => l.split(';'));
  expect(channelRows.map((r) => r[0])).toEqual(Object.values(text.channels));
  expect(channelRows.reduce((n, r) => n + Number(r[1]), 0)).toBe(futureBooked);
  expect(channelRows.every((r) => r[4] === '0')).toBe(true);
  // The referral table: both directions, counts adding up to the page's key figure.
  const referralsAt = lines.indexOf(text.sections.referrals.title);
  expect(referralsAt).toBeGreaterThan(channelsAt);
  expect(lines[referralsAt + 1]).toBe('Von Träger;An Träger;Weitervermittlungen');
  const referralRows = lines.slice(referralsAt + 2, referralsAt + 4).map((l) => l.split(';'));
  expect(referralRows.map((r) => r.slice(0, 2))).toEqual([
    ['BBiE', 'BBE'],
    ['BBE', 'BBiE'],
  ]);
  expect(referralRows.every((r) => /^\d+$/.test(r[2] ?? ''))).toBe(true);
  expect(referralRows.reduce((n, r) => n + Number(r[2]), 0)).toBe(
    await keyFigure(page, text.totals.referrals),
  );

  await page.setViewportSize(viewports.phone);
  await saveScreenshot(page, 'dashboard-team-phone');
});

test('the CSV export and the page refuse a counsellor', async ({ page }) => {
  await signInAs(page, 'counsellor');
  const response = await page.goto('/de/team/auswertung');
  expect(response?.status()).toBe(403);
  const csv = await page.request.get(
    `/api/dashboard/export?audience=team&from=${localDate(-30)}&to=${localDate(0)}`,
  );
  expect(csv.status()).toBe(403);
  expect(csv.headers()['content-type']).toContain('application/problem+json');
  const asAdmin = await page.request.get(
    `/api/dashboard/export?audience=admin&office=nrw&from=${localDate(-30)}&to=${localDate(0)}`,
  );
  expect(asAdmin.status()).toBe(403);
});

test('an admin sees all NRW and one office', async ({ page }) => {
  await page.setViewportSize(viewports.desktop);
  await signInAs(page, 'admin');
  await page.goto('/de/verwaltung');
  await page
    .getByRole('navigation', { name: admin.Admin.nav.label })
    .getByRole('link', { name: admin.Admin.nav.dashboard })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.title);
  await expect(page.getByText(new RegExp(`^${text.scopeNrw} ·`))).toBeVisible();
  const nrwBooked = await keyFigure(page, text.totals.booked);
  await expect(page.getByRole('table', { name: text.sections.offices.title })).toContainText(
    'Agentur für Arbeit Wesel',
  );
  await expectAccessible(page);
  await saveScreenshot(page, 'dashboard-admin-nrw');

  await page
    .getByRole('combobox', { name: text.form.office })
    .selectOption({ label: 'Agentur für Arbeit Düsseldorf' });
  await page.getByRole('button', { name: text.form.submit }).click();
  await expect(page.getByText(/^Dienststelle: Agentur für Arbeit Düsseldorf ·/)).toBeVisible();
  const officeBooked = await keyFigure(page, text.totals.booked);
  expect(officeBooked).toBeGreaterThan(0);
  expect(officeBooked).toBeLessThan(nrwBooked);
  await expect(page.getByRole('table', { name: text.sections.offices.title })).not.toContainText(
    'Agentur für Arbeit Wesel',
  );
  await expectAccessible(page);

  const csv = await page.request.get(
    `/api/dashboard/export?audience=admin&office=nrw&from=${localDate(-30)}&to=${localDate(0)}&locale=en`,
  );
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toContain('dashboard-');
  expect(await csv.text()).toContain('Scope,All of NRW');
});

test('an invalid period is named and the default shown', async ({ page }) => {
  await signInAs(page, 'team_lead');
  await page.goto('/de/team/auswertung?from=2026-05-10&to=2026-05-01');
  await expect(page.getByText(text.form.invalidRange, { exact: false })).toHaveAttribute(
    'role',
    'alert',
  );
  await expect(page.getByRole('table', { name: text.sections.channels.title })).toBeVisible();
});
