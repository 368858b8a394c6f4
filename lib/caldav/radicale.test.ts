import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { findConnection, listBusyIntervals } from '@/db/queries/caldav';
import { calendarUidOf } from '@/lib/booking/calendar-event';
import { createBookingSchema } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import { cancelBooking, rescheduleBooking } from '@/lib/booking/service-manage';
import { listSlots } from '@/lib/booking/service-slots';
import {
  byLink,
  createFixtureDatabase,
  fixtureDeps,
  fixtureNotifySettings,
  fixtureNow,
} from '@/lib/booking/test-fixture';
import { processDueJobs, type WorkerDeps } from '@/lib/notify/worker';
import { staffActor } from '@/lib/workspace/test-fixture';
import { startRadicale, type RadicaleServer } from '@/scripts/lib/radicale-process';
import { eventUrlOf } from './client';
import { connectCalendar, disconnectCalendar } from './connection';
import type { CalendarSyncDeps } from './context';

/**
 * The CalDAV sync against a real CalDAV server (Radicale, scripts/radicale-install.sh):
 * busy times hide slots, appointments are written, moved and deleted.
 */
let radicale: RadicaleServer;
let db: Database;
let calendarUrl: string;

beforeAll(async () => {
  radicale = await startRadicale();
});
afterAll(async () => {
  await radicale?.stop();
});
beforeEach(async () => {
  db = createFixtureDatabase();
  calendarUrl = await radicale.createCalendar(`kalender-${randomUUID().slice(0, 8)}`);
});

const syncDeps = (): CalendarSyncDeps => ({
  db,
  now: () => fixtureNow,
  secret: fixtureNotifySettings.secret,
  allowPlainHttp: true,
  maxAttempts: 3,
});

function workerDeps(): WorkerDeps {
  return {
    db,
    mail: { send: async () => {} },
    now: () => fixtureNow,
    appUrl: 'http://localhost:3000',
    secret: fixtureNotifySettings.secret,
    mailFrom: 'Test <no-reply@example.org>',
    config: {
      ...fixtureNotifySettings,
      pollMs: 1000,
      retryBaseSeconds: 30,
      leaseSeconds: 300,
      waitlistOfferMinutes: 30,
      calendarSyncMinutes: 5,
    },
    workerId: 'test',
    log: () => {},
    allowPlainHttp: true,
  };
}

const authorization = () =>
  `Basic ${Buffer.from(`${radicale.username}:${radicale.password}`).toString('base64')}`;

/** An event someone made in their own calendar app, straight on the server. */
async function putExternalEvent(uid: string, lines: string[]) {
  const body = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Extern//DE',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261101T000000Z',
    'SUMMARY:Zahnarzt (privat)',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const response = await fetch(`${calendarUrl}${uid}.ics`, {
    method: 'PUT',
    headers: { Authorization: authorization(), 'Content-Type': 'text/calendar' },
    body,
  });
  expect(response.status).toBe(201);
}

async function readServerEvent(bookingId: string) {
  const response = await fetch(eventUrlOf(calendarUrl, bookingId), {
    headers: { Authorization: authorization() },
  });
  if (response.status === 404) return null;
  expect(response.status).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  return {
    uid: event.uid,
    summary: event.summary,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    tzid: event.startDate.zone?.tzid,
  };
}

const connect = (password = radicale.password, url = calendarUrl) =>
  connectCalendar(syncDeps(), staffActor(db, 'c3'), 'c3', {
    calendarUrl: url,
    username: radicale.username,
    password,
  });

// C3 is the only counsellor of office B (svc-b, presence 08–12 and 13–16 Berlin time).
const slotQuery = { serviceId: 'svc-b', channel: 'presence' as const, officeId: 'office-b' };
const slotStarts = () =>
  listSlots(fixtureDeps(db), { ...slotQuery, to: '2026-12-01' }).slots.map((s) => s.start);

function book(start: string) {
  return createBooking(
    fixtureDeps(db),
    createBookingSchema.parse({
      ...slotQuery,
      start,
      client: { name: 'Kai Kunde', email: 'kai@example.org' },
      privacyConsent: true,
    }),
  );
}

describe('connecting', () => {
  it('names the reason when the server refuses the password', async () => {
    await expect(connect('falsch')).rejects.toMatchObject({
      reason: 'caldav_auth_refused',
      fieldErrors: { password: ['auth_refused'] },
    });
    expect(findConnection(db, 'c3')).toBeUndefined();
  });

  it('tells an address that is no calendar from one that does not exist', async () => {
    await expect(connect(radicale.password, radicale.principalUrl)).rejects.toMatchObject({
      reason: 'caldav_not_a_calendar',
    });
    await expect(
      connect(radicale.password, `${radicale.principalUrl}gibt-es-nicht/`),
    ).rejects.toMatchObject({ reason: 'caldav_not_found' });
  });

  it('stores the password sealed, never in plain text', async () => {
    await connect();
    const row = findConnection(db, 'c3')!;
    expect(row.sealedPassword).not.toContain(radicale.password);
    expect(row.lastSuccessAt).toBe(fixtureNow.toISOString());
    expect(row.lastErrorReason).toBeNull();
  });
});

describe('busy times from the external calendar', () => {
  it('an external event hides the slot in listings and the booking is refused', async () => {
    expect(slotStarts()).toContain('2026-12-01T09:00:00+01:00');
    await putExternalEvent('zahnarzt', [
      'DTSTART;TZID=Europe/Berlin:20261201T091500',
      'DTEND;TZID=Europe/Berlin:20261201T094500',
    ]);
    // A free (transparent) event blocks nothing.
    await putExternalEvent('erinnerung', [
      'DTSTART:20261201T130000Z',
      'DTEND:20261201T140000Z',
      'TRANSP:TRANSPARENT',
    ]);
    await connect();
    expect(listBusyIntervals(db, 'c3')).toEqual([
      { startsAt: '2026-12-01T08:15:00.000Z', endsAt: '2026-12-01T08:45:00.000Z' },
    ]);
    const starts = slotStarts();
    expect(starts).not.toContain('2026-12-01T09:00:00+01:00');
    expect(starts).toContain('2026-12-01T14:00:00+01:00');
    expect(() => book('2026-12-01T09:00:00+01:00')).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });

  it('expands a recurring event and picks up new events on the next pull', async () => {
    await connect();
    await putExternalEvent('teamrunde', [
      'DTSTART;TZID=Europe/Berlin:20261124T100000',
      'DTEND;TZID=Europe/Berlin:20261124T110000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU',
    ]);
    expect(slotStarts()).toContain('2026-12-01T10:00:00+01:00');
    const later = new Date(fixtureNow.getTime() + 6 * 60_000);
    const { pullDueCalendars } = await import('./sync');
    expect(
      await pullDueCalendars({ ...syncDeps(), now: () => later }, { intervalMinutes: 5 }),
    ).toBe(1);
    expect(slotStarts()).not.toContain('2026-12-01T10:00:00+01:00');
    expect(listBusyIntervals(db, 'c3').slice(0, 2)).toEqual([
      { startsAt: '2026-12-01T09:00:00.000Z', endsAt: '2026-12-01T10:00:00.000Z' },
      { startsAt: '2026-12-08T09:00:00.000Z', endsAt: '2026-12-08T10:00:00.000Z' },
    ]);
  });

  it('our own appointment in the calendar does not block itself', async () => {
    await connect();
    const booked = book('2026-12-01T10:00:00+01:00');
    await processDueJobs(workerDeps());
    expect(await readServerEvent(booked.id)).not.toBeNull();
    const later = new Date(fixtureNow.getTime() + 6 * 60_000);
    const { pullDueCalendars } = await import('./sync');
    await pullDueCalendars({ ...syncDeps(), now: () => later }, { intervalMinutes: 5 });
    expect(listBusyIntervals(db, 'c3')).toEqual([]);
  });
});

describe('appointments written to the calendar', () => {
  it('a booking appears with its times, a change moves it, a cancellation deletes it', async () => {
    await connect();
    const booked = book('2026-12-01T10:00:00+01:00');
    await processDueJobs(workerDeps());
    expect(await readServerEvent(booked.id)).toEqual({
      uid: calendarUidOf(booked.id),
      summary: 'Vor Ort: K. K.',
      start: '2026-12-01T09:00:00.000Z',
      end: '2026-12-01T10:30:00.000Z',
      tzid: 'Europe/Berlin',
    });

    rescheduleBooking(fixtureDeps(db), booked.id, byLink(booked.manageToken), {
      start: '2026-12-02T13:00:00+01:00',
    });
    await processDueJobs(workerDeps());
    expect(await readServerEvent(booked.id)).toMatchObject({
      start: '2026-12-02T12:00:00.000Z',
      end: '2026-12-02T13:30:00.000Z',
    });

    cancelBooking(fixtureDeps(db), booked.id, byLink(booked.manageToken), {});
    await processDueJobs(workerDeps());
    expect(await readServerEvent(booked.id)).toBeNull();
  });

  it('pushes the appointments that exist when the calendar is connected', async () => {
    const booked = book('2026-12-01T08:00:00+01:00');
    await processDueJobs(workerDeps());
    expect(await readServerEvent(booked.id)).toBeNull();
    await connect();
    await processDueJobs(workerDeps());
    expect(await readServerEvent(booked.id)).toMatchObject({ start: '2026-12-01T07:00:00.000Z' });
  });

  it('a push that the server refuses is retried and shown as the last error', async () => {
    await connect();
    const booked = book('2026-12-01T08:00:00+01:00');
    // The password changed on the server side after connecting.
    db.$client.prepare("update calendar_connections set sealed_password = 'v1.broken.box.x'").run();
    await processDueJobs(workerDeps());
    expect(findConnection(db, 'c3')!.lastErrorReason).toBe('auth_refused');
    const job = db.$client
      .prepare("select status, attempts, last_error from jobs where kind = 'calendar_push'")
      .get() as { status: string; attempts: number; last_error: string };
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job.last_error).toContain('password');
    expect(await readServerEvent(booked.id)).toBeNull();
    disconnectCalendar(syncDeps(), staffActor(db, 'c3'), 'c3');
    expect(findConnection(db, 'c3')).toBeUndefined();
  });
});
