import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { findDelivery, listBookingJobs } from '@/db/queries/notify-jobs';
import { offices } from '@/db/schema/organisation';
import { jobs } from '@/db/schema/notify';
import { bookings } from '@/db/schema/booking';
import { withWriteTransaction } from '@/db/transaction';
import { parseInvite } from '@/e2e/support/ics';
import type { Actor } from '@/lib/auth/policy';
import { createBookingSchema, type CreateBookingRequest } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import {
  cancelBooking,
  changeBookingChannel,
  rescheduleBooking,
} from '@/lib/booking/service-manage';
import {
  byLink,
  createFixtureDatabase,
  fixtureDeps,
  fixtureNotifySettings,
  fixtureNow,
} from '@/lib/booking/test-fixture';
import type { NotifyConfig } from '@/lib/env';
import type { OutgoingMail } from '@/lib/mail/transport';
import { noticeBookingCreated, noticeRescheduleRequested } from './booking-notices';
import { messageIdOf, processDueJobs, type WorkerDeps } from './worker';

let db: Database;
let clock: Date;
let sent: OutgoingMail[];
let failures: number;

const notifyConfig: NotifyConfig = {
  reminderMinutes: [1440, 60],
  staffNoticeHours: 24,
  pollMs: 1000,
  calendarSyncMinutes: 5,
  maxAttempts: 3,
  retryBaseSeconds: 30,
  leaseSeconds: 60,
  waitlistOfferMinutes: 30,
};

function workerDeps(overrides: Partial<WorkerDeps> = {}): WorkerDeps {
  return {
    db,
    mail: {
      async send(mail) {
        if (failures > 0) {
          failures -= 1;
          throw new Error('421 4.3.2 Service not available');
        }
        sent.push(mail);
      },
    },
    now: () => clock,
    appUrl: 'http://localhost:3000',
    secret: fixtureNotifySettings.secret,
    mailFrom: 'Beratungsportal Test <no-reply@beratungsportal.test>',
    config: notifyConfig,
    workerId: 'test-worker',
    log: () => {},
    ...overrides,
  };
}

/** Runs the worker until nothing is due at the current clock. */
async function drain(deps = workerDeps()) {
  while ((await processDueJobs(deps)) > 0) {
    /* next batch */
  }
}

beforeEach(() => {
  db = createFixtureDatabase();
  db.update(offices)
    .set({ phone: '0211 123450', accessibilityNotes: 'Aufzug am Haupteingang.' })
    .where(eq(offices.id, 'office-a'))
    .run();
  clock = fixtureNow;
  sent = [];
  failures = 0;
});

const video = { serviceId: 'svc-a', channel: 'video' as const, officeId: 'office-a' };
/** Wednesday 2 December 2026, 14:00 in Berlin: both reminders lie ahead of fixtureNow. */
const start = '2026-12-02T14:00:00+01:00';

function request(overrides: Partial<CreateBookingRequest> = {}): CreateBookingRequest {
  return createBookingSchema.parse({
    ...video,
    start,
    client: { name: 'Anna Beispiel', email: 'anna@example.org', phone: '0211 9876543' },
    privacyConsent: true,
    ...overrides,
  });
}

function book(overrides: Partial<CreateBookingRequest> = {}) {
  const created = createBooking(fixtureDeps(db, clock), request(overrides));
  return { ...created, actor: byLink(created.manageToken) as Actor };
}

function attachment(mail: OutgoingMail) {
  expect(mail.icalEvent, 'the mail carries an iCalendar').toBeDefined();
  return parseInvite(mail.icalEvent!.content);
}

describe('booking mails', () => {
  it('confirms a booking in German with text, HTML and an invitation at the booked time', async () => {
    const booking = book();
    await drain();
    expect(sent).toHaveLength(1);
    const mail = sent[0]!;
    expect(mail.to).toBe('anna@example.org');
    expect(mail.subject).toBe('Termin bestätigt: Mittwoch, 2. Dezember 2026, 14:00 Uhr');
    expect(mail.text).toContain('Guten Tag Anna Beispiel,');
    expect(mail.text).toContain('Mittwoch, 2. Dezember 2026, 14:00 bis 15:00 Uhr');
    expect(mail.text).toContain(booking.manageUrl);
    expect(mail.text).toContain(
      `http://localhost:3000/de/termin/${booking.id}/video?token=${booking.manageToken}`,
    );
    expect(mail.text).toContain('http://localhost:3000/de/video/geraetetest');
    expect(mail.text).toContain('öffnet 15 Minuten vor Beginn');
    expect(mail.html).toContain('<html lang="de"');
    expect(mail.html).toContain('<h1');
    expect(mail.html).toContain('<dt style="font-weight:bold;margin-top:8px">Wann</dt>');
    expect(mail.html).toContain('>Zum Videoraum</a>');
    const invite = attachment(mail);
    expect(invite).toMatchObject({
      method: 'REQUEST',
      uid: `${booking.id}@beratungsportal.example`,
      sequence: 0,
      status: 'CONFIRMED',
      startZone: 'Europe/Berlin',
      organizer: 'mailto:no-reply@beratungsportal.test',
    });
    expect(invite.start.toISOString()).toBe('2026-12-02T13:00:00.000Z');
    expect(invite.end.toISOString()).toBe('2026-12-02T14:00:00.000Z');
    expect(mail.icalEvent!.content).toContain('BEGIN:VTIMEZONE');
    expect(mail.icalEvent!.content).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
  });

  it('writes in English for a client who booked in English', async () => {
    book({ locale: 'en' });
    await drain();
    const mail = sent[0]!;
    expect(mail.subject).toBe('Appointment confirmed: Wednesday, 2 December 2026, 14:00');
    expect(mail.text).toContain('Hello Anna Beispiel,');
    expect(mail.text).toContain('Go to the video room');
    expect(mail.html).toContain('<html lang="en"');
    expect(mail.icalEvent!.content).toContain('SUMMARY:Counselling appointment: Orientierung en');
  });

  it('tells what differs after a reschedule, with the same UID and a higher SEQUENCE', async () => {
    const booking = book();
    await drain();
    rescheduleBooking(fixtureDeps(db, clock), booking.id, booking.actor, {
      start: '2026-12-03T14:00:00+01:00',
    });
    await drain();
    expect(sent).toHaveLength(2);
    const change = sent[1]!;
    expect(change.subject).toBe('Termin geändert: jetzt Donnerstag, 3. Dezember 2026, 14:00 Uhr');
    expect(change.text).toContain(
      'Neue Zeit: Donnerstag, 3. Dezember 2026, 14:00 (bisher Mittwoch, 2. Dezember 2026, 14:00)',
    );
    const invite = attachment(change);
    expect(invite.uid).toBe(attachment(sent[0]!).uid);
    expect(invite.sequence).toBe(1);
    expect(invite.start.toISOString()).toBe('2026-12-03T13:00:00.000Z');
  });

  it('describes a channel change with the channel-specific content', async () => {
    const booking = book();
    await drain();
    changeBookingChannel(fixtureDeps(db, clock), booking.id, booking.actor, { channel: 'phone' });
    await drain();
    const change = sent[1]!;
    expect(change.text).toContain(
      'Neue Form des Gesprächs: Telefongespräch (bisher Videoberatung)',
    );
    expect(change.text).toContain('ruft Sie zur vereinbarten Zeit unter +492119876543 an');
    expect(change.text).toContain('Der Anruf kommt von der Nummer 0211 123450.');
    expect(change.text).not.toContain('Videoraum');
    expect(attachment(change).sequence).toBe(1);
  });

  it('gives the address and accessibility for presence, and the meeting point for walk and talk', async () => {
    book({ channel: 'presence', start: '2026-12-02T09:00:00+01:00' });
    book({
      channel: 'walk_and_talk',
      meetingPointId: 'mp-b',
      start: '2026-12-03T09:00:00+01:00',
      client: { name: 'Ben Beispiel', email: 'ben@example.org', preferredLanguage: 'de' },
    });
    await drain();
    const presence = sent.find((m) => m.to === 'anna@example.org')!;
    expect(presence.text).toContain('Adresse: Agentur A, Weg 1, 40211 Düsseldorf');
    expect(presence.text).toContain('Barrierefreiheit: Aufzug am Haupteingang.');
    expect(attachment(presence).location).toBe('Agentur A, Weg 1, 40211 Düsseldorf');
    const walk = sent.find((m) => m.to === 'ben@example.org')!;
    expect(walk.text).toContain('Treffpunkt: Ufer – Am Fluss');
    expect(walk.text).toContain('Der Weg ist nicht stufenlos.');
  });

  it('cancels with METHOD:CANCEL and sends no reminder afterwards', async () => {
    const booking = book();
    await drain();
    cancelBooking(fixtureDeps(db, clock), booking.id, booking.actor, {});
    await drain();
    expect(sent).toHaveLength(2);
    const cancellation = sent[1]!;
    expect(cancellation.subject).toBe('Termin abgesagt: Mittwoch, 2. Dezember 2026, 14:00 Uhr');
    expect(cancellation.text).toContain('http://localhost:3000/de/buchen');
    expect(cancellation.text).not.toContain(booking.manageToken);
    const invite = attachment(cancellation);
    expect(invite).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', sequence: 1 });
    // Both reminder times pass: nothing more is sent.
    clock = new Date('2026-12-02T12:30:00Z');
    await drain();
    expect(sent).toHaveLength(2);
    const reminders = listBookingJobs(db, booking.id).filter((j) => j.kind === 'booking_reminder');
    expect(reminders.map((j) => [j.status, j.outcome])).toEqual([
      ['cancelled', 'booking_cancelled'],
      ['cancelled', 'booking_cancelled'],
    ]);
  });

  it('sends nothing for a booking cancelled before its confirmation went out but the cancellation', async () => {
    const booking = book();
    cancelBooking(fixtureDeps(db, clock), booking.id, booking.actor, {});
    await drain();
    expect(sent.map((m) => m.subject)).toEqual([
      'Termin abgesagt: Mittwoch, 2. Dezember 2026, 14:00 Uhr',
    ]);
  });

  it('merges a change into a confirmation that has not gone out yet', async () => {
    const booking = book();
    rescheduleBooking(fixtureDeps(db, clock), booking.id, booking.actor, {
      start: '2026-12-03T14:00:00+01:00',
    });
    await drain();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toContain('Termin bestätigt: Donnerstag, 3. Dezember 2026');
    expect(attachment(sent[0]!).sequence).toBe(1);
  });
});

describe('reminders', () => {
  it('reminds 24 h and 1 h before, at the new time after a reschedule', async () => {
    const booking = book();
    await drain();
    rescheduleBooking(fixtureDeps(db, clock), booking.id, booking.actor, {
      start: '2026-12-03T14:00:00+01:00',
    });
    await drain();
    clock = new Date('2026-12-01T13:00:00Z'); // 24 h before the old time: nothing
    await drain();
    expect(sent).toHaveLength(2);
    clock = new Date('2026-12-02T13:00:30Z'); // 24 h before the new time
    await drain();
    clock = new Date('2026-12-03T12:00:00Z'); // 1 h before the new time
    await drain();
    const reminders = sent.slice(2);
    expect(reminders.map((m) => m.subject)).toEqual([
      'Erinnerung an Ihren Termin: Donnerstag, 3. Dezember 2026, 14:00 Uhr',
      'Erinnerung an Ihren Termin: Donnerstag, 3. Dezember 2026, 14:00 Uhr',
    ]);
    const outcomes = listBookingJobs(db, booking.id)
      .filter((j) => j.kind === 'booking_reminder')
      .map((j) => [j.payload.minutesBefore, j.status, j.outcome]);
    expect(outcomes).toEqual([
      [1440, 'cancelled', 'superseded'],
      [60, 'cancelled', 'superseded'],
      [1440, 'done', 'sent'],
      [60, 'done', 'sent'],
    ]);
    expect(attachment(reminders[0]!).start.toISOString()).toBe('2026-12-03T13:00:00.000Z');
  });

  it('drops a reminder that would come more than half its lead time late', async () => {
    const booking = book();
    await drain();
    clock = new Date('2026-12-02T12:00:00Z'); // the worker was down for a day
    await drain();
    expect(sent.slice(1).map((m) => m.subject)).toEqual([
      'Erinnerung an Ihren Termin: Mittwoch, 2. Dezember 2026, 14:00 Uhr',
    ]);
    const outcomes = listBookingJobs(db, booking.id)
      .filter((j) => j.kind === 'booking_reminder')
      .map((j) => j.outcome);
    expect(outcomes).toEqual(['skipped:stale', 'sent']);
  });

  it('sends the 24-hour reminder on time', async () => {
    book();
    await drain();
    clock = new Date('2026-12-01T13:00:00Z');
    await drain();
    expect(sent.map((m) => m.subject)).toEqual([
      'Termin bestätigt: Mittwoch, 2. Dezember 2026, 14:00 Uhr',
      'Erinnerung an Ihren Termin: Mittwoch, 2. Dezember 2026, 14:00 Uhr',
    ]);
  });
});

describe('the queue', () => {
  it('retries with backoff and marks the job failed after the last attempt', async () => {
    const booking = book();
    failures = 10;
    await drain();
    const confirmation = () =>
      listBookingJobs(db, booking.id).find((j) => j.kind === 'booking_confirmation')!;
    expect(confirmation()).toMatchObject({ status: 'pending', attempts: 1 });
    expect(confirmation().lastError).toContain('421 4.3.2');
    expect(confirmation().runAt).toBe(new Date(clock.getTime() + 30_000).toISOString());
    clock = new Date(clock.getTime() + 30_000);
    await drain();
    expect(confirmation()).toMatchObject({ status: 'pending', attempts: 2 });
    expect(confirmation().runAt).toBe(new Date(clock.getTime() + 60_000).toISOString());
    clock = new Date(clock.getTime() + 60_000);
    await drain();
    expect(confirmation()).toMatchObject({ status: 'failed', attempts: 3, outcome: 'gave_up' });
    expect(sent).toHaveLength(0);
  });

  it('recovers after one failure and sends once', async () => {
    const booking = book();
    failures = 1;
    await drain();
    clock = new Date(clock.getTime() + 30_000);
    await drain();
    expect(sent).toHaveLength(1);
    const job = listBookingJobs(db, booking.id).find((j) => j.kind === 'booking_confirmation')!;
    expect(job).toMatchObject({ status: 'done', outcome: 'sent', attempts: 2 });
    expect(findDelivery(db, job.id)).toMatchObject({ state: 'sent', sendCount: 2 });
  });

  it('enqueues each message once, however often the enqueue runs', () => {
    const booking = book();
    const state = {
      id: booking.id,
      status: 'confirmed',
      startsAt: new Date(start).toISOString(),
      channel: 'video',
      meetingPointId: null,
      counsellorId: 'c1',
    };
    noticeBookingCreated(
      db,
      fixtureNotifySettings,
      { booking: state, manageToken: 'x', locale: 'de' },
      clock,
    );
    expect(listBookingJobs(db, booking.id).map((j) => j.kind)).toEqual([
      'booking_confirmation',
      'booking_reminder',
      'booking_reminder',
    ]);
  });

  it('takes over a job whose worker died, and resends it under the same Message-ID', async () => {
    const booking = book();
    const job = listBookingJobs(db, booking.id).find((j) => j.kind === 'booking_confirmation')!;
    // A worker that claims the job and dies in the middle of the SMTP transaction.
    const dying = workerDeps({
      workerId: 'dying',
      mail: { send: () => new Promise(() => {}) },
    });
    void processDueJobs(dying, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(db.select().from(jobs).where(eq(jobs.id, job.id)).get()).toMatchObject({
      status: 'running',
      lockedBy: 'dying',
    });
    expect(findDelivery(db, job.id)?.state).toBe('sending');
    await drain();
    expect(sent).toHaveLength(0); // its lease has not run out yet
    clock = new Date(clock.getTime() + 61_000);
    await drain();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.messageId).toBe(messageIdOf(job.idempotencyKey, 'http://localhost:3000'));
    expect(findDelivery(db, job.id)).toMatchObject({ state: 'sent', sendCount: 2 });
  });
});

describe('staff notices', () => {
  it('tells the counsellor when a client cancels within 24 hours', async () => {
    const booking = book();
    await drain();
    clock = new Date('2026-12-01T20:00:00Z');
    cancelBooking(fixtureDeps(db, clock), booking.id, booking.actor, {});
    await drain();
    const notice = sent.find((m) => m.to === 'c1@example.org');
    expect(notice?.subject).toBe(
      'Kurzfristige Absage: Termin Mittwoch, 2. Dezember 2026, 14:00 Uhr',
    );
    expect(notice?.text).toContain('Bisher: Mittwoch, 2. Dezember 2026, 14:00 Uhr, Videoberatung');
    expect(notice?.text).not.toContain('Anna');
    expect(notice?.text).toContain('http://localhost:3000/de/arbeitsbereich');
  });

  it('says nothing to staff about a change days ahead', async () => {
    const booking = book();
    cancelBooking(fixtureDeps(db, clock), booking.id, booking.actor, {});
    await drain();
    expect(sent.map((m) => m.to)).toEqual(['anna@example.org']);
  });
});

describe('request to choose a new time', () => {
  function requestNewTime(id: string) {
    const row = db.select().from(bookings).where(eq(bookings.id, id)).get()!;
    withWriteTransaction(db, (tx) =>
      noticeRescheduleRequested(tx, fixtureNotifySettings, { booking: row }, clock),
    );
  }

  it('asks with the manage link and changes nothing in the calendar', async () => {
    const booking = book();
    await drain();
    sent = [];
    requestNewTime(booking.id);
    await drain();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toContain('Bitte wählen Sie einen neuen Termin');
    expect(sent[0]!.text).toContain(`/de/termin/${booking.id}?token=`);
    expect(sent[0]!.icalEvent).toBeUndefined();
  });

  it('becomes the change mail when the client moved the appointment before it went out', async () => {
    const booking = book();
    await drain();
    sent = [];
    requestNewTime(booking.id);
    rescheduleBooking(fixtureDeps(db, clock), booking.id, booking.actor, {
      start: '2026-12-03T14:00:00+01:00',
    });
    await drain();
    expect(sent.map((m) => m.subject)).toEqual([expect.stringContaining('Termin geändert')]);
    expect(attachment(sent[0]!).start).toBeDefined();
  });
});
