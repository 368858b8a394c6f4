import { getTranslations } from 'next-intl/server';
import type { BookingView } from '@/lib/booking/view';
import type { ManagePermissions } from '../../../_components/booking/find-view';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { CalendarLink } from '../../../_components/booking/booking-links';
import styles from './manage.module.css';

type Props = {
  view: BookingView;
  token: string;
  locale: Locale;
  canAct: boolean;
  may: ManagePermissions;
};

/** The three changes as links to their own view (plain links: no JavaScript needed). */
export async function ManageActions({ view, token, locale, canAct, may }: Props) {
  const t = await getTranslations('Manage.actions');
  const href = (aktion: string) => ({ pathname: `/termin/${view.id}`, query: { token, aktion } });
  const left = view.maxReschedules - view.rescheduleCount;
  return (
    <section aria-labelledby="manage-actions-title" className={styles.actions}>
      <h2 id="manage-actions-title">{t('title')}</h2>
      {canAct && (
        <ul className={styles.actionList}>
          {may.reschedule && (
            <li>
              {left > 0 ? (
                <>
                  <Link href={href('verschieben')} className="button button-secondary">
                    {t('reschedule')}
                  </Link>
                  <p className={styles.hint}>{t('rescheduleLeft', { count: left })}</p>
                </>
              ) : (
                <p className={styles.hint}>{t('rescheduleLimit', { max: view.maxReschedules })}</p>
              )}
            </li>
          )}
          {may.channel && (
            <li>
              <Link href={href('kanal')} className="button button-secondary">
                {t('channel')}
              </Link>
            </li>
          )}
          {may.cancel && (
            <li>
              <Link href={href('absagen')} className="button button-secondary">
                {t('cancel')}
              </Link>
            </li>
          )}
        </ul>
      )}
      <CalendarLink id={view.id} token={token} locale={locale} label={t('calendar')} />
    </section>
  );
}
