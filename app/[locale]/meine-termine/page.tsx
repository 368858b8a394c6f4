import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listBookingsOfClientEmail } from '@/db/queries/account';
import { authorizePage } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { AccountBar } from '../_components/account-bar';
import { ChannelIcon } from '../_components/booking/channel-icon';
import styles from '../_components/appointment-list.module.css';
import pageStyles from '../anmelden/_components/auth.module.css';

type Props = { params: Promise<{ locale: string }> };
type Appointment = ReturnType<typeof listBookingsOfClientEmail>[number];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'MyBookings' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** A client signed in by email link sees every booking made with that address. */
export default async function MyBookingsPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  // The list is the signed-in address's own; the policy still has the last word.
  const actor = await authorizePage(
    'client-bookings.list',
    (who) => ({ type: 'client-bookings', email: who.kind === 'client' ? who.email : '' }),
    '/meine-termine',
  );
  const email = actor.kind === 'client' ? actor.email : '';
  const t = await getTranslations('MyBookings');
  const all = listBookingsOfClientEmail(getDatabase(), email, locale);
  const now = new Date().toISOString();
  const upcoming = all.filter((b) => b.status === 'confirmed' && b.endsAt > now);
  const past = all.filter((b) => !upcoming.includes(b)).reverse();
  return (
    <div className={`container ${pageStyles.page}`}>
      <AccountBar actor={actor} name={email} />
      <h1>{t('title')}</h1>
      <p className={pageStyles.lead}>{t('intro', { email })}</p>
      <h2>{t('upcoming')}</h2>
      <AppointmentList items={upcoming} empty={t('empty')} />
      <p>
        <Link href="/buchen" className="button button-primary">
          {t('book')}
        </Link>
      </p>
      <h2>{t('past')}</h2>
      <AppointmentList items={past} empty={t('emptyPast')} />
    </div>
  );
}

async function AppointmentList({ items, empty }: { items: Appointment[]; empty: string }) {
  if (items.length === 0) return <p className={styles.empty}>{empty}</p>;
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <ul className={styles.list}>
      {items.map((item) => {
        const date = format.dateTimeRange(new Date(item.startsAt), new Date(item.endsAt), {
          weekday: 'long',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
        });
        return (
          <li key={item.id} className={styles.item}>
            <div>
              <p className={styles.time}>{date}</p>
              <p className={styles.meta}>
                <span className={styles.channel}>
                  <ChannelIcon channel={item.channel} className={styles.icon} />
                  {t(`Booking.channels.${item.channel}.name`)}
                </span>
                <span>{item.serviceName}</span>
                <span>{item.officeName}</span>
                <span className={styles.status}>{t(`MyBookings.status.${item.status}`)}</span>
              </p>
            </div>
            <Link
              href={`/termin/${item.id}`}
              className="button button-secondary"
              aria-label={t('MyBookings.openLabel', { date })}
            >
              {t('MyBookings.open')}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
