import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import styles from '../../../buchen/_components/steps.module.css';
import { leaveWaitlistAction } from '../../actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ token?: string; abgemeldet?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Notify.waitlistPage' });
  return { title: t('leaveTitle'), robots: { index: false }, referrer: 'same-origin' };
}

/** The mail's "leave the waitlist" link: a page with a button (a GET changes nothing). */
export default async function LeavePage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const { id } = await params;
  const { token = '', abgemeldet } = await searchParams;
  const t = await getTranslations('Notify.waitlistPage');
  if (abgemeldet) {
    return (
      <div className={`container ${styles.page}`}>
        <h1>{t('leftTitle')}</h1>
        <p className={styles.lead}>{t('leftText')}</p>
      </div>
    );
  }
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('leaveTitle')}</h1>
      <p className={styles.lead}>{t('leaveText')}</p>
      <ActionForm
        action={leaveWaitlistAction}
        hidden={{ entry: id, token }}
        errorTitle={t('errorTitle')}
        linkFields={false}
      >
        <SubmitButton pendingLabel={t('pending')}>{t('leaveSubmit')}</SubmitButton>
      </ActionForm>
    </div>
  );
}
