import type { OutgoingMail } from '@/lib/mail/transport';
import { formatWhen, type Translate } from './booking-mail';
import { renderHtml, renderText, type MailBlock } from './mail-document';

/** A freed time offered to a waitlisted client: what, until when it is held, and the links. */
export function renderWaitlistOffer(input: {
  to: string;
  name: string;
  locale: string;
  t: Translate;
  startsAt: string;
  endsAt: string;
  expiresAt: string;
  zone: string;
  serviceName: string;
  channel: string;
  officeName: string;
  links: { book: string; leave: string };
}): OutgoingMail {
  const { t, locale, zone } = input;
  const start = formatWhen(locale, input.startsAt, zone);
  const end = formatWhen(locale, input.endsAt, zone);
  const until = formatWhen(locale, input.expiresAt, zone);
  const blocks: MailBlock[] = [
    { type: 'paragraph', text: t('Notify.mail.greeting', { name: input.name }) },
    { type: 'paragraph', text: t('Notify.waitlist.intro', { until: until.time }) },
    { type: 'heading', text: t('Notify.waitlist.details') },
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
        [t('Notify.mail.details.service'), input.serviceName],
        [t('Notify.mail.details.channel'), t(`Notify.mail.channel.${input.channel as 'presence'}`)],
        [t('Notify.mail.details.office'), input.officeName],
      ],
    },
    { type: 'link', label: t('Notify.waitlist.book'), url: input.links.book, isPrimary: true },
    { type: 'paragraph', text: t('Notify.waitlist.lapse', { until: until.time }) },
    { type: 'link', label: t('Notify.waitlist.leave'), url: input.links.leave },
    { type: 'small', text: t('Notify.mail.automatic') },
  ];
  const subject = t('Notify.waitlist.subject', { date: start.date, time: start.time });
  const doc = { locale, subject, title: t('Notify.waitlist.title'), blocks };
  return { to: input.to, subject, text: renderText(doc), html: renderHtml(doc) };
}
