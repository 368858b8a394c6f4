import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import styles from '../_components/auth.module.css';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string }>;
};

const knownErrors = ['Verification', 'AccessDenied', 'Configuration'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'SignInFailed' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** Auth.js sends expired or reused links and configuration problems here. */
export default async function SignInFailedPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const { error } = await searchParams;
  const t = await getTranslations('SignInFailed');
  const key = knownErrors.find((known) => known === error) ?? 'default';
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t(key)}</p>
      <Link href="/anmelden" className="button button-primary">
        {t('retry')}
      </Link>
    </div>
  );
}
