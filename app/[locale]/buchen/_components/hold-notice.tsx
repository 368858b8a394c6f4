import { getFormatter, getTranslations } from 'next-intl/server';
import { InfoIcon } from '../../_components/icons';
import type { StoredHold } from '../_lib/flow-cookies';
import { HoldCountdown } from './hold-countdown';
import styles from './steps.module.css';

/** How long the chosen time stays reserved, or that it no longer is. */
export async function HoldNotice({ hold, now }: { hold?: StoredHold; now: Date }) {
  const t = await getTranslations('Booking.hold');
  const format = await getFormatter();
  if (!hold || Date.parse(hold.expiresAt) <= now.getTime()) {
    return (
      <p className={styles.warning}>
        <InfoIcon className={styles.noticeIcon} />
        <span>{t('none')}</span>
      </p>
    );
  }
  const until = format.dateTime(new Date(hold.expiresAt), { hour: '2-digit', minute: '2-digit' });
  return (
    <p className={styles.info}>
      <InfoIcon className={styles.noticeIcon} />
      <span>
        {t('held', { until })}
        <HoldCountdown expiresAt={hold.expiresAt} />
      </span>
    </p>
  );
}
