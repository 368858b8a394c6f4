import { randomUUID } from 'node:crypto';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import auth from '../lib/i18n/messages/auth/de.json';
import de from '../lib/i18n/messages/de.json';
import { bookViaApi, uniqueEmail } from './support/booking';
import { queryE2eDatabase, writeE2eDatabase } from './support/database';
import { createSessionFor, demoEmails, sessionHeaders, signInAs } from './support/sign-in';

/**
 * Through the real server: nobody reads or changes what is not theirs. The full table of
 * role × action lives in lib/auth/policy.test.ts; these are the cases end to end.
 */
const baseURL = process.env.E2E_BASE_URL;

function staffIdOf(email: string) {
  return queryE2eDatabase<{ id: string }>('select id from staff where email = ?', email)[0]!.id;
}

/** A future confirmed booking of a counsellor who is (or is not) in `teamId`. */
function bookingAround(teamId: string, inTeam: boolean, counsellorId?: string) {
  const rows = queryE2eDatabase<{ id: string; counsellorId: string }>(
    `select b.id, b.counsellor_id as counsellorId from bookings b
     where b.status = 'confirmed' and b.starts_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       and ${inTeam ? '' : 'not'} exists (
         select 1 from team_memberships m where m.staff_id = b.counsellor_id and m.team_id = ?)
       and (? is null or b.counsellor_id = ?)
     order by b.starts_at limit 1`,
    teamId,
    counsellorId ?? null,
    counsellorId ?? null,
  );
  expect(rows.length, 'the demo data has such a booking').toBe(1);
  return rows[0]!;
}

async function apiAs(email: string | null) {
  const headers = email ? sessionHeaders(createSessionFor(email).sessionToken) : {};
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: headers });
}

const counsellorId = () => staffIdOf(demoEmails.counsellor);
const teamOfCounsellor = () =>
  queryE2eDatabase<{ teamId: string }>(
    'select team_id as teamId from team_memberships where staff_id = ?',
    counsellorId(),
  )[0]!.teamId;

test('an anonymous request to a staff API must sign in (401, problem+json)', async () => {
  const api = await apiAs(null);
  const response = await api.get(`/api/v1/counsellors/${counsellorId()}/appointments`);
  expect(response.status()).toBe(401);
  expect(response.headers()['content-type']).toContain('application/problem+json');
  expect((await response.json()).reason).toBe('sign_in_required');
});

test('a counsellor reads their own calendar and bookings, not those of another team', async () => {
  const api = await apiAs(demoEmails.counsellor);
  const own = await api.get(`/api/v1/counsellors/${counsellorId()}/appointments?days=14`);
  expect(own.status()).toBe(200);
  const { appointments } = (await own.json()) as { appointments: { id: string }[] };
  expect(appointments.length).toBeGreaterThan(0);

  const ownBooking = bookingAround(teamOfCounsellor(), true, counsellorId());
  expect((await api.get(`/api/v1/bookings/${ownBooking.id}`)).status()).toBe(200);

  const foreign = bookingAround(teamOfCounsellor(), false);
  const foreignRead = await api.get(`/api/v1/bookings/${foreign.id}`);
  expect(foreignRead.status()).toBe(404);
  const foreignCalendar = await api.get(`/api/v1/counsellors/${foreign.counsellorId}/appointments`);
  expect(foreignCalendar.status()).toBe(403);
  const cancel = await api.post(`/api/v1/bookings/${foreign.id}/cancel`, { data: {} });
  expect(cancel.status()).toBe(404);
});

test("a team lead reads their team's calendars and bookings, not another team's", async () => {
  const api = await apiAs(demoEmails.team_lead);
  const member = bookingAround(teamOfCounsellor(), true);
  expect((await api.get(`/api/v1/bookings/${member.id}`)).status()).toBe(200);
  const calendar = await api.get(`/api/v1/counsellors/${member.counsellorId}/appointments`);
  expect(calendar.status()).toBe(200);
  const foreign = bookingAround(teamOfCounsellor(), false);
  expect((await api.get(`/api/v1/bookings/${foreign.id}`)).status()).toBe(404);
  const foreignCalendar = await api.get(`/api/v1/counsellors/${foreign.counsellorId}/appointments`);
  expect(foreignCalendar.status()).toBe(403);
});

test('an admin manages the organisation but does not read appointments', async () => {
  const api = await apiAs(demoEmails.admin);
  const booking = bookingAround(teamOfCounsellor(), true);
  expect((await api.get(`/api/v1/bookings/${booking.id}`)).status()).toBe(404);
  expect((await api.get(`/api/v1/counsellors/${booking.counsellorId}/appointments`)).status()).toBe(
    403,
  );
});

test('a manage token for booking X does not open booking Y', async ({ request }) => {
  const x = await bookViaApi(request, {
    serviceId: 'bbie-orientation',
    channel: 'video',
    officeId: 'aa-dortmund',
    email: uniqueEmail('token-x'),
  });
  const y = await bookViaApi(request, {
    serviceId: 'bbie-orientation',
    channel: 'video',
    officeId: 'aa-dortmund',
    email: uniqueEmail('token-y'),
    slotIndex: 3,
  });
  const tokenOfX = new URL(x.manageUrl).searchParams.get('token')!;
  const bearer = { Authorization: `Bearer ${tokenOfX}` };
  expect((await request.get(`/api/v1/bookings/${x.id}`, { headers: bearer })).status()).toBe(200);
  const read = await request.get(`/api/v1/bookings/${y.id}`, { headers: bearer });
  expect(read.status()).toBe(404);
  const cancel = await request.post(`/api/v1/bookings/${y.id}/cancel`, {
    headers: bearer,
    data: {},
  });
  expect(cancel.status()).toBe(404);
  const stillConfirmed = queryE2eDatabase('select status from bookings where id = ?', y.id);
  expect(stillConfirmed).toEqual([{ status: 'confirmed' }]);
});

test('a signed-in client sees only bookings made with their address', async ({ request }) => {
  const email = uniqueEmail('own');
  const mine = await bookViaApi(request, {
    serviceId: 'bbie-orientation',
    channel: 'phone',
    officeId: 'aa-dortmund',
    email,
    phone: '0231 1234567',
    slotIndex: 6,
  });
  const api = await apiAs(email);
  expect((await api.get(`/api/v1/bookings/${mine.id}`)).status()).toBe(200);
  const other = bookingAround(teamOfCounsellor(), true);
  expect((await api.get(`/api/v1/bookings/${other.id}`)).status()).toBe(404);
  expect((await api.get(`/api/v1/counsellors/${counsellorId()}/appointments`)).status()).toBe(403);
});

test('a deactivated staff account is refused at once, on pages and APIs', async ({ page }) => {
  const id = `e2e-${randomUUID()}`;
  const email = `${id}@demo.beratungsportal.example`;
  writeE2eDatabase((db) =>
    db
      .prepare(
        `insert into staff (id, email, display_name, role, active, created_at)
         values (?, ?, 'E2E Deaktiviert', 'counsellor', 1, ?)`,
      )
      .run(id, email, new Date().toISOString()),
  );
  await signInAs(page, { clientEmail: email });
  await page.goto('/de/arbeitsbereich');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    auth.Workspace.title.replace('{name}', 'E2E Deaktiviert'),
  );
  writeE2eDatabase((db) => db.prepare('update staff set active = 0 where id = ?').run(id));
  const response = await page.goto('/de/arbeitsbereich');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(auth.Forbidden.title);
  const api = await apiAs(email);
  expect((await api.get(`/api/v1/counsellors/${id}/appointments`)).status()).toBe(403);
});

test('a counsellor opening their appointment is offered only what they may do', async ({
  page,
}) => {
  await signInAs(page, 'counsellor');
  const own = bookingAround(teamOfCounsellor(), true, counsellorId());
  await page.goto(`/de/termin/${own.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(de.Manage.titles.view);
  await expect(page.getByRole('link', { name: de.Manage.actions.cancel })).toBeVisible();
  await expect(page.getByRole('link', { name: de.Manage.actions.reschedule })).toHaveCount(0);
  await expect(page.getByRole('link', { name: de.Manage.actions.channel })).toHaveCount(0);
  const foreign = bookingAround(teamOfCounsellor(), false);
  expect((await page.goto(`/de/termin/${foreign.id}`))?.status()).toBe(404);
});

test('a session idle for longer than its timeout no longer signs anyone in', async () => {
  const { sessionToken } = createSessionFor(demoEmails.counsellor, { expiresInMinutes: -1 });
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: sessionHeaders(sessionToken),
  });
  const response = await api.get(`/api/v1/counsellors/${counsellorId()}/appointments`);
  expect(response.status()).toBe(401);
});

test('staff pages send visitors to sign in, and other roles get 403', async ({ page }) => {
  const anonymous = await page.goto('/de/arbeitsbereich');
  expect(anonymous?.url()).toContain('/de/anmelden?callbackUrl=%2Fde%2Farbeitsbereich');
  await signInAs(page, 'counsellor');
  const clientPage = await page.goto('/de/meine-termine');
  expect(clientPage?.status()).toBe(403);
});

test('an API write from another site is refused, even with the right token', async ({
  request,
}) => {
  const booking = await bookViaApi(request, {
    serviceId: 'bbie-orientation',
    channel: 'video',
    officeId: 'aa-dortmund',
    email: uniqueEmail('csrf'),
    slotIndex: 9,
  });
  const token = new URL(booking.manageUrl).searchParams.get('token')!;
  const response = await request.post(`/api/v1/bookings/${booking.id}/cancel`, {
    headers: { Authorization: `Bearer ${token}`, Origin: 'https://evil.example' },
    data: {},
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).reason).toBe('cross_site_request');
  expect(queryE2eDatabase('select status from bookings where id = ?', booking.id)).toEqual([
    { status: 'confirmed' },
  ]);
});
