import { getTranslations } from 'next-intl/server';
import type { MeetingPointRow } from '@/db/queries/admin-meeting-points';
import { Link } from '@/lib/i18n/navigation';
import { StatusBadge } from '../../_components/status-badge';
import { TableRegion } from '../../_components/table-region';
import styles from '../../_components/admin.module.css';

type Props = { officeId: string; officeName: string; points: MeetingPointRow[] };

/** The office's walk-and-talk meeting points, with links to edit and to add one. */
export async function MeetingPointsSection({ officeId, officeName, points }: Props) {
  const t = await getTranslations('AdminMeetingPoints');
  const admin = await getTranslations('Admin');
  return (
    <section aria-labelledby="meeting-points-title" className={styles.section}>
      <h2 id="meeting-points-title">{t('title')}</h2>
      {points.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : (
        <TableRegion
          captionId="meeting-points-caption"
          caption={t('table.caption', { office: officeName })}
        >
          <thead>
            <tr>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('table.stepFree')}</th>
              <th scope="col">{t('table.duration')}</th>
              <th scope="col">{t('table.status')}</th>
              <th scope="col">{t('table.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.id}>
                <th scope="row">{point.name}</th>
                <td>{admin(point.isStepFree ? 'yes' : 'no')}</td>
                <td>{admin('minutes', { minutes: point.typicalDurationMinutes })}</td>
                <td>
                  <StatusBadge isActive={point.active} />
                </td>
                <td>
                  <Link
                    href={`/verwaltung/dienststellen/${officeId}/treffpunkte/${point.id}`}
                    aria-label={admin('editLabel', { name: point.name })}
                  >
                    {admin('edit')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <p>
        <Link
          href={`/verwaltung/dienststellen/${officeId}/treffpunkte/neu`}
          className="button button-secondary"
        >
          {t('create.title')}
        </Link>
      </p>
    </section>
  );
}
