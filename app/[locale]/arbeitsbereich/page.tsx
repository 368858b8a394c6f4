import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listAppointmentsOfCounsellor, listTeamsOfStaff } from '@/db/queries/account';
import { listVideoEventsOfBookings } from '@/db/queries/video';
import { decide } from '@/lib/auth/policy';
import { requireStaffPage } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { presenceByBooking, videoEventTypes } from '@/lib/video/session-rules';
import { AccountBar } from '../_components/account-bar';
import { ChannelIcon } from '../_components/booking/channel-icon';
import styles from '../_components/appointment-list.module.css';
import pageStyles from '../anmelden/_components/auth.module.css';

type Props = { params: Promise<{ locale: string }> };

const horizonDays = 14;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Workspace' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** The staff start page: the next two weeks' appointments, the teams, administration. */
export default async function WorkspacePage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await requireStaffPage('/arbeitsbereich');
  const t = await getTranslations();
  const format = await getFormatter();
  const db = getDatabase();
  const now = new Date();
  const range = {
    from: now.toISOString(),
    to: new Date(now.getTime() + horizonDays * 86_400_000).toISOString(),
  };
  const appointments = listAppointmentsOfCounsellor(db, actor.staffId, range, locale);
  const teams = listTeamsOfStaff(db, actor.staffId);
  const videoIds = appointments.filter((a) => a.channel === 'video').map((a) => a.id);
  const presence = presenceByBooking(listVideoEventsOfBookings(db, videoIds, videoEventTypes));
  const mayAdminister = decide(actor, 'staff.manage', { type: 'administration' }).allowed;
  return (
    <div className={`container ${pageStyles.page}`}>
      <AccountBar actor={actor} name={actor.name} />
      <h1>{t('Workspace.title', { name: actor.name })}</h1>
      <p className={pageStyles.lead}>{t('Workspace.intro')}</p>
      <h2>{t('Workspace.upcoming')}</h2>
      {appointments.length === 0 ? (
        <p className={styles.empty}>{t('Workspace.empty')}</p>
      ) : (
        <ul className={styles.list}>
          {appointments.map((item) => {
            const date = format.dateTimeRange(new Date(item.startsAt), new Date(item.endsAt), {
              weekday: 'short',
              day: 'numeric',
              month: 'short',
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
                    <span>{item.clientName}</span>
                    <span>{item.serviceName}</span>
                  </p>
                  {item.channel === 'video' && (
                    <p
                      className={styles.meta}
                      data-presence={presence.get(item.id) ?? 'never_joined'}
                    >
                      {t(`VideoRoom.presence.${presence.get(item.id) ?? 'never_joined'}`)}
                    </p>
                  )}
                </div>
                {item.channel === 'video' && (
                  <Link
                    href={`/termin/${item.id}/video`}
                    className="button button-primary"
                    aria-label={t('Workspace.videoRoomLabel', { date })}
                  >
                    {t('Workspace.videoRoom')}
                  </Link>
                )}
                <Link
                  href={`/termin/${item.id}`}
                  className="button button-secondary"
                  aria-label={t('Workspace.openLabel', { date, client: item.clientName })}
                >
                  {t('Workspace.open')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {teams.length > 0 && (
        <>
          <h2>{t('Workspace.teamTitle')}</h2>
          <ul>
            {teams.map((team) => (
              <li key={team.id}>
                {team.name} (
                {t(team.role === 'lead' ? 'Workspace.leadsTeam' : 'Workspace.memberOfTeam')})
              </li>
            ))}
          </ul>
        </>
      )}
      {mayAdminister && (
        <section className={pageStyles.card} aria-labelledby="administration">
          <h2 id="administration">{t('Workspace.administrationTitle')}</h2>
          <p>{t('Workspace.administrationText')}</p>
          <Link href="/verwaltung" className="button button-primary">
            {t('Workspace.administrationLink')}
          </Link>
        </section>
      )}
    </div>
  );
}
