import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { loadRosterWeek } from '@/lib/roster/view';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../../_components/forms/action-form';
import { ChoiceGroup } from '../../../../_components/forms/choice-group';
import { SubmitButton } from '../../../../_components/forms/submit-button';
import { BackLink } from '../../../_components/back-link';
import styles from '../../../_components/team.module.css';
import { authorizeRosterPage } from '../../../_lib/team-page';
import { rosterChangeAction } from '../../actions';
import { BlockFields, blockFieldOrder } from '../../_components/block-fields';
import { rosterFormat } from '../../_components/roster-format';
import { teamOffices } from '../../_components/team-offices';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'RosterForm' });
  return { title: t('changeMetaTitle'), robots: { index: false } };
}

/** One block of the shown week: move or change it, or remove it, this week or from it on. */
export default async function BlockPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const { id } = await params;
  const query = await searchParams;
  const { actor, teamId, week } = await authorizeRosterPage(query, `/team/dienstplan/block/${id}`);
  const roster = loadRosterWeek({ db: getDatabase(), now: new Date() }, actor, teamId, week.monday);
  const found = roster.counsellors
    .flatMap((c) => c.days.flatMap((d) => d.occurrences.map((o) => ({ counsellor: c, o }))))
    .find(({ o }) => o.block.id === id);
  if (!found) notFound();
  const { counsellor, o } = found;
  const t = await getTranslations('RosterForm');
  const roster_ = await getTranslations('Roster');
  const f = await rosterFormat();
  const time = roster_('blockTime', { start: o.block.startTime, end: o.block.endTime });
  const hidden = { team: teamId, woche: week.monday, person: counsellor.id, block: id };
  return (
    <>
      <BackLink teamId={teamId} week={week} />
      <h1>{t('changeTitle', { name: counsellor.name, day: f.day(o.date), time })}</h1>
      <p className={styles.lead}>{t('changeIntro')}</p>
      <section aria-labelledby="change-title" className={styles.panel}>
        <h2 id="change-title">{t('changeHeading')}</h2>
        <ActionForm
          action={rosterChangeAction}
          hidden={{ op: 'change', ...hidden }}
          errorTitle={t('errorTitle')}
          fieldOrder={blockFieldOrder}
        >
          <BlockFields
            week={week}
            offices={teamOffices(roster)}
            values={{ ...o.block, room: o.block.room ?? null }}
          />
          <SubmitButton pendingLabel={t('saving')}>{t('changeSubmit')}</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="remove-title" className={styles.panel}>
        <h2 id="remove-title">{t('removeHeading')}</h2>
        <ActionForm
          action={rosterChangeAction}
          hidden={{ op: 'remove', ...hidden }}
          errorTitle={t('errorTitle')}
        >
          <ChoiceGroup
            name="scope"
            groupId="remove-scope"
            legend={t('scope')}
            choices={[
              { value: 'week', label: t('scopeWeek', { week: f.week(week) }) },
              { value: 'onwards', label: t('scopeOnwards') },
            ]}
            defaultValue="week"
          />
          <SubmitButton pendingLabel={t('saving')} variant="danger">
            {t('removeSubmit')}
          </SubmitButton>
        </ActionForm>
      </section>
    </>
  );
}
