import type { Channel } from '@/db/schema/enums';
import { buildBookingCalendar, type CalendarPerson } from '@/lib/booking/calendar-event';
import type { BookingView } from '@/lib/booking/view';
import type { translatorFor } from '@/lib/i18n/translator';
import type { OutgoingMail } from '@/lib/mail/transport';
import { renderHtml, renderText, type MailBlock, type MailDocument } from './mail-document';
import type { ChangeAspect } from './rules';

export type Translate = Awaited<ReturnType<typeof translatorFor>>['t'];

export type ClientMailKind =
  | 'confirmation'
  | 'change'
  | 'cancellation'
  | 'reminder'
  /** Nobody can take the appointment over: please choose a new time. */
  | 'reschedule';

export type ClientMailLinks = {
  manage: string;
  rebook: string;
  video?: { room: string; check: string };
};

export type ClientMailInput = {
  kind: ClientMailKind;
  view: BookingView;
  locale: string;
  t: Translate;
  links: ClientMailLinks;
  /** For a change: what the client had been told, and what differs now. */
  previous?: { startsAt: string; channel: Channel; aspects: ChangeAspect[] };
  sequence: number;
  organizer: CalendarPerson;
  videoOpensMinutesBefore: number;
  /** Booked by a counsellor of the other provider: the receiving office introduces itself. */
  referral?: { fromProviderName: string };
};

/** Dates as a reader of that language expects them, in the office's zone. */
export function formatWhen(locale: string, instant: string | number, zone: string) {
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  const date = new Date(instant);
  return {
    date: new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: zone }).format(date),
    time: new Intl.DateTimeFormat(tag, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
    }).format(date),
  };
}

function channelBlocks(input: ClientMailInput): MailBlock[] {
  const { view, t, links } = input;
  const office = view.office;
  const officePhone = office.phone;
  switch (view.channel) {
    case 'presence':
      return [
        { type: 'heading', text: t('Notify.mail.presence.title') },
        {
          type: 'paragraph',
          text: t('Notify.mail.presence.address', {
            address: `${office.name}, ${office.street}, ${office.postcode} ${office.city}`,
          }),
        },
        ...(office.accessibilityNotes
          ? [
              {
                type: 'paragraph' as const,
                text: t('Notify.mail.presence.access', { notes: office.accessibilityNotes }),
              },
            ]
          : []),
        { type: 'paragraph', text: t('Notify.mail.presence.arrive') },
      ];
    case 'phone':
      return [
        { type: 'heading', text: t('Notify.mail.phone.title') },
        {
          type: 'paragraph',
          text: t('Notify.mail.phone.call', { phone: view.client.phone ?? '–' }),
        },
        {
          type: 'paragraph',
          text: officePhone
            ? t('Notify.mail.phone.from', { phone: officePhone })
            : t('Notify.mail.phone.fromUnknown'),
        },
        { type: 'paragraph', text: t('Notify.mail.phone.wrongNumber') },
      ];
    case 'video':
      return [
        { type: 'heading', text: t('Notify.mail.video.title') },
        {
          type: 'paragraph',
          text: t('Notify.mail.video.browser', { minutes: input.videoOpensMinutesBefore }),
        },
        ...(links.video
          ? [
              { type: 'link' as const, label: t('Notify.mail.video.join'), url: links.video.room },
              {
                type: 'link' as const,
                label: t('Notify.mail.video.check'),
                url: links.video.check,
              },
            ]
          : []),
        ...(officePhone
          ? [
              {
                type: 'paragraph' as const,
                text: t('Notify.mail.video.help', { phone: officePhone }),
              },
            ]
          : []),
      ];
    case 'walk_and_talk': {
      const point = view.meetingPoint;
      return [
        { type: 'heading', text: t('Notify.mail.walk.title') },
        ...(point
          ? [
              {
                type: 'paragraph' as const,
                text: t('Notify.mail.walk.meet', {
                  name: point.name,
                  description: point.description,
                }),
              },
              {
                type: 'paragraph' as const,
                text: point.isStepFree
                  ? t('Notify.mail.walk.stepFree')
                  : t('Notify.mail.walk.notStepFree'),
              },
            ]
          : []),
        { type: 'paragraph', text: t('Notify.mail.walk.bring') },
      ];
    }
  }
}

function changeBlocks(input: ClientMailInput): MailBlock[] {
  const { previous, view, t, locale } = input;
  if (!previous || previous.aspects.length === 0) return [];
  const zone = view.office.timeZone;
  const when = (instant: string) => {
    const w = formatWhen(locale, instant, zone);
    return `${w.date}, ${w.time}`;
  };
  const items = previous.aspects.map((aspect) => {
    switch (aspect) {
      case 'time':
        return t('Notify.mail.changes.time', {
          now: when(view.start),
          before: when(previous.startsAt),
        });
      case 'channel':
        return t('Notify.mail.changes.channel', {
          now: t(`Notify.mail.channel.${view.channel}`),
          before: t(`Notify.mail.channel.${previous.channel}`),
        });
      case 'counsellor':
        return t('Notify.mail.changes.counsellor', { name: view.counsellorName });
    }
  });
  return [
    { type: 'heading', text: t('Notify.mail.changes.title') },
    { type: 'list', items },
  ];
}

/** A referred client learns who booked for them and that the receiving office is their contact. */
function referralBlocks(input: ClientMailInput): MailBlock[] {
  const { referral, view, t } = input;
  if (!referral) return [];
  const office = view.office;
  return [
    { type: 'heading', text: t('Notify.mail.referral.title') },
    {
      type: 'paragraph',
      text: t('Notify.mail.referral.text', {
        from: referral.fromProviderName,
        office: office.name,
        address: `${office.street}, ${office.postcode} ${office.city}`,
      }),
    },
    ...(office.phone
      ? [
          {
            type: 'paragraph' as const,
            text: t('Notify.mail.referral.phone', { phone: office.phone }),
          },
        ]
      : []),
  ];
}

/** The document of a client mail: the same blocks become the text and the HTML part. */
export function clientMailDocument(input: ClientMailInput): MailDocument {
  const { kind, view, t, locale, links } = input;
  const zone = view.office.timeZone;
  const start = formatWhen(locale, view.start, zone);
  const end = formatWhen(locale, view.end, zone);
  const isCancellation = kind === 'cancellation';
  const isRequest = kind === 'reschedule';
  const deadline = formatWhen(locale, view.changeDeadline, zone);
  const blocks: MailBlock[] = [
    { type: 'paragraph', text: t('Notify.mail.greeting', { name: view.client.name }) },
    { type: 'paragraph', text: t(`Notify.mail.intro.${kind}`) },
    ...referralBlocks(input),
    ...changeBlocks(input),
    { type: 'heading', text: t('Notify.mail.details.title') },
    {
      type: 'details',
      rows: [
        [
          t('Notify.mail.details.when'),
          t('Notify.mail.details.whenValue', {
            date: start.date,
            start: start.time,
            end: end.time,
          }),
        ],
        [t('Notify.mail.details.service'), view.service.name],
        [t('Notify.mail.details.channel'), t(`Notify.mail.channel.${view.channel}`)],
        [t('Notify.mail.details.counsellor'), view.counsellorName],
        [t('Notify.mail.details.office'), view.office.name],
      ],
    },
    ...(isCancellation || isRequest ? [] : channelBlocks(input)),
  ];
  if (isRequest) {
    blocks.push({
      type: 'link',
      label: t('Notify.mail.chooseNewTime'),
      url: links.manage,
      isPrimary: true,
    });
  } else if (isCancellation) {
    blocks.push({
      type: 'link',
      label: t('Notify.mail.rebook'),
      url: links.rebook,
      isPrimary: true,
    });
  } else {
    blocks.push(
      { type: 'link', label: t('Notify.mail.manage'), url: links.manage, isPrimary: true },
      {
        type: 'paragraph',
        text: t('Notify.mail.deadline', { date: deadline.date, time: deadline.time }),
      },
    );
  }
  if (!isRequest)
    blocks.push({
      type: 'paragraph',
      text: t(
        isCancellation
          ? 'Notify.mail.calendar.cancel'
          : kind === 'confirmation'
            ? 'Notify.mail.calendar.request'
            : 'Notify.mail.calendar.update',
      ),
    });
  if (view.office.phone) {
    blocks.push({
      type: 'paragraph',
      text: t('Notify.mail.questions', { phone: view.office.phone }),
    });
  }
  blocks.push(
    { type: 'paragraph', text: `${t('Notify.mail.closing')}\n${t('Notify.mail.signature')}` },
    { type: 'small', text: t('Notify.mail.automatic') },
  );
  return {
    locale,
    subject: t(`Notify.mail.subject.${kind}`, { date: start.date, time: start.time }),
    title: t(`Notify.mail.heading.${kind}`),
    blocks,
  };
}

/** The whole client mail: text, HTML and the iCalendar that adds, updates or removes the event. */
export function renderClientMail(input: ClientMailInput & { to: string }): OutgoingMail {
  const doc = clientMailDocument(input);
  const { view, t } = input;
  const body = { to: input.to, subject: doc.subject, text: renderText(doc), html: renderHtml(doc) };
  // A request to choose a new time changes nothing yet: no calendar update.
  if (input.kind === 'reschedule') return body;
  const method = input.kind === 'cancellation' ? 'CANCEL' : 'REQUEST';
  const ics = buildBookingCalendar(
    view,
    {
      summary: t('CalendarEvent.summary', { service: view.service.name }),
      channelLine: t(`CalendarEvent.channel.${view.channel}`),
      manageLine: t('CalendarEvent.manage'),
    },
    input.kind === 'cancellation' ? undefined : input.links.manage,
    {
      method,
      sequence: input.sequence,
      organizer: input.organizer,
      attendee: { name: view.client.name, email: view.client.email },
    },
  );
  return { ...body, icalEvent: { method, filename: 'termin.ics', content: ics } };
}
