import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { flowHref, type FlowAt } from '../_lib/flow';
import styles from './steps.module.css';

/** No free time in the search range: ways out instead of a dead end. */
export async function NoSlots({ flow }: { flow: FlowAt<'time'> }) {
  const t = await getTranslations('Booking.time');
  const tWaitlist = await getTranslations('Notify.waitlistPage');
  const { service, channel, office } = flow.params;
  return (
    <div className={styles.notice}>
      <h2>{t('noneTitle')}</h2>
      <p>{t('noneText')}</p>
      <ul>
        {channel !== 'walk_and_talk' && (
          <li>
            <Link href={{ pathname: '/warteliste', query: { service, channel, office } }}>
              {tWaitlist('noSlotsLink')}
            </Link>
          </li>
        )}
        {flow.params.language && (
          <li>
            <Link href={flowHref('time', { ...flow.params, language: undefined })}>
              {t('noneAnyLanguage')}
            </Link>
          </li>
        )}
        <li>
          <Link href={flowHref('channel', flow.params)}>{t('noneOtherChannel')}</Link>
        </li>
        <li>
          <Link href={flowHref('region', flow.params)}>{t('noneOtherOffice')}</Link>
        </li>
      </ul>
    </div>
  );
}
