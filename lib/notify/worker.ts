import { createHash } from 'node:crypto';
import type { Database } from '@/db/client';
import { findBookingForManage } from '@/db/queries/bookings';
import { findBookingView } from '@/db/queries/booking-view';
import {
  claimDueJobs,
  deleteFinishedJobsBefore,
  findDelivery,
  findMailProfile,
  findStaffContact,
  finishJob,
  markDelivered,
  startDelivery,
  wipeSealedTokens,
  type JobRow,
} from '@/db/queries/notify-jobs';
import type { Channel } from '@/db/schema/enums';
import { withWriteTransaction } from '@/db/transaction';
import { manageUrlOf } from '@/lib/booking/service-create';
import { toBookingView } from '@/lib/booking/view';
import type { NotifyConfig } from '@/lib/env';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { MailSender, OutgoingMail } from '@/lib/mail/transport';
import { defaultJoinWindow } from '@/lib/video/session-rules';
import { renderClientMail, type ClientMailKind } from './booking-mail';
import { calendarSequenceOf } from './calendar-sequence';
import { changedAspects, isReminderStale, retryDelayMs, type ScheduleState } from './rules';
import { openToken } from './seal';
import { renderStaffNotice, type StaffChange } from './staff-mail';
import { findOffice, listActiveServices } from '@/db/queries/catalogue';
import { findReferralByTarget } from '@/db/queries/referrals';
import { findWaitlistOffer } from '@/db/queries/waitlist';
import { lapseExpiredOffers } from '@/lib/waitlist/offers';
import { renderWaitlistOffer } from './waitlist-mail';
import { channels } from '@/db/schema/enums';
import type { CalendarSyncDeps } from '@/lib/caldav/context';
import { pullDueCalendars, pushBookingEvent } from '@/lib/caldav/sync';
import type { FeedTexts } from '@/lib/workspace/calendar-feed';

export type WorkerDeps = {
  db: Database;
  mail: MailSender;
  now: () => Date;
  appUrl: string;
  /** AUTH_SECRET: opens the sealed manage tokens. */
  secret: string;
  /** MAIL_FROM: the organizer of the calendar invitations. */
  mailFrom: string;
  config: NotifyConfig;
  workerId: string;
  log: (line: string) => void;
  /** Plain-HTTP CalDAV addresses are accepted (demo mode only). */
  allowPlainHttp?: boolean;
};

function calendarDeps(deps: WorkerDeps): CalendarSyncDeps {
  return {
    db: deps.db,
    now: deps.now,
    secret: deps.secret,
    allowPlainHttp: deps.allowPlainHttp ?? false,
    maxAttempts: deps.config.maxAttempts,
  };
}

/** The events written to counsellors' calendars are in German, like the staff notices. */
async function pushedEventTexts(): Promise<FeedTexts> {
  const { t } = await translatorFor(defaultLocale);
  return {
    calendarName: t('WorkspaceFeed.calendarName'),
    channels: Object.fromEntries(
      channels.map((c) => [c, t(`Booking.channels.${c}.name`)]),
    ) as FeedTexts['channels'],
    summary: (values) => t('WorkspaceFeed.summary', values),
    detailsLine: t('WorkspaceFeed.details'),
    remoteLocation: {
      phone: t('WorkspaceAppointment.remote.phone'),
      video: t('WorkspaceAppointment.remote.video'),
    },
  };
}

/** A `calendar_push` job: no mail, the CalDAV calendars brought to the booking's state. */
async function processCalendarPush(deps: WorkerDeps, job: JobRow): Promise<void> {
  let outcome: string;
  try {
    if (!job.bookingId) throw new Error('calendar_push without a booking');
    outcome = await pushBookingEvent(
      {
        ...calendarDeps(deps),
        appUrl: deps.appUrl,
        locale: defaultLocale,
        texts: await pushedEventTexts(),
      },
      job.bookingId,
    );
  } catch (error) {
    failOrRetry(deps, job, error);
    return;
  }
  settle(deps, job, { status: 'done', outcome });
}

/** What a job comes to: a mail to send, or a reason not to send anything. */
type Prepared = { skip: string } | { mail: OutgoingMail; locale: string };

const clientMailKinds: Record<string, ClientMailKind> = {
  booking_confirmation: 'confirmation',
  booking_change: 'change',
  booking_cancellation: 'cancellation',
  booking_reminder: 'reminder',
};

/** "Name <address>" or a bare address. */
export function parseMailbox(from: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (match) return { name: match[1]!.trim() || match[2]!, email: match[2]!.trim() };
  return { name: from.trim(), email: from.trim() };
}

/** The same key gives the same Message-ID on every attempt and in every process. */
export function messageIdOf(idempotencyKey: string, appUrl: string): string {
  const digest = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
  return `<${digest}@${new URL(appUrl).hostname || 'beratungsportal'}>`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 500);
}

/** The referring provider of a booking made on referral, for the receiving office's mail. */
function referralOf(db: Database, bookingId: string) {
  const referral = findReferralByTarget(db, bookingId);
  return referral ? { fromProviderName: referral.fromProviderName } : undefined;
}

/**
 * A booking made on referral comes from the receiving office: its name on the sender
 * address (the address stays the platform's, so the mail is not spoofed) and its own
 * address for replies.
 */
function asReceivingOffice(
  mail: OutgoingMail,
  office: { name: string; email: string | null },
  mailFrom: string,
): OutgoingMail {
  const sender = parseMailbox(mailFrom);
  return {
    ...mail,
    from: { name: office.name, address: sender.email },
    ...(office.email ? { replyTo: office.email } : {}),
  };
}

async function prepareClientMail(deps: WorkerDeps, job: JobRow, now: Date): Promise<Prepared> {
  const bookingId = job.bookingId;
  const found = bookingId ? findBookingForManage(deps.db, bookingId) : undefined;
  if (!bookingId || !found) return { skip: 'booking_missing' };
  const { booking, client } = found;
  if (job.kind === 'booking_cancellation') {
    if (booking.status !== 'cancelled') return { skip: 'booking_active' };
  } else if (booking.status !== 'confirmed') {
    return { skip: 'booking_cancelled' };
  }
  if (Date.parse(booking.endsAt) <= now.getTime()) return { skip: 'appointment_over' };
  const payload = job.payload as {
    startsAt?: string;
    minutesBefore?: number;
    previous?: ScheduleState;
    request?: 'reschedule';
  };
  const aspects = payload.previous ? changedAspects(payload.previous, booking) : [];
  // A request to choose a new time that the client answered already becomes the change mail.
  const kind =
    payload.request === 'reschedule' && aspects.length === 0
      ? 'reschedule'
      : clientMailKinds[job.kind]!;
  if (kind === 'reminder') {
    if (!payload.startsAt || Date.parse(payload.startsAt) !== Date.parse(booking.startsAt))
      return { skip: 'superseded' };
    if (isReminderStale(booking.startsAt, payload.minutesBefore ?? 0, now))
      return { skip: 'stale' };
  }
  if (kind === 'change' && aspects.length === 0) return { skip: 'no_change' };

  const profile = findMailProfile(deps.db, bookingId);
  const wanted = profile?.locale ?? client.preferredLanguage;
  const locale = isLocale(wanted) ? wanted : defaultLocale;
  const row = findBookingView(deps.db, bookingId, locale);
  if (!row) return { skip: 'booking_missing' };
  const view = toBookingView(row, now);
  const token = profile?.sealedManageToken
    ? openToken(deps.secret, profile.sealedManageToken)
    : null;
  const manage = manageUrlOf(deps.appUrl, locale, bookingId, token ?? undefined);
  const tokenQuery = token ? `?token=${encodeURIComponent(token)}` : '';
  const { t } = await translatorFor(locale);
  const referral = kind === 'confirmation' ? referralOf(deps.db, bookingId) : undefined;
  const mail = renderClientMail({
    kind,
    to: client.email,
    view,
    locale,
    t,
    links: {
      manage,
      rebook: `${deps.appUrl}/${locale}/buchen`,
      video:
        view.channel === 'video'
          ? {
              room: `${deps.appUrl}/${locale}/termin/${bookingId}/video${tokenQuery}`,
              check: `${deps.appUrl}/${locale}/video/geraetetest`,
            }
          : undefined,
    },
    previous: payload.previous
      ? {
          startsAt: payload.previous.startsAt,
          channel: payload.previous.channel as Channel,
          aspects,
        }
      : undefined,
    sequence: calendarSequenceOf(deps.db, bookingId),
    referral,
    organizer: parseMailbox(deps.mailFrom),
    videoOpensMinutesBefore: defaultJoinWindow.opensMinutesBefore,
  });
  const office = referral ? findOffice(deps.db, view.office.id) : undefined;
  return { mail: office ? asReceivingOffice(mail, office, deps.mailFrom) : mail, locale };
}

async function prepareStaffNotice(deps: WorkerDeps, job: JobRow, now: Date): Promise<Prepared> {
  const payload = job.payload as {
    staffId: string;
    change: StaffChange;
    previous: ScheduleState;
    current: ScheduleState | null;
  };
  const person = findStaffContact(deps.db, payload.staffId);
  if (!person || !person.active) return { skip: 'staff_inactive' };
  const latest = payload.current ?? payload.previous;
  if (Date.parse(latest.startsAt) <= now.getTime() && !payload.current)
    return { skip: 'appointment_over' };
  const locale = defaultLocale;
  const row = job.bookingId ? findBookingView(deps.db, job.bookingId, locale) : undefined;
  if (!row) return { skip: 'booking_missing' };
  const { t } = await translatorFor(locale);
  const mail = renderStaffNotice({
    to: person.email,
    staffId: person.id,
    staffName: person.name,
    locale,
    t,
    change: payload.change,
    previous: payload.previous,
    current: payload.current,
    serviceName: row.serviceName,
    zone: row.office.timeZone,
    hours: deps.config.staffNoticeHours,
    workspaceUrl: `${deps.appUrl}/${locale}/arbeitsbereich`,
  });
  return { mail, locale };
}

/** The offer of a freed time: only while it is still open and held. */
async function prepareWaitlistOffer(deps: WorkerDeps, job: JobRow, now: Date): Promise<Prepared> {
  const found = findWaitlistOffer(deps.db, String(job.payload.offerId));
  if (!found) return { skip: 'offer_missing' };
  const { offer, entry } = found;
  if (offer.status !== 'open') return { skip: 'offer_closed' };
  if (Date.parse(offer.expiresAt) <= now.getTime()) return { skip: 'offer_lapsed' };
  const office = findOffice(deps.db, entry.officeId);
  const holdToken = openToken(deps.secret, offer.sealedHoldToken);
  const leaveToken = openToken(deps.secret, entry.sealedLeaveToken);
  if (!office || !holdToken || !leaveToken) return { skip: 'offer_missing' };
  const locale = isLocale(entry.locale) ? entry.locale : defaultLocale;
  const service = listActiveServices(deps.db, locale).find((s) => s.id === entry.serviceId);
  const { t } = await translatorFor(locale);
  const base = `${deps.appUrl}/${locale}/warteliste`;
  const mail = renderWaitlistOffer({
    to: entry.email,
    name: entry.name,
    locale,
    t,
    startsAt: offer.startsAt,
    endsAt: offer.endsAt,
    expiresAt: offer.expiresAt,
    zone: office.timeZone,
    serviceName: service?.name ?? entry.serviceId,
    channel: entry.channel,
    officeName: office.name,
    links: {
      book: `${base}/angebot/${offer.id}?token=${encodeURIComponent(holdToken)}`,
      leave: `${base}/abmelden/${entry.id}?token=${encodeURIComponent(leaveToken)}`,
    },
  });
  return { mail, locale };
}

function prepare(deps: WorkerDeps, job: JobRow, now: Date): Promise<Prepared> {
  if (job.kind === 'staff_notice') return prepareStaffNotice(deps, job, now);
  if (job.kind === 'waitlist_offer') return prepareWaitlistOffer(deps, job, now);
  return prepareClientMail(deps, job, now);
}

function settle(
  deps: WorkerDeps,
  job: JobRow,
  result: Parameters<typeof finishJob>[3],
  work?: (tx: Parameters<Parameters<typeof withWriteTransaction>[1]>[0]) => void,
) {
  const now = deps.now().toISOString();
  const kept = withWriteTransaction(deps.db, (tx) => {
    work?.(tx);
    return finishJob(tx, job.id, deps.workerId, result, now);
  });
  if (!kept) deps.log(`[worker] job ${job.id}: lease lost to another worker`);
}

function failOrRetry(deps: WorkerDeps, job: JobRow, error: unknown) {
  const lastError = errorText(error);
  if (job.attempts >= job.maxAttempts) {
    deps.log(`[worker] job ${job.id} (${job.kind}) failed for good: ${lastError}`);
    settle(deps, job, { status: 'failed', outcome: 'gave_up', lastError });
    return;
  }
  const delay = retryDelayMs(job.attempts, deps.config.retryBaseSeconds);
  const runAt = new Date(deps.now().getTime() + delay).toISOString();
  deps.log(
    `[worker] job ${job.id} (${job.kind}) attempt ${job.attempts} failed, retry at ${runAt}: ${lastError}`,
  );
  settle(deps, job, { status: 'pending', lastError, runAt });
}

/**
 * One job, from claim to done. The delivery is recorded as `sending` (committed) before
 * the SMTP transaction and `sent` with the job's completion after it; a crash between
 * the two leaves the job running until its lease ends, and the retry sends the same
 * Message-ID again (at-least-once; see README "Notifications").
 */
export async function processJob(deps: WorkerDeps, job: JobRow): Promise<void> {
  if (job.kind === 'calendar_push') return processCalendarPush(deps, job);
  const now = deps.now();
  let prepared: Prepared;
  try {
    prepared = await prepare(deps, job, now);
  } catch (error) {
    failOrRetry(deps, job, error);
    return;
  }
  if ('skip' in prepared) {
    settle(deps, job, { status: 'done', outcome: `skipped:${prepared.skip}` });
    return;
  }
  if (findDelivery(deps.db, job.id)?.state === 'sent') {
    settle(deps, job, { status: 'done', outcome: 'sent' });
    return;
  }
  const messageId = messageIdOf(job.idempotencyKey, deps.appUrl);
  startDelivery(
    deps.db,
    {
      jobId: job.id,
      recipient: prepared.mail.to,
      locale: prepared.locale,
      subject: prepared.mail.subject,
      messageId,
    },
    now.toISOString(),
  );
  try {
    await deps.mail.send({ ...prepared.mail, messageId });
  } catch (error) {
    failOrRetry(deps, job, error);
    return;
  }
  settle(deps, job, { status: 'done', outcome: 'sent' }, (tx) =>
    markDelivered(tx, job.id, deps.now().toISOString()),
  );
}

/** Claims and runs up to `limit` due jobs, one after another; returns how many it ran. */
export async function processDueJobs(deps: WorkerDeps, limit = 10): Promise<number> {
  const now = deps.now();
  // Lapsed waitlist offers pass to the next entry first, so its mail is among the due jobs.
  lapseExpiredOffers(deps.db, { secret: deps.secret, ...deps.config }, now);
  const claimed = withWriteTransaction(deps.db, (tx) =>
    claimDueJobs(tx, {
      nowInstant: now.toISOString(),
      workerId: deps.workerId,
      leaseUntil: new Date(now.getTime() + deps.config.leaseSeconds * 1000).toISOString(),
      limit,
    }),
  );
  for (const job of claimed) await processJob(deps, job);
  // Busy times of connected calendars, each at most every `calendarSyncMinutes`.
  const pulled = await pullDueCalendars(calendarDeps(deps), {
    intervalMinutes: deps.config.calendarSyncMinutes,
  });
  return claimed.length + pulled;
}

const dayMs = 86_400_000;

/** Housekeeping: forget sealed tokens of past appointments, delete old finished jobs. */
export function sweep(deps: WorkerDeps, retentionDays = 90) {
  const now = deps.now().getTime();
  withWriteTransaction(deps.db, (tx) => {
    wipeSealedTokens(tx, new Date(now).toISOString());
    deleteFinishedJobsBefore(tx, new Date(now - retentionDays * dayMs).toISOString());
  });
}

export type RunningWorker = { stop: () => Promise<void> };

/**
 * Runs until stopped: works through due jobs in batches, sleeps `pollMs` when idle,
 * sweeps once an hour. `stop` lets the current job finish.
 */
export function startWorker(deps: WorkerDeps): RunningWorker {
  let isStopping = false;
  let wake: (() => void) | undefined;
  let lastSweep = 0;
  const loop = (async () => {
    while (!isStopping) {
      let ran = 0;
      try {
        if (Date.now() - lastSweep > 3_600_000) {
          sweep(deps);
          lastSweep = Date.now();
        }
        ran = await processDueJobs(deps);
      } catch (error) {
        deps.log(`[worker] batch failed: ${errorText(error)}`);
      }
      if (ran === 0 && !isStopping) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, deps.config.pollMs);
        });
      }
    }
  })();
  return {
    stop: async () => {
      isStopping = true;
      wake?.();
      await loop;
    },
  };
}
