import { expect, test, type Page } from '@playwright/test';
import de from '../lib/i18n/messages/de.json';
import admin from '../lib/i18n/messages/admin/de.json';
import { expectNoAxeViolations } from './support/axe';
import { signInAs } from './support/sign-in';

const staffText = admin.AdminStaff;
const officeText = admin.AdminOffices;
const pointText = admin.AdminMeetingPoints;
const errors = admin.AdminErrors;

/** A suffix that keeps each test's records apart from every other run and test. */
function unique(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** axe once the page is complete: after a server action's redirect the title comes last. */
async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(new RegExp(`\\| ${de.Metadata.siteName}$`));
  await expectNoAxeViolations(page);
}

/** The ICU text of a message with its placeholders filled in (no plurals). */
function fill(message: string, values: Record<string, string>) {
  return message.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/** The outcome notice after a change (submit buttons have empty status regions too). */
function notice(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text });
}

function group(page: Page, legend: string) {
  return page.getByRole('group', { name: legend });
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'admin');
  await page.goto('/de/verwaltung');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(admin.Admin.overview.title);
});

test('creates a team and an account in it; the list and the audit log show both', async ({
  page,
}) => {
  await expectAccessible(page);
  const team = unique('E2E-Team');
  const name = unique('E2E Beraterin');
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@e2e.example`;

  await page.getByRole('heading', { name: admin.Admin.nav.teams }).getByRole('link').click();
  await page.getByRole('textbox', { name: admin.AdminTeams.fields.name }).fill(team);
  await page
    .getByRole('combobox', { name: admin.AdminTeams.fields.office })
    .selectOption({ label: 'Agentur für Arbeit Wesel' });
  await page.getByRole('button', { name: admin.AdminTeams.create.submit }).click();
  await expect(notice(page, admin.Admin.done.created)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: team })).toBeVisible();

  await page
    .getByRole('navigation', { name: admin.Admin.nav.label })
    .getByRole('link', {
      name: admin.Admin.nav.staff,
    })
    .click();
  await page.getByRole('link', { name: staffText.newLink }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(staffText.newTitle);
  await expectAccessible(page);
  await page.getByRole('textbox', { name: staffText.fields.email }).fill(email.toUpperCase());
  await page.getByRole('textbox', { name: staffText.fields.displayName }).fill(name);
  await page
    .getByRole('combobox', { name: staffText.fields.homeOffice })
    .selectOption({ label: 'Agentur für Arbeit Wesel' });
  await group(page, staffText.fields.teams).getByRole('checkbox', { name: team }).check();
  await group(page, staffText.fields.offices)
    .getByRole('checkbox', { name: 'Agentur für Arbeit Wesel' })
    .check();
  await group(page, staffText.fields.services)
    .getByRole('checkbox', { name: 'Berufliche Orientierung und Neuorientierung (BBiE)' })
    .check();
  for (const channel of [de.Booking.channels.presence.name, de.Booking.channels.video.name])
    await group(page, staffText.fields.channels).getByRole('checkbox', { name: channel }).check();
  await group(page, staffText.fields.languages).getByRole('checkbox', { name: 'Türkisch' }).check();
  await page.getByRole('button', { name: staffText.submitCreate }).click();

  await expect(notice(page, fill(staffText.createdNotice, { name }))).toBeVisible();
  await page.getByRole('textbox', { name: staffText.filter.query }).fill(name);
  await page.getByRole('button', { name: staffText.filter.submit }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toContainText(email);
  await expect(row).toContainText(team);
  await expect(row).toContainText(admin.Admin.roles.counsellor);
  await expectAccessible(page);

  await page.getByRole('link', { name: admin.Admin.nav.audit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(admin.AdminAudit.title);
  const event = page.getByRole('row').filter({ hasText: email });
  await expect(event).toContainText(admin.AdminAudit.actions.staff.created);
  await expect(page.getByRole('row').filter({ hasText: team }).first()).toContainText(
    admin.AdminAudit.actions.team.created,
  );
  await expectAccessible(page);
});

test('names the problem at the email field: address taken, address malformed', async ({ page }) => {
  await page.goto('/de/verwaltung/mitarbeitende/neu');
  const email = page.getByRole('textbox', { name: staffText.fields.email });
  await email.fill('Admin@Demo.Beratungsportal.example');
  await page.getByRole('textbox', { name: staffText.fields.displayName }).fill('Doppelt');
  await page.getByRole('button', { name: staffText.submitCreate }).click();

  const summary = page.getByRole('main').getByRole('alert');
  await expect(summary).toContainText(errors.reasons.invalid_input);
  await expect(summary.getByRole('link', { name: errors.reasons.email_taken })).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(new RegExp(errors.reasons.email_taken));
  await expect(email).toHaveValue('Admin@Demo.Beratungsportal.example');
  await expectAccessible(page);

  await email.fill('keine-adresse');
  await page.getByRole('button', { name: staffText.submitCreate }).click();
  await expect(email).toHaveAccessibleDescription(
    new RegExp(errors.fields.email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await expect(summary.getByRole('link', { name: errors.fields.email })).toHaveAttribute(
    'href',
    '#field-email',
  );
});

test('deactivates an account, which keeps it listed as deactivated', async ({ page }) => {
  const name = unique('E2E Deaktiviert');
  await page.goto('/de/verwaltung/mitarbeitende/neu');
  await page
    .getByRole('textbox', { name: staffText.fields.email })
    .fill(`${unique('weg')}@e2e.example`);
  await page.getByRole('textbox', { name: staffText.fields.displayName }).fill(name);
  await page.getByRole('button', { name: staffText.submitCreate }).click();
  await expect(notice(page, fill(staffText.createdNotice, { name }))).toBeVisible();

  await page.getByRole('textbox', { name: staffText.filter.query }).fill(name);
  await page.getByRole('button', { name: staffText.filter.submit }).click();
  await page.getByRole('link', { name: fill(admin.Admin.editLabel, { name }) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    fill(staffText.editTitle, { name }),
  );
  await expectAccessible(page);
  await page.getByRole('button', { name: admin.Admin.activation.deactivate }).click();

  await expect(notice(page, admin.Admin.done.deactivated)).toBeVisible();
  await expect(page.getByText(staffText.inactiveText)).toBeVisible();
  await expect(page.getByRole('button', { name: admin.Admin.activation.reactivate })).toBeVisible();
  await page.goto(`/de/verwaltung/mitarbeitende?q=${encodeURIComponent(name)}&status=inactive`);
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) }),
  ).toContainText(admin.Admin.status.inactive);
  await page.getByRole('link', { name: admin.Admin.nav.audit }).click();
  await expect(
    page.getByRole('row').filter({ hasText: admin.AdminAudit.actions.staff.deactivated }).first(),
  ).toBeVisible();
});

test('edits an office rule and a meeting point of its own office', async ({ page }) => {
  const id = unique('e2e-office');
  const name = `E2E Dienststelle ${id}`;
  await page.goto('/de/verwaltung/dienststellen/neu');
  await expectAccessible(page);
  await page.getByRole('textbox', { name: officeText.fields.id }).fill(id);
  await page.getByRole('combobox', { name: officeText.fields.providerId }).selectOption('bbe');
  await page.getByRole('textbox', { name: officeText.fields.name, exact: true }).fill(name);
  await page.getByRole('textbox', { name: officeText.fields.street }).fill('Testweg 1');
  await page.getByRole('textbox', { name: officeText.fields.postcode, exact: true }).fill('47533');
  await page.getByRole('textbox', { name: officeText.fields.city, exact: true }).fill('Kleve');
  await page.getByRole('button', { name: officeText.submitCreate }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    fill(officeText.editTitle, { name }),
  );
  await expect(notice(page, admin.Admin.done.created)).toBeVisible();

  // Walk & talk needs a meeting point first: the channels group says so.
  const channels = group(page, officeText.fields.channels);
  await channels.getByRole('checkbox', { name: de.Booking.channels.walk_and_talk.name }).check();
  const buffer = page.getByRole('textbox', { name: officeText.fields.bufferMinutes });
  await buffer.fill('15');
  await page.getByRole('button', { name: admin.Admin.save }).click();
  await expect(channels).toHaveAccessibleDescription(
    new RegExp(errors.reasons.walk_needs_meeting_point),
  );
  await expectAccessible(page);

  await page.getByRole('link', { name: pointText.create.title }).click();
  await page.getByRole('textbox', { name: pointText.fields.name }).fill('Haupteingang');
  await page
    .getByRole('textbox', { name: pointText.fields.description })
    .fill('Am Fahrradständer.');
  await page.getByRole('checkbox', { name: pointText.fields.isStepFree }).check();
  await page.getByRole('button', { name: pointText.create.submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    fill(pointText.editTitle, { name: 'Haupteingang' }),
  );
  const duration = page.getByRole('textbox', { name: pointText.fields.typicalDurationMinutes });
  await duration.fill('75');
  await page.getByRole('button', { name: admin.Admin.save }).click();
  await expect(notice(page, admin.Admin.done.saved)).toBeVisible();
  await expect(duration).toHaveValue('75');
  await expectAccessible(page);

  await page.getByRole('link', { name: fill(pointText.backToOffice, { office: name }) }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Haupteingang' })).toContainText('75 Min.');
  await channels.getByRole('checkbox', { name: de.Booking.channels.walk_and_talk.name }).check();
  await buffer.fill('15');
  await page.getByRole('button', { name: admin.Admin.save }).click();
  await expect(notice(page, admin.Admin.done.saved)).toBeVisible();
  await expect(buffer).toHaveValue('15');
  await expectAccessible(page);

  // Out of the booking flow again, so no other test meets this office.
  await page.getByRole('button', { name: admin.Admin.activation.deactivate }).click();
  await expect(page.getByText(officeText.inactiveText)).toBeVisible();
});

// Pages whose content other tests do not change; detail pages are reached by their links.
const staticPages = [
  '/de/verwaltung',
  '/de/verwaltung/mitarbeitende',
  '/de/verwaltung/mitarbeitende/neu',
  '/de/verwaltung/teams',
  '/de/verwaltung/dienststellen',
  '/de/verwaltung/dienststellen/neu',
  '/de/verwaltung/dienststellen/aa-duesseldorf',
  '/de/verwaltung/dienststellen/aa-duesseldorf/treffpunkte/neu',
  '/de/verwaltung/angebote',
  '/de/verwaltung/angebote/neu',
  '/de/verwaltung/angebote/bbie-orientation',
  '/de/verwaltung/protokoll',
  '/en/verwaltung/mitarbeitende',
];

for (const path of staticPages) {
  test(`${path} passes axe`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
}

for (const list of ['/de/verwaltung/mitarbeitende', '/de/verwaltung/teams']) {
  test(`the first edit page linked from ${list} passes axe`, async ({ page }) => {
    const editLink = new RegExp(`^${admin.Admin.editLabel.replace('{name}', '.+')}$`);
    await page.goto(list);
    await page.getByRole('link', { name: editLink }).first().click();
    await expect(page.getByRole('button', { name: admin.Admin.save })).toBeVisible();
    await expectAccessible(page);
  });
}
