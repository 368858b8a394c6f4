import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { demoRoles } from '@/lib/auth/schemas';
import { getConfig } from '@/lib/env';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import { demoSignInAction } from '../actions';
import styles from '../_components/auth.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'DemoSignIn' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** Demo mode only (off in production unless DEMO_SIGN_IN=enabled): a role, no password. */
export default async function DemoSignInPage({ params }: Props) {
  await resolvePageLocale(params);
  if (!getConfig().auth.demoSignIn) notFound();
  const t = await getTranslations('DemoSignIn');
  return (
    <div className={`container ${styles.page}`}>
      <p className={styles.badge}>{t('badge')}</p>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      <ul className={styles.roleList}>
        {demoRoles.map((role) => (
          <li key={role} className={styles.demoCard}>
            <ActionForm action={demoSignInAction} hidden={{ role }} errorTitle={t('unavailable')}>
              <SubmitButton pendingLabel={t('signingIn')}>{t(`roles.${role}`)}</SubmitButton>
              <p>{t(`roleHints.${role}`)}</p>
            </ActionForm>
          </li>
        ))}
      </ul>
    </div>
  );
}
