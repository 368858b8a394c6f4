import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Database } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { replacePublicHolidays } from '@/db/queries/holidays';
import { insertSeedData } from '@/db/queries/seed';
import { jobs } from '@/db/schema/notify';
import { createBookingSchema } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import { cancelBooking } from '@/lib/booking/service-manage';
import { listSlots } from '@/lib/booking/service-slots';
import {
  byLink,
  fixtureData,
  fixtureDeps,
  fixtureNotifySettings,
} from '@/lib/booking/test-fixture';
import { listPublicHolidays } from '@/lib/calendar/holidays';
import { messageIdOf } from '@/lib/notify/worker';
import { findFreePort } from './lib/free-port';

/**
 * Crash safety of the notification worker, with real processes: `npm run worker` is
 * killed with SIGKILL in the middle of a batch (twice, at different points of the SMTP
 * conversation), restarted, and every due message arrives exactly once.
 */
const root = process.cwd();
const appUrl = 'http://localhost:3999';
const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

type Received = { messageId: string; to: string; subject: string };

/** When the SMTP server should kill the worker: at a command of the n-th message. */
type KillPoint = { at: 'mail-from' | 'data-end'; message: number } | null;

/**
 * A real SMTP server that stores what it accepts. At a kill point it kills the worker
 * before answering, so that message was never accepted (RFC 5321: the server takes
 * responsibility only with its 250 reply).
 */
async function startSmtp(port: number) {
  const received: Received[] = [];
  let started = 0;
  let killPoint: KillPoint = null;
  let victim: ChildProcess | null = null;
  const killNow = () => {
    victim?.kill('SIGKILL');
    killPoint = null;
  };
  const server = new SMTPServer({
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    logger: false,
    onMailFrom(_address, _session: SMTPServerSession, callback) {
      started += 1;
      if (killPoint?.at === 'mail-from' && started === killPoint.message) {
        killNow();
        return; // no answer: the worker is gone
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('end', () => {
        if (killPoint?.at === 'data-end' && started === killPoint.message) {
          killNow();
          return; // the whole message arrived, but was never acknowledged
        }
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          const to = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ''));
          received.push({
            messageId: mail.messageId ?? '',
            to: to[0] ?? '',
            subject: mail.subject ?? '',
          });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    received,
    killWorkerAt(point: KillPoint, worker: ChildProcess) {
      killPoint = point;
      victim = worker;
    },
    messagesStarted: () => started,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function startWorker(databaseFile: string, smtpPort: number, log: string): ChildProcess {
  const out = fs.openSync(log, 'a');
  // node itself with tsx as a loader, so the PID is the worker's (the tsx CLI would be a
  // parent process whose death leaves the worker running).
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
    cwd: root,
    env: {
      ...process.env,
      APP_MODE: 'demo',
      APP_URL: appUrl,
      DATABASE_URL: `file:${databaseFile}`,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: 'Beratungsportal Test <no-reply@beratungsportal.test>',
      AUTH_SECRET: fixtureNotifySettings.secret,
      NOTIFY_LEASE_SECONDS: '2',
      NOTIFY_POLL_MS: '200',
      NOTIFY_REMINDER_MINUTES: '1440',
    },
    stdio: ['ignore', out, out],
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

async function until(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** 20 bookings at the fixture's video office; 5 cancelled again; reminders made due now. */
function seedBookings(db: Database) {
  const now = new Date();
  const deps = {
    ...fixtureDeps(db, now),
    notify: { ...fixtureNotifySettings, reminderMinutes: [1440] },
  };
  const query = { serviceId: 'svc-a', channel: 'video' as const, officeId: 'office-a' };
  const booked: { id: string; email: string; token: string }[] = [];
  for (let i = 0; i < 20; i += 1) {
    const slot = listSlots(deps, { ...query, to: undefined }).slots.find(
      (s) => Date.parse(s.start) > now.getTime() + 2 * 86_400_000,
    );
    if (!slot) {
      const from = new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
      throw new Error(`no free video slot in the fixture from ${from}`);
    }
    const email = `client-${i}@example.org`;
    const created = createBooking(
      deps,
      createBookingSchema.parse({
        ...query,
        start: slot.start,
        client: { name: `Client ${i}`, email },
        privacyConsent: true,
      }),
    );
    booked.push({ id: created.id, email, token: created.manageToken });
  }
  const cancelled = booked.slice(0, 5);
  for (const b of cancelled) cancelBooking(deps, b.id, byLink(b.token), {});
  // Time passes: the 24-hour reminders are due (they are not stale: the appointments are ahead).
  db.update(jobs)
    .set({ runAt: now.toISOString() })
    .where(inArray(jobs.kind, ['booking_reminder']))
    .run();
  return { booked, cancelled };
}

describe('notification worker crash safety', () => {
  it('sends every due message exactly once across two SIGKILLs mid-batch', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-worker-crash-'));
    tempDirs.push(dir);
    const file = path.join(dir, 'crash.db');
    const log = path.join(dir, 'worker.log');
    const db = openDatabase(file);
    applyMigrations(db);
    replacePublicHolidays(
      db,
      'DE-NW',
      [2025, 2026, 2027, 2028],
      [2025, 2026, 2027, 2028].flatMap((y) => listPublicHolidays('DE-NW', y)),
    );
    insertSeedData(db, fixtureData());
    const { booked, cancelled } = seedBookings(db);
    const due = db
      .select()
      .from(jobs)
      .all()
      .filter((j) => j.status === 'pending' && Date.parse(j.runAt) <= Date.now());
    // 15 confirmations, 15 reminders, 5 cancellations; nothing for the cancelled bookings but that.
    expect(due.map((j) => j.kind).sort()).toEqual(
      [
        ...Array(15).fill('booking_confirmation'),
        ...Array(15).fill('booking_reminder'),
        ...Array(5).fill('booking_cancellation'),
      ].sort(),
    );

    const smtpPort = await findFreePort();
    const smtp = await startSmtp(smtpPort);
    try {
      // First crash: the 8th message has been transmitted, the server has not answered yet.
      const first = startWorker(file, smtpPort, log);
      smtp.killWorkerAt({ at: 'data-end', message: 8 }, first);
      await exited(first);
      expect(first.signalCode).toBe('SIGKILL');
      expect(smtp.received).toHaveLength(7);

      // Second crash: the worker is about to start the 20th SMTP transaction.
      const second = startWorker(file, smtpPort, log);
      smtp.killWorkerAt({ at: 'mail-from', message: 20 }, second);
      await exited(second);
      expect(second.signalCode).toBe('SIGKILL');
      const beforeLast = smtp.received.length;
      expect(beforeLast).toBeGreaterThan(7);
      expect(beforeLast).toBeLessThan(due.length);

      // Restart: it takes over the crashed jobs once their lease ends and sends the rest.
      const third = startWorker(file, smtpPort, log);
      const isDone = () =>
        db
          .select({ status: jobs.status })
          .from(jobs)
          .all()
          .every((j) => j.status !== 'running') && smtp.received.length >= due.length;
      await until(isDone, 30_000, 'every due message');
      // Give a duplicate the chance to show up before counting.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      third.kill('SIGTERM');
      await exited(third);
      expect(third.exitCode).toBe(0);

      const ids = smtp.received.map((m) => m.messageId);
      const expected = due.map((j) => messageIdOf(j.idempotencyKey, appUrl));
      expect(ids.sort()).toEqual(expected.sort());
      expect(new Set(ids).size).toBe(ids.length);
      const cancelledEmails = new Set(cancelled.map((b) => b.email));
      const toCancelled = smtp.received.filter((m) => cancelledEmails.has(m.to));
      expect(toCancelled.map((m) => m.subject.split(':')[0])).toEqual(
        Array(5).fill('Termin abgesagt'),
      );
      const finished = db
        .select()
        .from(jobs)
        .all()
        .filter((j) => due.some((d) => d.id === j.id));
      expect(finished.every((j) => j.status === 'done' && j.outcome === 'sent')).toBe(true);
      // The two interrupted messages went out on a later attempt.
      expect(finished.filter((j) => j.attempts > 1).length).toBeGreaterThanOrEqual(2);
      expect(booked).toHaveLength(20);
    } finally {
      await smtp.stop();
      closeDatabase(db);
    }
  }, 90_000);
});
