import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findOffice, listActiveServices } from '@/db/queries/catalogue';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { bookingDeps } from '@/lib/server/booking-deps';
import { formatWhen } from '@/lib/notify/booking-mail';
import { findOffer } from '@/lib/waitlist/service';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import styles from '../../../buchen/_components/steps.module.css';
import { acceptOfferAction } from '../../actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ token?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Notify.waitlistPage' });
  // The URL holds the offer's token: keep it out of search engines and referrers.
  return { title: t('offerTitle'), robots: { index: false }, referrer: 'same-origin' };
}

/** The offer mail's link: the held time and one button that books it. */
export default async function OfferPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const { token = '' } = await searchParams;
  const deps = bookingDeps();
  const found = findOffer(deps.db, deps.notify.secret, id, token, deps.now) ?? notFound();
  const t = await getTranslations('Notify.waitlistPage');
  if (found.state !== 'open') {
    const isExpired = found.state === 'expired';
    return (
      <div className={`container ${styles.page}`}>
        <h1>{isExpired ? t('offerExpiredTitle') : t('offerClosedTitle')}</h1>
        <p className={styles.lead}>{isExpired ? t('offerExpiredText') : t('offerClosedText')}</p>
        <p>
          <Link href="/buchen">{t('searchAgain')}</Link>
        </p>
      </div>
    );
  }
  const { offer, entry } = found;
  const office = findOffice(deps.db, entry.officeId) ?? notFound();
  const service = listActiveServices(deps.db, locale).find((s) => s.id === entry.serviceId);
  const tMail = await getTranslations('Notify.mail');
  const start = formatWhen(locale, offer.startsAt, office.timeZone);
  const end = formatWhen(locale, offer.endsAt, office.timeZone);
  const until = formatWhen(locale, offer.expiresAt, office.timeZone);
  const rows: [string, string][] = [
    [
      tMail('details.when'),
      tMail('details.whenValue', { date: start.date, start: start.time, end: end.time }),
    ],
    [tMail('details.service'), service?.name ?? entry.serviceId],
    [tMail('details.channel'), tMail(`channel.${entry.channel}`)],
    [tMail('details.office'), office.name],
  ];
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('offerTitle')}</h1>
      <p className={styles.lead}>{t('offerIntro', { until: until.time })}</p>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ActionForm
        action={acceptOfferAction}
        hidden={{ offer: offer.id, token }}
        errorTitle={t('errorTitle')}
        linkFields={false}
      >
        <SubmitButton pendingLabel={t('offerPending')}>{t('offerSubmit')}</SubmitButton>
      </ActionForm>
    </div>
  );
}
