import { expect, test, type Page } from '@playwright/test';
import core from '../lib/i18n/messages/de.json';
import de from '../lib/i18n/messages/roster/de.json';
import {
  addDaysToLocalDate,
  isoWeekdayOf,
  localDateOf,
  zonedWallTimeToUtc,
} from '../lib/calendar/local-date';
import { expectNoAxeViolations } from './support/axe';
import { queryE2eDatabase, writeE2eDatabase } from './support/database';
import { saveScreenshot, viewports } from './support/screenshots';
import { demoEmails, signInAs } from './support/sign-in';
import { createAppointment, createCounsellor, type CounsellorFixture } from './support/workspace';

const zone = 'Europe/Berlin';
const tablet = { width: 820, height: 1180 };
const demoTeam = 'team-aa-duesseldorf';

/** Monday of the week after this one: every date in it lies ahead. */
function nextMonday(): string {
  const today = localDateOf(new Date(), zone);
  return addDaysToLocalDate(today, 8 - isoWeekdayOf(today));
}

/**
 * The fixture counsellor's team (works 07:00–20:00 every day at one office), with the
 * demo team lead as a second lead: the lead edits a roster no other spec books against.
 */
function teamOf(counsellor: CounsellorFixture): string {
  return writeE2eDatabase((db) => {
    const { team_id: teamId } = db
      .prepare('select team_id from team_memberships where staff_id = ?')
      .get(counsellor.id) as { team_id: string };
    const { id: leadId } = db
      .prepare('select id from staff where email = ?')
      .get(demoEmails.team_lead) as { id: string };
    db.prepare("insert into team_memberships (team_id, staff_id, role) values (?, ?, 'lead')").run(
      teamId,
      leadId,
    );
    return teamId;
  });
}

const section = (page: Page, counsellor: CounsellorFixture) =>
  page.locator(`[data-counsellor="${counsellor.id}"]`);

async function fillBlock(page: Page, fields: { day: string; start: string; end: string }) {
  await page.getByLabel(de.RosterForm.day).selectOption(fields.day);
  await page.getByLabel(de.RosterForm.startTime, { exact: true }).fill(fields.start);
  await page.getByLabel(de.RosterForm.endTime, { exact: true }).fill(fields.end);
}

test('the demo team lead reads the roster with rooms, load and absences', async ({ page }) => {
  await signInAs(page, 'team_lead');
  await page.setViewportSize(viewports.desktop);
  await page.goto(`/de/team/dienstplan?team=${demoTeam}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Dienstplan: Beratungsteam Düsseldorf',
  );
  await expect(page.getByRole('link', { name: de.TeamNav.roster })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // Presence blocks of the demo data name their room; every block says its load.
  await expect(page.getByText('Raum 1.11', { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/von .* gebucht/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'roster-desktop');
  await page.setViewportSize(tablet);
  await saveScreenshot(page, 'roster-tablet');
  await page.setViewportSize(viewports.phone);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'roster-phone');
  await page.goto(`/de/team/dienstplan?team=${demoTeam}&woche=${nextMonday()}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a counsellor has no team area', async ({ page }) => {
  await signInAs(page, 'counsellor');
  const response = await page.goto(`/de/team/dienstplan?team=${demoTeam}`);
  expect(response?.status()).toBe(403);
});

test('a team lead edits the roster: add, overlap, move with handover, copy, targets', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const counsellor = createCounsellor();
  const teamId = teamOf(counsellor);
  const monday = nextMonday();
  const tuesday = addDaysToLocalDate(monday, 1);
  const booking = createAppointment(counsellor, {
    startsAt: zonedWallTimeToUtc(tuesday, '10:00', zone)!,
  });
  await signInAs(page, 'team_lead');
  await page.setViewportSize(tablet);
  const weekUrl = (date: string) => `/de/team/dienstplan?team=${teamId}&woche=${date}`;
  await page.goto(weekUrl(monday));
  const mine = section(page, counsellor);
  await expect(mine.getByRole('heading', { name: counsellor.name })).toBeVisible();
  await expect(mine.locator('[data-channel="video"]')).toContainText(de.Roster.noTarget);

  // Add a Saturday evening block for this week only, with a room.
  await mine
    .getByRole('link', { name: new RegExp(`^${de.Roster.addBlock}.*${counsellor.name}`) })
    .click();
  await expect(page.getByRole('heading', { name: de.RosterForm.addTitle })).toBeVisible();
  await fillBlock(page, { day: '6', start: '20:00', end: '21:30' });
  await page.getByRole('checkbox', { name: core.Booking.channels.presence.name }).check();
  await page.getByLabel(de.RosterForm.room).fill('Raum 0.07');
  await page.getByRole('button', { name: de.RosterForm.addSubmit }).click();
  await expect(page.getByText(de.Roster.done.saved)).toBeVisible();
  const saturday = mine.locator(`[data-date="${addDaysToLocalDate(monday, 5)}"]`);
  await expect(saturday).toContainText('20:00–21:30');
  await expect(saturday).toContainText('Raum 0.07');

  // An overlapping block is refused with the reason.
  await mine
    .getByRole('link', { name: new RegExp(`^${de.Roster.addBlock}.*${counsellor.name}`) })
    .click();
  await fillBlock(page, { day: '6', start: '19:00', end: '20:30' });
  await page.getByRole('checkbox', { name: core.Booking.channels.video.name }).check();
  await page.getByRole('button', { name: de.RosterForm.addSubmit }).click();
  await expect(page.getByRole('alert', { name: de.RosterForm.errorTitle })).toContainText(
    de.RosterErrors.reasons.block_overlaps,
  );
  await expectNoAxeViolations(page);

  // Moving Tuesday's start past the booking lists it first, then hands it over.
  await page.goto(weekUrl(monday));
  const tuesdayCell = mine.locator(`[data-date="${tuesday}"]`);
  await tuesdayCell.getByRole('link', { name: new RegExp(`^${de.Roster.change}`) }).click();
  await page.getByLabel(de.RosterForm.startTime, { exact: true }).fill('12:00');
  await page.getByRole('button', { name: de.RosterForm.changeSubmit }).click();
  await expect(page.getByRole('heading', { name: de.RosterCheck.title })).toBeVisible();
  await expect(page.locator(`[data-conflict="${booking.id}"]`)).toContainText(booking.clientName);
  const handovers = () =>
    queryE2eDatabase<{ from_staff_id: string; cause: string }>(
      'select from_staff_id, cause from booking_handovers where booking_id = ? and resolved_at is null',
      booking.id,
    );
  expect(handovers()).toEqual([]);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'roster-check');
  await page.getByRole('button', { name: de.RosterCheck.confirm }).click();
  await expect(
    page.getByText('Gespeichert. Ein Termin wurde zur Neuverteilung übergeben.'),
  ).toBeVisible();
  expect(handovers()).toEqual([{ from_staff_id: counsellor.id, cause: 'availability' }]);
  await expect(tuesdayCell).toContainText('12:00–20:00');
  const audit = queryE2eDatabase<{ action: string }>(
    'select action from audit_events where entity_id = ? order by occurred_at',
    counsellor.id,
  );
  expect(audit.map((a) => a.action)).toEqual(['staff.roster_changed', 'staff.roster_changed']);

  // Copy the week to the two following weeks: the Saturday block comes along.
  await page.getByLabel(de.Roster.copyWeeks).selectOption('2');
  await page.getByRole('button', { name: de.Roster.copySubmit }).click();
  await expect(page.getByText(de.Roster.done.copied)).toBeVisible();
  await page.getByRole('link', { name: de.Roster.nextWeek }).click();
  const nextSaturday = mine.locator(`[data-date="${addDaysToLocalDate(monday, 12)}"]`);
  await expect(nextSaturday).toContainText('Raum 0.07');

  // A video target of 40 %: the roster shows planned against it, in words.
  await page.goto(weekUrl(monday));
  await mine
    .getByRole('link', { name: new RegExp(`^${de.Roster.editTargets}.*${counsellor.name}`) })
    .click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Video (Prozent)').fill('40');
  await page.getByRole('button', { name: de.RosterTargets.submit }).click();
  await expect(page.getByText(de.Roster.done.targets)).toBeVisible();
  const video = mine.locator('[data-channel="video"]');
  await expect(video).toContainText('(40 %)');
  await expect(video).toContainText(de.Roster.status.below);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'roster-edited-tablet');
});
