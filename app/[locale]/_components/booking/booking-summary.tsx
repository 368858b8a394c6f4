import { getTranslations } from 'next-intl/server';
import type { BookingView } from '@/lib/booking/view';
import { appointmentText } from './appointment-text';
import { displayPhone } from './display-phone';
import { SummaryList, type SummaryRow } from './summary-list';

type Props = {
  view: BookingView;
  /** Only what, when, how and where: for the change views of the manage page. */
  isCompact?: boolean;
};

/** A booked appointment at a glance (confirmation and manage page). */
export async function BookingSummary({ view, isCompact = false }: Props) {
  const t = await getTranslations('Booking.summary');
  const channels = await getTranslations('Booking.channels');
  const { office, meetingPoint } = view;
  const rows: SummaryRow[] = [
    { key: 'service', label: t('service'), value: view.service.name },
    { key: 'when', label: t('when'), value: await appointmentText(view.start, view.end) },
    { key: 'channel', label: t('channel'), value: channels(`${view.channel}.name`) },
    {
      key: 'office',
      label: t('office'),
      value: `${office.name}, ${office.street}, ${office.postcode} ${office.city}`,
    },
    ...(meetingPoint
      ? [{ key: 'meetingPoint', label: t('meetingPoint'), value: meetingPoint.name }]
      : []),
  ];
  const people: SummaryRow[] = [
    { key: 'counsellor', label: t('counsellor'), value: view.counsellorName },
    { key: 'name', label: t('name'), value: view.client.name },
    { key: 'email', label: t('email'), value: view.client.email },
    ...(view.client.phone
      ? [{ key: 'phone', label: t('phone'), value: displayPhone(view.client.phone) }]
      : []),
  ];
  return <SummaryList rows={isCompact ? rows : [...rows, ...people]} />;
}
