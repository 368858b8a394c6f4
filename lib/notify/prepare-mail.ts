import type { Database } from '@/db/client';
import { findBookingForManage } from '@/db/queries/bookings';
import { findBookingView } from '@/db/queries/booking-view';
import { findMailProfile, findStaffContact, type JobRow } from '@/db/queries/notify-jobs';
import type { Channel } from '@/db/schema/enums';
import { manageUrlOf } from '@/lib/booking/service-create';
import { toBookingView } from '@/lib/booking/view';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';
import type { OutgoingMail } from '@/lib/mail/transport';
import { defaultJoinWindow } from '@/lib/video/session-rules';
import { renderClientMail, type ClientMailKind } from './booking-mail';
import { calendarSequenceOf } from './calendar-sequence';
import { changedAspects, isReminderStale, type ScheduleState } from './rules';
import { openToken } from './seal';
import { renderStaffNotice, type StaffChange } from './staff-mail';
import { findOffice, listActiveServices } from '@/db/queries/catalogue';
import { findReferralByTarget } from '@/db/queries/referrals';
import { findWaitlistOffer } from '@/db/queries/waitlist';
import { renderWaitlistOffer } from './waitlist-mail';
import type { WorkerDeps } from './worker';

// What each queued job sends: the client's booking mails (with the receiving office as
// sender for referrals), staff notices and waitlist offers, or why nothing is sent.

/** What a job comes to: a mail to send, or a reason not to send anything. */
export type Prepared = { skip: string } | { mail: OutgoingMail; locale: string };

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

/** The mail a job sends, ready for SMTP, or why it sends nothing. */
export function prepareMail(deps: WorkerDeps, job: JobRow, now: Date): Promise<Prepared> {
  if (job.kind === 'staff_notice') return prepareStaffNotice(deps, job, now);
  if (job.kind === 'waitlist_offer') return prepareWaitlistOffer(deps, job, now);
  return prepareClientMail(deps, job, now);
}
