import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { addMinutes, appointmentText } from '../../_components/booking/appointment-text';
import { displayPhone } from '../../_components/booking/display-phone';
import { SummaryList, type SummaryRow } from '../../_components/booking/summary-list';
import type { StoredContact } from '../_lib/flow-cookies';
import { flowHref, type FlowAt, type Step } from '../_lib/flow';

type Props = {
  flow: FlowAt<'contact'>;
  locale: Locale;
  /** With contact details: the review; with edit links back to each step. */
  contact?: StoredContact;
  isEditable?: boolean;
};

/** What was chosen so far, as a summary list (the review adds "Ändern" links). */
export async function ChoiceSummary({ flow, locale, contact, isEditable = false }: Props) {
  const t = await getTranslations('Booking.summary');
  const b = await getTranslations('Booking');
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const edit = (step: Step) =>
    isEditable ? { href: flowHref(step, flow.params), label: t('edit') } : undefined;
  const { office, meetingPoint } = flow;
  const rows: (SummaryRow | false)[] = [
    { key: 'service', label: t('service'), value: flow.service.name, edit: edit('service') },
    {
      key: 'office',
      label: t('office'),
      value: `${office.name}, ${office.street}, ${office.postcode} ${office.city}`,
      edit: edit('region'),
    },
    {
      key: 'channel',
      label: t('channel'),
      value: b(`channels.${flow.channel}.name`),
      edit: edit('channel'),
    },
    {
      key: 'when',
      label: t('when'),
      value: await appointmentText(flow.start, addMinutes(flow.start, flow.minutes)),
      edit: edit('time'),
    },
    !!meetingPoint && {
      key: 'meetingPoint',
      label: t('meetingPoint'),
      value: meetingPoint.name,
      edit: edit('time'),
    },
    !!flow.params.language && {
      key: 'language',
      label: t('language'),
      value: languages.of(flow.params.language),
      edit: edit('time'),
    },
    ...(contact ? contactRows(contact, t, languages, edit('contact')) : []),
  ];
  return <SummaryList rows={rows.filter((r): r is SummaryRow => r !== false)} />;
}

type Translate = Awaited<ReturnType<typeof getTranslations<'Booking.summary'>>>;

function contactRows(
  c: StoredContact,
  t: Translate,
  languages: Intl.DisplayNames,
  edit: SummaryRow['edit'],
): SummaryRow[] {
  const needs = [
    c.interpreterLanguage &&
      t('interpreter', { language: languages.of(c.interpreterLanguage) ?? '' }),
    c.hearingImpairment && t('hearing'),
    c.visionImpairment && t('vision'),
    c.mobilityImpairment && t('mobility'),
  ].filter(Boolean);
  return [
    { key: 'name', label: t('name'), value: c.name, edit },
    { key: 'email', label: t('email'), value: c.email, edit },
    { key: 'phone', label: t('phone'), value: c.phone ? displayPhone(c.phone) : t('none'), edit },
    { key: 'needs', label: t('needs'), value: needs.join(', ') || t('none'), edit },
  ];
}
