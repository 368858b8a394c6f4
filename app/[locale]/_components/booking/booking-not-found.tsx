import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { ArrowIcon } from '../icons';
import styles from '../page-intro.module.css';

/** One answer for a wrong token, a wrong id and a deleted booking: nothing to probe. */
export async function BookingNotFound() {
  const t = await getTranslations('BookingNotFound');
  return (
    <div className={`container ${styles.intro}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('text')}</p>
      <Link href="/buchen" className="button button-primary">
        {t('bookLink')}
        <ArrowIcon className="flip-rtl" />
      </Link>
    </div>
  );
}
