import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { BookingView } from '@/lib/booking/view';
import { displayPhone } from './display-phone';
import styles from './next-steps.module.css';

type Props = {
  view: BookingView;
  /** The manage token, for the link into the video room (empty for signed-in people). */
  token?: string;
};

/** "So geht es weiter": what happens at the appointment, per channel. */
export async function NextSteps({ view, token }: Props) {
  const t = await getTranslations('NextSteps');
  const videoText = await getTranslations('VideoPage');
  const format = await getFormatter();
  const deadline = format.dateTime(new Date(view.changeDeadline), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  const { office, meetingPoint } = view;
  const address = `${office.name}, ${office.street}, ${office.postcode} ${office.city}`;
  return (
    <section aria-labelledby="next-steps-title" className={styles.section}>
      <h2 id="next-steps-title">{t('title')}</h2>
      {view.channel === 'presence' && (
        <>
          <p>{t('presence.where', { address })}</p>
          {office.accessibilityNotes && (
            <p>{t('presence.access', { notes: office.accessibilityNotes })}</p>
          )}
          <p>{t('presence.bring')}</p>
        </>
      )}
      {view.channel === 'phone' && (
        <>
          <p className={styles.lead}>
            {t('phone.call', { phone: displayPhone(view.client.phone) })}
          </p>
          <p>{t('phone.change')}</p>
        </>
      )}
      {view.channel === 'video' && (
        <>
          <p className={styles.lead}>{t('video.browser')}</p>
          <p>{t('video.link')}</p>
          <p>{t('video.check')}</p>
          <p className={styles.videoLinks}>
            <Link
              href={{ pathname: `/termin/${view.id}/video`, query: token ? { token } : {} }}
              className="button button-primary"
            >
              {videoText('enterRoom')}
            </Link>
            <Link href="/video/geraetetest" className="button button-secondary">
              {videoText('deviceCheckLink')}
            </Link>
          </p>
        </>
      )}
      {view.channel === 'walk_and_talk' && (
        <>
          {meetingPoint && (
            <p className={styles.lead}>
              {t('walk.meet', { name: meetingPoint.name, description: meetingPoint.description })}{' '}
              {meetingPoint.isStepFree ? t('walk.stepFree') : t('walk.notStepFree')}
            </p>
          )}
          <p>{t('walk.weather', { deadline })}</p>
          <p>{t('walk.bring')}</p>
        </>
      )}
      {office.phone && <p>{t('questions', { phone: displayPhone(office.phone) })}</p>}
    </section>
  );
}
