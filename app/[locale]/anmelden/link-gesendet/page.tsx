import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import styles from '../_components/auth.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'CheckEmail' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** The same answer for every address, so the form reveals nobody's account. */
export default async function CheckEmailPage({ params }: Props) {
  await resolvePageLocale(params);
  const t = await getTranslations('CheckEmail');
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('text')}</p>
      <p>{t('spam')}</p>
      <p className={styles.note}>{t('staffNote')}</p>
      <Link href="/anmelden" className="button button-secondary">
        {t('again')}
      </Link>
    </div>
  );
}
