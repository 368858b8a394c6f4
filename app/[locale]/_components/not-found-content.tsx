import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { ArrowIcon } from './icons';
import styles from './page-intro.module.css';

export async function NotFoundContent() {
  const t = await getTranslations('NotFound');
  return (
    <div className={`container ${styles.intro}`}>
      <p className={styles.code} aria-hidden="true">
        404
      </p>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('text')}</p>
      <Link href="/" className="button button-primary">
        {t('homeLink')}
        <ArrowIcon className="flip-rtl" />
      </Link>
    </div>
  );
}
