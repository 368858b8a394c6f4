import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { queryE2eDatabase } from './support/database';
import { parseInvite } from './support/ics';

const office = 'aa-duesseldorf';
const service = 'bbie-orientation';

function demoCounsellorId(): string {
  const [row] = queryE2eDatabase<{ id: string }>(
    "select id from staff where email = 'beraterin@demo.beratungsportal.example'",
  );
  return row!.id;
}

async function firstSlot(request: APIRequestContext, params: Record<string, string>) {
  const search = new URLSearchParams({
    serviceId: service,
    channel: 'presence',
    officeId: office,
    ...params,
  });
  const response = await request.get(`/api/v1/slots?${search}`);
  expect(response.status()).toBe(200);
  const { slots } = (await response.json()) as { slots: { start: string }[] };
  expect(slots.length).toBeGreaterThan(0);
  return slots[0]!.start;
}

function bookingBody(start: string, extra: Record<string, unknown> = {}) {
  return {
    serviceId: service,
    channel: 'presence',
    officeId: office,
    start,
    client: { name: 'Parallel Test', email: `p-${randomUUID()}@example.org` },
    privacyConsent: true,
    ...extra,
  };
}

test('50 parallel bookings of one slot: exactly one wins, the rest get 409', async ({
  request,
}) => {
  const counsellorId = demoCounsellorId();
  const start = await firstSlot(request, { counsellorId });
  const responses = await Promise.all(
    Array.from({ length: 50 }, () =>
      request.post('/api/v1/bookings', { data: bookingBody(start, { counsellorId }) }),
    ),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 201)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(49);
  const conflict = responses.find((r) => r.status() === 409)!;
  expect(conflict.headers()['content-type']).toContain('application/problem+json');
  expect(await conflict.json()).toMatchObject({
    status: 409,
    reason: 'slot_taken',
    alternatives: expect.any(Array),
  });
  const rows = queryE2eDatabase(
    "select id from bookings where counsellor_id = ? and starts_at = ? and status = 'confirmed'",
    counsellorId,
    new Date(start).toISOString(),
  );
  expect(rows).toHaveLength(1);
});

test('an idempotent retry returns the same booking', async ({ request }) => {
  const start = await firstSlot(request, { channel: 'video' });
  const body = bookingBody(start, { channel: 'video' });
  const key = `retry-${randomUUID()}`;
  const first = await request.post('/api/v1/bookings', {
    data: body,
    headers: { 'Idempotency-Key': key },
  });
  const second = await request.post('/api/v1/bookings', {
    data: body,
    headers: { 'Idempotency-Key': key },
  });
  expect(first.status()).toBe(201);
  expect(second.status()).toBe(201);
  expect((await second.json()).id).toBe((await first.json()).id);
});

test('managing by token: view, calendar file, cancel; a wrong token looks like a missing booking', async ({
  request,
}) => {
  const start = await firstSlot(request, { channel: 'phone' });
  const created = await request.post('/api/v1/bookings', {
    data: bookingBody(start, {
      channel: 'phone',
      client: { name: 'Tel Test', email: `t-${randomUUID()}@example.org`, phone: '0211 1234567' },
    }),
  });
  expect(created.status()).toBe(201);
  const { id, manageToken } = await created.json();
  const auth = { Authorization: `Bearer ${manageToken}` };

  const view = await request.get(`/api/v1/bookings/${id}`, { headers: auth });
  expect(await view.json()).toMatchObject({ id, status: 'confirmed', channel: 'phone', start });

  const wrong = await request.get(`/api/v1/bookings/${id}`, {
    headers: { Authorization: 'Bearer nope' },
  });
  const missing = await request.get(`/api/v1/bookings/${randomUUID()}`, { headers: auth });
  expect(wrong.status()).toBe(404);
  expect(missing.status()).toBe(404);
  expect(await wrong.json()).toMatchObject({ reason: 'booking_not_found' });

  const ics = await request.get(
    `/api/v1/bookings/${id}/calendar.ics?token=${encodeURIComponent(manageToken)}`,
  );
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text).toContain('BEGIN:VEVENT');
  // Local time with its VTIMEZONE, read back to the instant by an independent parser.
  expect(text).toContain('BEGIN:VTIMEZONE');
  const event = parseInvite(text);
  expect(event.startZone).toBe('Europe/Berlin');
  expect(event.start.getTime()).toBe(Date.parse(start));

  const cancelled = await request.post(`/api/v1/bookings/${id}/cancel`, { headers: auth });
  expect(cancelled.status()).toBe(200);
  expect((await cancelled.json()).status).toBe('cancelled');
});

test('bad input gets a specific problem, never a 500', async ({ request }) => {
  const malformed = await request.post('/api/v1/bookings', {
    data: Buffer.from('{"serviceId":'),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({ reason: 'malformed_json' });

  const invalid = await request.post('/api/v1/bookings', {
    data: { ...bookingBody('tomorrow'), client: { name: 'X', email: 'nope' } },
  });
  expect(invalid.status()).toBe(422);
  const fields = ((await invalid.json()).errors as { field: string }[]).map((e) => e.field);
  expect(fields).toEqual(expect.arrayContaining(['start', 'client.email', 'client.name']));

  const unknownOffice = await request.get(
    `/api/v1/slots?serviceId=${service}&channel=presence&officeId=nowhere`,
  );
  expect(unknownOffice.status()).toBe(404);
  const badChannel = await request.get(
    `/api/v1/slots?serviceId=${service}&channel=fax&officeId=${office}`,
  );
  expect(badChannel.status()).toBe(422);
});

test('the OpenAPI document describes the API', async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  const doc = await response.json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining([
      '/api/v1/slots',
      '/api/v1/bookings',
      '/api/v1/bookings/{id}/reschedule',
    ]),
  );
});
