import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listTeamsByIds } from '@/db/queries/roster';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { loadRosterWeek } from '@/lib/roster/view';
import { shiftWeek } from '@/lib/roster/week';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../_components/forms/action-form';
import { SelectField } from '../../_components/forms/form-fields';
import { SubmitButton } from '../../_components/forms/submit-button';
import { readCount, readDone } from '../../arbeitsbereich/_lib/done';
import styles from '../_components/team.module.css';
import { authorizeRosterPage } from '../_lib/team-page';
import { rosterChangeAction } from './actions';
import { CounsellorWeek } from './_components/counsellor-week';
import { rosterFormat } from './_components/roster-format';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const doneKinds = ['saved', 'copied', 'handedOver', 'targets'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Roster' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * The team lead's roster: one week of the team's counsellors, their blocks across the
 * four channels with booked load, absences, and planned versus target per channel.
 */
export default async function RosterPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const query = await searchParams;
  const { actor, teamId, week } = await authorizeRosterPage(query, '/team/dienstplan');
  const db = getDatabase();
  const roster = loadRosterWeek({ db, now: new Date() }, actor, teamId, week.monday);
  const t = await getTranslations('Roster');
  const f = await rosterFormat();
  const done = readDone(query, doneKinds);
  const teams = listTeamsByIds(db, actor.leadsTeamIds);
  const weekLink = (n: number) => ({
    pathname: '/team/dienstplan',
    query: { team: teamId, woche: shiftWeek(week, n).monday },
  });
  return (
    <>
      {done && (
        <div role="status" className={styles.notice}>
          <p>{t(`done.${done}`, { count: readCount(query) })}</p>
        </div>
      )}
      <h1>{t('title', { team: roster.team.name })}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      {teams.length > 1 && (
        <form method="get" className={styles.teamChoice}>
          <input type="hidden" name="woche" value={week.monday} />
          <label htmlFor="team-choice">{t('team')}</label>
          <select id="team-choice" name="team" defaultValue={teamId}>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary">
            {t('showTeam')}
          </button>
        </form>
      )}
      <nav aria-label={t('weekNav')} className={styles.weekNav}>
        <Link href={weekLink(-1)}>
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {t('previousWeek')}
        </Link>
        <p className={styles.weekLabel}>{f.week(week)}</p>
        <Link href={weekLink(1)}>
          {t('nextWeek')}{' '}
          <span aria-hidden="true" className="flip-rtl">
            →
          </span>
        </Link>
        <Link href={{ pathname: '/team/dienstplan', query: { team: teamId } }}>
          {t('thisWeek')}
        </Link>
      </nav>
      {roster.counsellors.length === 0 ? (
        <p className={styles.free}>{t('noCounsellors')}</p>
      ) : (
        roster.counsellors.map((c) => (
          <CounsellorWeek key={c.id} counsellor={c} teamId={teamId} week={week} />
        ))
      )}
      <section aria-labelledby="copy-title" className={styles.panel}>
        <h2 id="copy-title">{t('copyTitle')}</h2>
        <p>{t('copyText', { week: f.week(week) })}</p>
        <ActionForm
          action={rosterChangeAction}
          hidden={{ op: 'copy', team: teamId, woche: week.monday }}
          errorTitle={t('errorTitle')}
        >
          <SelectField
            name="weeks"
            label={t('copyWeeks')}
            options={[1, 2, 3, 4, 6, 8, 12].map((n) => ({
              value: String(n),
              label: t('weeks', { count: n }),
            }))}
            defaultValue="4"
          />
          <SubmitButton pendingLabel={t('saving')}>{t('copySubmit')}</SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
