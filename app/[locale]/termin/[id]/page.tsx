import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/lib/i18n/navigation';
import { BookingSummary } from '../../_components/booking/booking-summary';
import { findView, managePermissions } from '../../_components/booking/find-view';
import { NextSteps } from '../../_components/booking/next-steps';
import { CancelSection } from './_components/cancel-section';
import { ChannelSection } from './_components/channel-section';
import { DoneNotice, StatusNotice } from './_components/notices';
import { ManageActions } from './_components/manage-actions';
import { NotesConsentSection } from './_components/notes-consent-section';
import { RescheduleSection } from './_components/reschedule-section';
import styles from './_components/manage.module.css';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

const actions = ['verschieben', 'kanal', 'absagen'] as const;
type ManageAction = (typeof actions)[number];

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const { token = '' } = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Manage.titles' });
  const missing = await getTranslations({ locale, namespace: 'BookingNotFound' });
  const title = (await findView(id, token, locale)) ? t('view') : missing('title');
  // The URL holds the manage token: keep it out of search engines and referrers.
  return { title, robots: { index: false }, referrer: 'same-origin' };
}

/** The manage link's page: see the appointment, reschedule, change the channel, cancel. */
export default async function ManagePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const query = await searchParams;
  const token = query.token ?? '';
  const view = (await findView(id, token, locale)) ?? notFound();
  const t = await getTranslations('Manage');
  const canAct = view.status === 'confirmed' && view.canChange;
  const may = await managePermissions(id, token);
  const mayDo = { verschieben: may.reschedule, kanal: may.channel, absagen: may.cancel };
  const action = canAct ? actions.find((a) => a === query.aktion && mayDo[a]) : undefined;
  const section = { id, token, locale, view, date: query.date };
  return (
    <div className={`container ${styles.page}`}>
      {action && (
        <Link href={{ pathname: `/termin/${id}`, query: { token } }} className={styles.back}>
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {t('backToBooking')}
        </Link>
      )}
      <DoneNotice done={query.erledigt} counsellorChanged={query.wechsel === '1'} view={view} />
      <h1>{t(`titles.${titleKey(action)}`)}</h1>
      {!action && <StatusNotice view={view} isJustCancelled={query.erledigt === 'abgesagt'} />}
      <BookingSummary view={view} isCompact={!!action} />
      {action === 'verschieben' && <RescheduleSection {...section} />}
      {action === 'kanal' && <ChannelSection {...section} />}
      {action === 'absagen' && <CancelSection {...section} />}
      {!action && view.status === 'confirmed' && (
        <>
          <NextSteps view={view} token={token} />
          <ManageActions view={view} token={token} locale={locale} canAct={canAct} may={may} />
          {may.notesConsent && <NotesConsentSection view={view} token={token} />}
        </>
      )}
    </div>
  );
}

function titleKey(action: ManageAction | undefined) {
  if (action === 'verschieben') return 'reschedule';
  if (action === 'kanal') return 'channel';
  if (action === 'absagen') return 'cancel';
  return 'view';
}
