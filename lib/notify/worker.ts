import { createHash } from 'node:crypto';
import type { Database } from '@/db/client';
import {
  claimDueJobs,
  deleteFinishedJobsBefore,
  findDelivery,
  finishJob,
  markDelivered,
  startDelivery,
  wipeSealedTokens,
  type JobRow,
} from '@/db/queries/notify-jobs';
import { withWriteTransaction } from '@/db/transaction';
import type { NotifyConfig } from '@/lib/env';
import { defaultLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { MailSender } from '@/lib/mail/transport';
import { retryDelayMs } from './rules';
import { lapseExpiredOffers } from '@/lib/waitlist/offers';
import { channels } from '@/db/schema/enums';
import type { CalendarSyncDeps } from '@/lib/caldav/context';
import { pullDueCalendars, pushBookingEvent } from '@/lib/caldav/sync';
import type { FeedTexts } from '@/lib/workspace/calendar-feed';
import { prepareMail, type Prepared } from './prepare-mail';

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

/** The same key gives the same Message-ID on every attempt and in every process. */
export function messageIdOf(idempotencyKey: string, appUrl: string): string {
  const digest = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
  return `<${digest}@${new URL(appUrl).hostname || 'beratungsportal'}>`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 500);
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
    prepared = await prepareMail(deps, job, now);
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
