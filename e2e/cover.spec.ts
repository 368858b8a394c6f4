import { expect, test } from '@playwright/test';
import coverDe from '../lib/i18n/messages/cover/de.json';
import bookingDe from '../lib/i18n/messages/de.json';
import referralDe from '../lib/i18n/messages/referral/de.json';
import rosterDe from '../lib/i18n/messages/roster/de.json';
import { addDaysToLocalDate, localDateOf } from '../lib/calendar/local-date';
import { expectNoAxeViolations } from './support/axe';
import { queryE2eDatabase, writeE2eDatabase } from './support/database';
import { e2eMailDirectory, waitForMail } from './support/mail-catcher';
import { saveScreenshot, viewports } from './support/screenshots';
import { createSessionFor } from './support/sign-in';
import {
  createAppointment,
  createCounsellor,
  signInAsCounsellor,
  workspaceOfficeId,
  workspaceServiceId,
  type CounsellorFixture,
} from './support/workspace';

const t = coverDe.TeamCover;
const manageDe = bookingDe;
const zone = 'Europe/Berlin';

test.setTimeout(120_000);

async function signInAs(page: import('@playwright/test').Page, email: string) {
  const { sessionToken, expires } = createSessionFor(email);
  await page.context().addCookies([
    {
      name: 'authjs.session-token',
      value: sessionToken,
      url: process.env.E2E_BASE_URL!,
      httpOnly: true,
      sameSite: 'Lax',
      expires: Math.floor(expires / 1000),
    },
  ]);
}

type Slot = { start: string; end: string };

/** The counsellor's free times in the next week (public API), from the day after tomorrow. */
async function freeTimesOf(
  request: import('@playwright/test').APIRequestContext,
  counsellor: CounsellorFixture,
): Promise<Slot[]> {
  const from = addDaysToLocalDate(localDateOf(new Date(), zone), 2);
  const response = await request.get('/api/v1/slots', {
    params: {
      serviceId: workspaceServiceId,
      channel: 'presence',
      officeId: workspaceOfficeId,
      counsellorId: counsellor.id,
      from,
      to: addDaysToLocalDate(from, 6),
    },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { slots: Slot[] }).slots;
}

/** Books through the public API, so the client has a manage link like any client. */
async function book(
  request: import('@playwright/test').APIRequestContext,
  counsellor: CounsellorFixture,
  start: string,
  tag: string,
  notesConsent: boolean,
) {
  const email = `e2e-cover-${tag}-${Date.now().toString(36)}@example.org`;
  const response = await request.post('/api/v1/bookings', {
    data: {
      serviceId: workspaceServiceId,
      channel: 'presence',
      officeId: workspaceOfficeId,
      start,
      counsellorId: counsellor.id,
      client: { name: `Cora Cover ${tag}`, email },
      privacyConsent: true,
      notesConsent,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { id, manageUrl } = (await response.json()) as { id: string; manageUrl: string };
  const manage = new URL(manageUrl);
  return { id, email, name: `Cora Cover ${tag}`, managePath: manage.pathname + manage.search };
}

test('a team lead covers an absence: one appointment reassigned, one offered to the client', async ({
  page,
  browser,
  request,
}) => {
  const absent = createCounsellor();
  const colleague = createCounsellor();
  // The colleague joins the absent counsellor's team, led by `absent.leadId`.
  writeE2eDatabase((db) => {
    const teamId = (
      db.prepare('select team_id from team_memberships where staff_id = ?').get(absent.id) as {
        team_id: string;
      }
    ).team_id;
    db.prepare(
      "insert into team_memberships (team_id, staff_id, role) values (?, ?, 'member')",
    ).run(teamId, colleague.id);
  });
  const slots = await freeTimesOf(request, absent);
  const day = localDateOf(new Date(slots[0]!.start), zone);
  const at = (time: string) =>
    slots.find(
      (s) => localDateOf(new Date(s.start), zone) === day && s.start.includes(`T${time}`),
    )!;
  const covered = await book(request, absent, at('10:00').start, 'a', true);
  const offered = await book(request, absent, at('14:00').start, 'b', false);
  // The colleague is busy at 14:00, so nobody can take the second one.
  createAppointment(colleague, { startsAt: new Date(at('14:00').start) });
  writeE2eDatabase((db) =>
    db
      .prepare(
        `insert into booking_notes (booking_id, author_staff_id, body, created_at, updated_at)
         values (?, ?, ?, ?, ?)`,
      )
      .run(
        covered.id,
        absent.id,
        'Lebenslauf mitbringen lassen',
        new Date().toISOString(),
        new Date().toISOString(),
      ),
  );

  await signInAs(page, `${absent.leadId}@demo.beratungsportal.example`);
  await page.setViewportSize(viewports.phone);
  await page.goto('/de/team/vertretung');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
  await expect(page.getByRole('link', { name: rosterDe.TeamNav.cover })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // The lead records the absence; both appointments of that day then need cover.
  await page.getByLabel(t.member).selectOption(absent.id);
  await page.getByLabel('Von (Datum)').fill(day);
  await page.getByLabel('Bis (Datum)').fill(day);
  await page.getByRole('button', { name: t.absenceSubmit }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '2 Termine brauchen eine Vertretung.' }),
  ).toBeVisible();
  const coveredCard = page.locator(`[data-cover="${covered.id}"]`);
  const offeredCard = page.locator(`[data-cover="${offered.id}"]`);
  await expect(coveredCard.getByLabel(`Vertretung für ${covered.name}`)).toHaveValue(colleague.id);
  await expect(offeredCard.getByText(t.nobody)).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'team-cover-phone');
  await page.setViewportSize(viewports.desktop);
  await saveScreenshot(page, 'team-cover-desktop');
  await page.setViewportSize(viewports.phone);

  const reassignedAfter = Date.now();
  await coveredCard.getByRole('button', { name: t.reassignSubmit }).click();
  await expect(page.getByRole('status').filter({ hasText: t.done.reassigned })).toBeVisible();
  expect(
    queryE2eDatabase<{ counsellor_id: string }>(
      'select counsellor_id from bookings where id = ?',
      covered.id,
    )[0]!.counsellor_id,
  ).toBe(colleague.id);
  const change = await waitForMail({
    directory: e2eMailDirectory(),
    to: covered.email,
    subjectIncludes: 'Termin geändert',
    after: reassignedAfter,
    timeoutMs: 20_000,
  });
  expect(change.text).toContain(`Sie werden jetzt von ${colleague.name} beraten.`);
  expect(change.text).toContain(`/de/termin/${covered.id}?token=`);

  await offeredCard
    .getByRole('button', { name: t.offerSubmit.replace('{client}', offered.name) })
    .click();
  await expect(page.getByRole('status').filter({ hasText: t.done.offered })).toBeVisible();
  const request_ = await waitForMail({
    directory: e2eMailDirectory(),
    to: offered.email,
    subjectIncludes: 'Bitte wählen Sie einen neuen Termin',
    after: reassignedAfter,
    timeoutMs: 20_000,
  });
  expect(request_.text).toContain(`/de/termin/${offered.id}?token=`);
  await expect(page.getByText(t.empty)).toBeVisible();
  const events = queryE2eDatabase<{ booking_id: string; type: string }>(
    `select booking_id, type from booking_events where booking_id in (?, ?)
     and type in ('reassigned', 'reschedule_requested')`,
    covered.id,
    offered.id,
  );
  expect(events).toEqual(
    expect.arrayContaining([
      { booking_id: covered.id, type: 'reassigned' },
      { booking_id: offered.id, type: 'reschedule_requested' },
    ]),
  );

  // The colleague now holds the appointment and, with the client's consent, sees the note.
  const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL });
  try {
    const other = await context.newPage();
    await signInAsCounsellor(other, colleague);
    await other.goto(`/de/arbeitsbereich/termine/${covered.id}`);
    const notes = other.getByRole('region', {
      name: referralDe.WorkspaceReferral.colleagueNotesTitle,
    });
    await expect(notes).toContainText('Lebenslauf mitbringen lassen');
    await expectNoAxeViolations(other);
    // The client withdraws the consent on the manage page: the note is no longer shown.
    await page.goto(covered.managePath);
    const consent = page.getByRole('region', { name: manageDe.Manage.notesConsent.title });
    await consent.getByLabel(bookingDe.Booking.contact.notesConsent).uncheck();
    await consent.getByRole('button', { name: manageDe.Manage.notesConsent.submit }).click();
    await expect(
      page.getByRole('status').filter({ hasText: manageDe.Manage.done.notesConsentWithdrawn }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    expect(
      queryE2eDatabase<{ data: string }>(
        "select data from booking_events where booking_id = ? and type = 'notes_consent_changed'",
        covered.id,
      ).map((e) => JSON.parse(e.data)),
    ).toEqual([{ consent: false }]);
    await other.reload();
    await expect(other.getByText('Lebenslauf mitbringen lassen')).toHaveCount(0);
  } finally {
    await context.close();
  }
});
