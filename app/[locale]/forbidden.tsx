import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import styles from './_components/page-intro.module.css';

// Rendered with status 403 when a page calls forbidden() (a signed-in person without
// the right for this page).
export default async function Forbidden() {
  const t = await getTranslations('Forbidden');
  return (
    <div className={`container ${styles.intro}`}>
      <p className={styles.code} aria-hidden="true">
        403
      </p>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('text')}</p>
      <Link href="/" className="button button-primary">
        {t('home')}
      </Link>
    </div>
  );
}
