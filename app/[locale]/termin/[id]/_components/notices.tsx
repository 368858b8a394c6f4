import { getFormatter, getTranslations } from 'next-intl/server';
import type { BookingView } from '@/lib/booking/view';
import { Link } from '@/lib/i18n/navigation';
import { CheckIcon, InfoIcon } from '../../../_components/icons';
import styles from './manage.module.css';

type DoneProps = { done?: string; counsellorChanged: boolean; view: BookingView };

/** What the last change did, including "you now meet another counsellor". */
export async function DoneNotice({ done, counsellorChanged, view }: DoneProps) {
  const t = await getTranslations('Manage.done');
  const channels = await getTranslations('Booking.channels');
  const text =
    done === 'verschoben'
      ? t('rescheduled')
      : done === 'kanal'
        ? t('channel', { channel: channels(`${view.channel}.name`) })
        : done === 'abgesagt'
          ? t('cancelled')
          : done === 'notizen'
            ? t(view.notesConsent ? 'notesConsentGiven' : 'notesConsentWithdrawn')
            : undefined;
  if (!text) return null;
  return (
    <div className={styles.success} role="status">
      <CheckIcon className={styles.icon} />
      <div>
        <p>{text}</p>
        {done === 'verschoben' && counsellorChanged && (
          <p className={styles.strong}>{t('counsellorChanged', { name: view.counsellorName })}</p>
        )}
      </div>
    </div>
  );
}

/** Why nothing can be changed: cancelled, in the past, or too close to the appointment. */
export async function StatusNotice({
  view,
  isJustCancelled,
}: {
  view: BookingView;
  isJustCancelled: boolean;
}) {
  const t = await getTranslations('Manage.status');
  const format = await getFormatter();
  if (view.status === 'cancelled') {
    return (
      <div className={styles.warning}>
        <InfoIcon className={styles.icon} />
        <p>
          {isJustCancelled ? t('cancelledNext') : t('cancelled')}{' '}
          <Link href="/buchen">{t('bookAgain')}</Link>
        </p>
      </div>
    );
  }
  if (view.status !== 'confirmed') {
    return (
      <p className={styles.warning}>
        <InfoIcon className={styles.icon} />
        {t('past')}
      </p>
    );
  }
  if (view.canChange) return null;
  const deadline = format.dateTime(new Date(view.changeDeadline), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <p className={styles.warning}>
      <InfoIcon className={styles.icon} />
      {t('windowClosed', { deadline, phone: view.office.phone ?? '' })}
    </p>
  );
}
