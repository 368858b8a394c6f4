import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { BookingLinks } from '../../../_components/booking/booking-links';
import { BookingSummary } from '../../../_components/booking/booking-summary';
import { findView } from '../../../_components/booking/find-view';
import { NextSteps } from '../../../_components/booking/next-steps';
import { CheckIcon } from '../../../_components/icons';
import styles from '../../_components/steps.module.css';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ token?: string; hinweis?: string }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const { token = '' } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Confirmation' });
  const notFoundTitle = await getTranslations({ locale, namespace: 'BookingNotFound' });
  const title = (await findView(id, token, locale)) ? t('title') : notFoundTitle('title');
  // The URL holds the manage token: keep it out of search engines and referrers.
  return { title, robots: { index: false }, referrer: 'same-origin' };
}

/** Step 7: booked. What happens next for this channel, the calendar file and the manage link. */
export default async function ConfirmationPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const { token = '', hinweis } = await searchParams;
  const view = (await findView(id, token, locale)) ?? notFound();
  const t = await getTranslations('Confirmation');
  return (
    <div className={`container ${styles.page}`}>
      <p className={styles.success} role="status">
        <CheckIcon className={styles.noticeIcon} />
        <span>{t('status')}</span>
      </p>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      {hinweis?.split(',').includes('budget_low') && (
        <p className={styles.warning}>{t('budgetLow')}</p>
      )}
      <BookingSummary view={view} />
      <NextSteps view={view} token={token} />
      <BookingLinks id={id} token={token} locale={locale} />
    </div>
  );
}
