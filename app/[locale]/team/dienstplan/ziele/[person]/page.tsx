import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { channels } from '@/db/schema/enums';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { loadRosterWeek } from '@/lib/roster/view';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../../_components/forms/action-form';
import { TextField } from '../../../../_components/forms/form-fields';
import { SubmitButton } from '../../../../_components/forms/submit-button';
import { BackLink } from '../../../_components/back-link';
import styles from '../../../_components/team.module.css';
import { authorizeRosterPage } from '../../../_lib/team-page';
import { saveTargetsAction } from '../../actions';
import { rosterFormat } from '../../_components/roster-format';

type Props = {
  params: Promise<{ locale: string; person: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'RosterTargets' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** One counsellor's channel targets for the shown week, in per cent of the planned hours. */
export default async function TargetsPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const { person } = await params;
  const query = await searchParams;
  const { actor, teamId, week } = await authorizeRosterPage(
    query,
    `/team/dienstplan/ziele/${person}`,
  );
  const roster = loadRosterWeek({ db: getDatabase(), now: new Date() }, actor, teamId, week.monday);
  const counsellor = roster.counsellors.find((c) => c.id === person) ?? notFound();
  const t = await getTranslations('RosterTargets');
  const booking = await getTranslations('Booking');
  const f = await rosterFormat();
  return (
    <>
      <BackLink teamId={teamId} week={week} />
      <h1>{t('title', { name: counsellor.name })}</h1>
      <p className={styles.lead}>{t('intro', { week: f.week(week) })}</p>
      <ActionForm
        action={saveTargetsAction}
        hidden={{ team: teamId, woche: week.monday, person }}
        errorTitle={t('errorTitle')}
        fieldOrder={[...channels]}
      >
        <div className={styles.targetFields}>
          {channels.map((c) => (
            <TextField
              key={c}
              name={c}
              label={t('field', { channel: booking(`channels.${c}.name`) })}
              hint={t('fieldHint', {
                hours: f.hours(
                  counsellor.quota.lines.find((l) => l.channel === c)?.plannedMinutes ?? 0,
                ),
              })}
              inputMode="numeric"
              defaultValue={counsellor.targets[c]?.toString() ?? ''}
            />
          ))}
        </div>
        <SubmitButton pendingLabel={t('saving')}>{t('submit')}</SubmitButton>
      </ActionForm>
    </>
  );
}
