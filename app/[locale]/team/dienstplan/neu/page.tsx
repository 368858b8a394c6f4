import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { loadRosterWeek } from '@/lib/roster/view';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../_components/forms/action-form';
import { SelectField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { BackLink } from '../../_components/back-link';
import { authorizeRosterPage, readText } from '../../_lib/team-page';
import { rosterChangeAction } from '../actions';
import { BlockFields, blockFieldOrder } from '../_components/block-fields';
import { teamOffices } from '../_components/team-offices';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'RosterForm' });
  return { title: t('addTitle'), robots: { index: false } };
}

/** A new block for one of the team's counsellors, in the shown week or from it on. */
export default async function AddBlockPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const query = await searchParams;
  const { actor, teamId, week } = await authorizeRosterPage(query, '/team/dienstplan/neu');
  const roster = loadRosterWeek({ db: getDatabase(), now: new Date() }, actor, teamId, week.monday);
  const t = await getTranslations('RosterForm');
  const person = readText(query, 'person');
  return (
    <>
      <BackLink teamId={teamId} week={week} />
      <h1>{t('addTitle')}</h1>
      <ActionForm
        action={rosterChangeAction}
        hidden={{ op: 'add', team: teamId, woche: week.monday }}
        errorTitle={t('errorTitle')}
        fieldOrder={blockFieldOrder}
      >
        <SelectField
          name="person"
          label={t('person')}
          options={roster.counsellors.map((c) => ({ value: c.id, label: c.name }))}
          defaultValue={person}
        />
        <BlockFields week={week} offices={teamOffices(roster)} />
        <SubmitButton pendingLabel={t('saving')}>{t('addSubmit')}</SubmitButton>
      </ActionForm>
    </>
  );
}
