import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Week } from '@/lib/roster/week';
import styles from './team.module.css';

/** Back to the roster week a form was opened from. */
export async function BackLink({ teamId, week }: { teamId: string; week: Week }) {
  const t = await getTranslations('Roster');
  return (
    <Link
      href={{ pathname: '/team/dienstplan', query: { team: teamId, woche: week.monday } }}
      className={styles.back}
    >
      <span aria-hidden="true" className="flip-rtl">
        ←
      </span>{' '}
      {t('back')}
    </Link>
  );
}
