import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { jobs } from '@/db/schema/notify';
import { waitlistOffers } from '@/db/schema/waitlist';
import { createBookingSchema } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import { cancelBooking } from '@/lib/booking/service-manage';
import {
  byLink,
  createFixtureDatabase,
  fixtureDeps,
  fixtureNotifySettings,
  fixtureNow,
} from '@/lib/booking/test-fixture';
import type { OutgoingMail } from '@/lib/mail/transport';
import { joinWaitlistSchema } from '@/lib/waitlist/schemas';
import { joinWaitlist } from '@/lib/waitlist/service';
import { processDueJobs, type WorkerDeps } from './worker';

let db: Database;
let clock: Date;
let sent: OutgoingMail[];

function workerDeps(): WorkerDeps {
  return {
    db,
    mail: { send: async (mail) => void sent.push(mail) },
    now: () => clock,
    appUrl: 'http://localhost:3000',
    secret: fixtureNotifySettings.secret,
    mailFrom: 'Beratungsportal Test <no-reply@beratungsportal.test>',
    config: {
      ...fixtureNotifySettings,
      pollMs: 1000,
      calendarSyncMinutes: 5,
      retryBaseSeconds: 30,
      leaseSeconds: 60,
      waitlistOfferMinutes: 30,
    },
    workerId: 'test-worker',
    log: () => {},
  };
}

const search = { serviceId: 'svc-a', channel: 'presence' as const, officeId: 'office-a' };

function join(email: string, locale: 'de' | 'en', at: Date) {
  return joinWaitlist(
    fixtureDeps(db, at),
    joinWaitlistSchema.parse({
      ...search,
      client: { name: `Kim ${locale}`, email },
      privacyConsent: true,
      locale,
    }),
  );
}

function bookAndCancel() {
  const booked = createBooking(
    fixtureDeps(db),
    createBookingSchema.parse({
      ...search,
      start: '2026-12-01T08:00:00+01:00',
      client: { name: 'Booked Client', email: 'booked@example.org' },
      privacyConsent: true,
    }),
  );
  cancelBooking(fixtureDeps(db), booked.id, byLink(booked.manageToken), {});
}

async function drain() {
  while ((await processDueJobs(workerDeps())) > 0) {
    /* next batch */
  }
}

const offerMails = () => sent.filter((m) => m.to.startsWith('wait'));

beforeEach(() => {
  db = createFixtureDatabase();
  clock = fixtureNow;
  sent = [];
});

describe('waitlist offer mails', () => {
  it('offers the time in German with the booking and the leave link', async () => {
    const entry = join('wait-de@example.org', 'de', new Date(fixtureNow.getTime() - 60_000));
    bookAndCancel();
    await drain();
    const [mail] = offerMails();
    expect(mail?.subject).toBe('Ein Termin ist frei geworden: Dienstag, 1. Dezember 2026, 08:00');
    expect(mail?.text).toContain('Guten Tag Kim de,');
    expect(mail?.text).toContain('bis 08:30 Uhr für Sie frei');
    const offer = db.select().from(waitlistOffers).get()!;
    expect(mail?.text).toContain(`http://localhost:3000/de/warteliste/angebot/${offer.id}?token=`);
    expect(mail?.text).toContain(`http://localhost:3000/de/warteliste/abmelden/${entry.id}?token=`);
    expect(mail?.html).toContain('<html lang="de"');
  });

  it('writes in English, and a lapsed offer mails the next client', async () => {
    join('wait-en@example.org', 'en', new Date(fixtureNow.getTime() - 120_000));
    join('wait-next@example.org', 'de', new Date(fixtureNow.getTime() - 60_000));
    bookAndCancel();
    await drain();
    expect(offerMails().map((m) => m.to)).toEqual(['wait-en@example.org']);
    expect(offerMails()[0]?.subject).toBe(
      'A time has become free: Tuesday, 1 December 2026, 08:00',
    );

    clock = new Date(fixtureNow.getTime() + 30 * 60_000);
    await drain();
    expect(offerMails().map((m) => m.to)).toEqual(['wait-en@example.org', 'wait-next@example.org']);
  });

  it('sends nothing for an offer that lapsed before the worker came to it', async () => {
    join('wait-late@example.org', 'de', new Date(fixtureNow.getTime() - 60_000));
    bookAndCancel();
    clock = new Date(fixtureNow.getTime() + 31 * 60_000);
    await drain();
    expect(offerMails()).toEqual([]);
    const job = db.select().from(jobs).where(eq(jobs.kind, 'waitlist_offer')).get();
    expect(job?.outcome).toBe('skipped:offer_closed');
  });
});
