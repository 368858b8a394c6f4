import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import styles from '../anmelden/_components/auth.module.css';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ grund?: string }>;
};

const reasons = [
  'unknown_identity',
  'no_email',
  'inactive',
  'subject_mismatch',
  'second_factor_required',
  'staff_use_organisation_sign_in',
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AccessDenied' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** An identity without a provisioned account gets this page, never an account. */
export default async function AccessDeniedPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const { grund } = await searchParams;
  const t = await getTranslations('AccessDenied');
  const reason = reasons.find((r) => r === grund) ?? 'default';
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t(`reasons.${reason}`)}</p>
      <Link href="/anmelden" className="button button-primary">
        {t('back')}
      </Link>
    </div>
  );
}
