import { getTranslations } from 'next-intl/server';
import { manageUrlOf } from '@/lib/booking/service-create';
import { getConfig } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import styles from './booking-links.module.css';

type Props = { id: string; token: string; locale: Locale };

/** The calendar file and the personal manage link (there is no account to log in to). */
export async function BookingLinks({ id, token, locale }: Props) {
  const t = await getTranslations('BookingLinks');
  const query = new URLSearchParams({ token, locale });
  const manageUrl = manageUrlOf(getConfig().appUrl, locale, id, token);
  return (
    <section aria-labelledby="booking-links-title" className={styles.section}>
      <h2 id="booking-links-title">{t('title')}</h2>
      <p>{t('text')}</p>
      <p className={styles.url}>{manageUrl}</p>
      <div className={styles.actions}>
        <a
          href={`/api/v1/bookings/${id}/calendar.ics?${query}`}
          className="button button-primary"
          download
        >
          {t('calendar')}
        </a>
        <Link
          href={{ pathname: `/termin/${id}`, query: { token } }}
          className="button button-secondary"
        >
          {t('manage')}
        </Link>
      </div>
    </section>
  );
}

/** Only the calendar file, for the manage page itself. */
export function CalendarLink({ id, token, locale, label }: Props & { label: string }) {
  const query = new URLSearchParams({ token, locale });
  return (
    <a
      href={`/api/v1/bookings/${id}/calendar.ics?${query}`}
      className="button button-secondary"
      download
    >
      {label}
    </a>
  );
}
