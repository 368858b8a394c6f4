import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { RosterCounsellor } from '@/lib/roster/view';
import type { Week } from '@/lib/roster/week';
import { ChannelIcon } from '../../../_components/booking/channel-icon';
import styles from '../../_components/team.module.css';
import { rosterFormat } from './roster-format';

const statusSymbols = { below: '▼', met: '✓', above: '▲', none: '–' } as const;

type Props = { counsellor: RosterCounsellor; teamId: string; week: Week };

/** Planned hours per channel against the lead's targets, each status in words and symbol. */
export async function QuotaTable({ counsellor, teamId, week }: Props) {
  const t = await getTranslations('Roster');
  const booking = await getTranslations('Booking');
  const f = await rosterFormat();
  const { quota } = counsellor;
  return (
    <div className={styles.quota}>
      <p className={styles.quotaTotal}>
        {t('plannedTotal', { hours: f.hours(quota.totalMinutes) })} ·{' '}
        <Link
          href={{
            pathname: `/team/dienstplan/ziele/${counsellor.id}`,
            query: { team: teamId, woche: week.monday },
          }}
        >
          {t('editTargets')}
          <span className="visually-hidden">: {counsellor.name}</span>
        </Link>
      </p>
      {quota.lines.length > 0 && (
        <div
          role="region"
          aria-labelledby={`quota-${counsellor.id}`}
          tabIndex={0}
          className={styles.tableScroll}
        >
          <table className={styles.quotaTable}>
            <caption id={`quota-${counsellor.id}`} className="visually-hidden">
              {t('quotaCaption', { name: counsellor.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('quotaChannel')}</th>
                <th scope="col">{t('quotaPlanned')}</th>
                <th scope="col">{t('quotaTarget')}</th>
                <th scope="col">{t('quotaStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {quota.lines.map((line) => (
                <tr key={line.channel} data-channel={line.channel}>
                  <th scope="row">
                    <ChannelIcon channel={line.channel} className={styles.icon} />
                    {booking(`channels.${line.channel}.name`)}
                  </th>
                  <td>
                    {t('share', {
                      hours: f.hours(line.plannedMinutes),
                      percent: line.plannedPercent,
                    })}
                  </td>
                  <td>
                    {line.targetPercent === null
                      ? t('noTarget')
                      : t('share', {
                          hours: f.hours(line.targetMinutes ?? 0),
                          percent: line.targetPercent,
                        })}
                  </td>
                  <td className={styles.status} data-status={line.status}>
                    <span aria-hidden="true">{statusSymbols[line.status]}</span>{' '}
                    {t(`status.${line.status}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
