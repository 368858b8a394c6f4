import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getFormatter, getMessages, getTranslations } from 'next-intl/server';
import { getActorFor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { videoDeps } from '@/lib/server/video';
import { videoPageState, type VideoPageState } from '@/lib/video/service';
import { PrivacyConsentForm } from './_components/privacy-consent-form';
import { VideoSessionLoader } from './_components/video-session-loader';
import styles from './_components/video.module.css';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ token?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'VideoPage' });
  // The URL may hold the manage token.
  return { title: t('metaTitle'), robots: { index: false }, referrer: 'same-origin' };
}

async function loadState(id: string, token: string): Promise<VideoPageState> {
  try {
    return videoPageState(videoDeps(), await getActorFor(token), id);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

/** The video appointment: privacy notice first (clients), then the room. */
export default async function VideoPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const token = (await searchParams).token ?? '';
  const state = await loadState(id, token);
  const t = await getTranslations('VideoPage');
  const format = await getFormatter();
  const messages = await getMessages();
  const bookingHref = { pathname: `/termin/${id}`, query: token ? { token } : {} };
  const refusalText = () => {
    const refusal = state.refusal!;
    if (refusal.reason === 'video_not_open_yet')
      return t('notOpenYet', {
        time: format.dateTime(new Date(refusal.opensAt), {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          hour: '2-digit',
          minute: '2-digit',
        }),
      });
    const texts = {
      video_closed: 'closed',
      video_ended: 'ended',
      not_video: 'notVideo',
      booking_not_active: 'notActive',
    } as const;
    return t(texts[refusal.reason]);
  };
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>
        {state.role === 'client'
          ? t('withCounsellor', { name: state.counsellorName })
          : t('withClient', { name: state.clientName })}
      </p>
      {state.refusal ? (
        <div className={styles.notice} role="status">
          <p>{refusalText()}</p>
          <p>
            <Link href="/video/geraetetest">{t('deviceCheckLink')}</Link>
          </p>
          <Link href={bookingHref}>{t('backToBooking')}</Link>
        </div>
      ) : state.needsConsent ? (
        <PrivacyConsentForm bookingId={id} token={token} />
      ) : (
        <NextIntlClientProvider locale={locale} messages={{ VideoRoom: messages.VideoRoom }}>
          <VideoSessionLoader
            target={{
              bookingId: id,
              manageToken: token || null,
              role: state.role,
              hadDropout: state.hadDropout,
            }}
          />
        </NextIntlClientProvider>
      )}
    </div>
  );
}
