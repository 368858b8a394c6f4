import type { OutgoingMail } from '@/lib/mail/transport';
import { formatWhen, type Translate } from './booking-mail';
import { renderHtml, renderText, type MailBlock } from './mail-document';
import type { ScheduleState } from './rules';

export type StaffChange = 'rescheduled' | 'channel_changed' | 'reassigned' | 'cancelled';

/**
 * A short-notice change, told to a counsellor: when and how, before and now, and where to
 * look. No client data in the mail: the workspace shows the details to whoever may see them.
 */
export function renderStaffNotice(input: {
  to: string;
  staffId: string;
  staffName: string;
  locale: string;
  t: Translate;
  change: StaffChange;
  previous: ScheduleState;
  current: ScheduleState | null;
  serviceName: string;
  zone: string;
  hours: number;
  workspaceUrl: string;
}): OutgoingMail {
  const { t, locale, previous, current } = input;
  const when = (s: ScheduleState) => {
    const w = formatWhen(locale, s.startsAt, input.zone);
    return {
      when: t('Notify.staff.when', { date: w.date, time: w.time }),
      channel: t(`Notify.mail.channel.${s.channel as 'presence'}`),
    };
  };
  const headline = formatWhen(locale, (current ?? previous).startsAt, input.zone);
  const lines: MailBlock[] = [
    { type: 'paragraph', text: t('Notify.staff.greeting', { name: input.staffName }) },
    { type: 'paragraph', text: t(`Notify.staff.intro.${input.change}`, { hours: input.hours }) },
  ];
  const items = [t('Notify.staff.before', when(previous))];
  if (current) items.push(t('Notify.staff.now', when(current)));
  items.push(t('Notify.staff.service', { service: input.serviceName }));
  lines.push({ type: 'list', items });
  if (current && current.counsellorId !== previous.counsellorId) {
    lines.push({
      type: 'paragraph',
      text:
        current.counsellorId === input.staffId
          ? t('Notify.staff.assigned')
          : t('Notify.staff.unassigned'),
    });
  }
  lines.push(
    { type: 'link', label: t('Notify.staff.workspace'), url: input.workspaceUrl, isPrimary: true },
    { type: 'small', text: t('Notify.staff.privacy') },
    { type: 'small', text: t('Notify.mail.automatic') },
  );
  const subject = t(`Notify.staff.subject.${input.change}`, {
    date: headline.date,
    time: headline.time,
  });
  const doc = { locale, subject, title: subject, blocks: lines };
  return { to: input.to, subject, text: renderText(doc), html: renderHtml(doc) };
}
