import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { RosterCounsellor } from '@/lib/roster/view';
import type { Occurrence, RosterDay } from '@/lib/roster/week-view';
import type { Week } from '@/lib/roster/week';
import { ChannelIcon } from '../../../_components/booking/channel-icon';
import styles from '../../_components/team.module.css';
import { QuotaTable } from './quota-table';
import { rosterFormat } from './roster-format';

type Props = { counsellor: RosterCounsellor; teamId: string; week: Week };

/**
 * One counsellor's week: the channel targets, then a column per day (stacked on
 * phones) with absences and blocks, each block with its channels, place, room and load.
 */
export async function CounsellorWeek({ counsellor, teamId, week }: Props) {
  const t = await getTranslations('Roster');
  const headingId = `counsellor-${counsellor.id}`;
  const query = { team: teamId, woche: week.monday, person: counsellor.id };
  return (
    <section
      aria-labelledby={headingId}
      className={styles.counsellor}
      data-counsellor={counsellor.id}
    >
      <div className={styles.counsellorHead}>
        <h2 id={headingId}>{counsellor.name}</h2>
        <Link
          href={{ pathname: '/team/dienstplan/neu', query }}
          className="button button-secondary"
        >
          {t('addBlock')}
          <span className="visually-hidden">: {counsellor.name}</span>
        </Link>
      </div>
      <QuotaTable counsellor={counsellor} teamId={teamId} week={week} />
      <ol className={styles.days}>
        {counsellor.days.map((day) => (
          <Day key={day.date} day={day} teamId={teamId} week={week} name={counsellor.name} />
        ))}
      </ol>
    </section>
  );
}

async function Day(props: { day: RosterDay; teamId: string; week: Week; name: string }) {
  const { day } = props;
  const t = await getTranslations('Roster');
  const reasons = await getTranslations('WorkspaceAvailability.reasons');
  const f = await rosterFormat();
  return (
    <li className={styles.day} data-date={day.date}>
      <h3 className={styles.dayTitle}>{f.shortDay(day.date)}</h3>
      {day.occurrences.length > 0 && (
        <p className={styles.dayLoad}>
          {t('load', { booked: f.hours(day.bookedMinutes), offered: f.hours(day.offeredMinutes) })}
        </p>
      )}
      {day.absences.map((a) => (
        <p key={a.id} className={styles.absence}>
          {a.isAllDay
            ? t('absenceAllDay', { reason: reasons(a.reason) })
            : !a.endsThatDay
              ? t('absenceFrom', { reason: reasons(a.reason), from: f.time(a.startsAt) })
              : !a.startsThatDay
                ? t('absenceUntil', { reason: reasons(a.reason), to: f.time(a.endsAt) })
                : t('absence', {
                    reason: reasons(a.reason),
                    from: f.time(a.startsAt),
                    to: f.time(a.endsAt),
                  })}
        </p>
      ))}
      {day.occurrences.length === 0 ? (
        day.absences.length === 0 && <p className={styles.free}>{t('free')}</p>
      ) : (
        <ul className={styles.blocks}>
          {day.occurrences.map((o) => (
            <Block key={o.block.id} occurrence={o} {...props} />
          ))}
        </ul>
      )}
    </li>
  );
}

async function Block(props: { occurrence: Occurrence; teamId: string; week: Week; name: string }) {
  const { occurrence: o, teamId, week, name } = props;
  const t = await getTranslations('Roster');
  const booking = await getTranslations('Booking');
  const f = await rosterFormat();
  const time = t('blockTime', { start: o.block.startTime, end: o.block.endTime });
  const share =
    o.offeredMinutes > 0 ? Math.min(100, (o.bookedMinutes / o.offeredMinutes) * 100) : 0;
  return (
    <li className={styles.block} data-block={o.block.id}>
      <p className={styles.blockTime}>{time}</p>
      <ul className={styles.channels}>
        {o.block.channels.map((c) => (
          <li key={c}>
            <ChannelIcon channel={c} className={styles.icon} />
            {booking(`channels.${c}.name`)}
          </li>
        ))}
      </ul>
      <p className={styles.place}>{o.block.officeName}</p>
      {o.block.room && <p className={styles.room}>{o.block.room}</p>}
      <p className={styles.load}>
        {t('load', { booked: f.hours(o.bookedMinutes), offered: f.hours(o.offeredMinutes) })}
        <span className={styles.bar} aria-hidden="true">
          <span style={{ inlineSize: `${share}%` }} />
        </span>
      </p>
      {o.isAbsent && <p className={styles.absentNote}>{t('partlyAbsent')}</p>}
      <Link
        href={{
          pathname: `/team/dienstplan/block/${o.block.id}`,
          query: { team: teamId, woche: week.monday },
        }}
        className={styles.change}
      >
        {t('change')}
        <span className="visually-hidden">
          : {t('blockContext', { name, day: f.day(o.date), time })}
        </span>
      </Link>
    </li>
  );
}
