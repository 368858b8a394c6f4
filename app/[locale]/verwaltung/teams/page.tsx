import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listTeamMembers, listTeamsForAdmin } from '@/db/queries/admin-teams';
import { groupBy } from '@/lib/collections';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import { AdminFrame } from '../_components/admin-frame';
import { DoneNotice } from '../_components/done-notice';
import styles from '../_components/admin.module.css';
import { openAdminPage } from '../_lib/admin-access';
import { createTeamAction } from './actions';
import { TeamFields, teamFieldOrder } from './_components/team-fields';
import { TeamTable } from './_components/team-table';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminTeams' });
  return { title: t('title'), robots: { index: false } };
}

/** All teams with their leads and size, and the form for a new one. */
export default async function TeamsPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const actor = await openAdminPage('team.manage', '/verwaltung/teams');
  const t = await getTranslations('AdminTeams');
  const admin = await getTranslations('Admin');
  const db = getDatabase();
  const members = groupBy(listTeamMembers(db), (m) => m.teamId);
  const rows = listTeamsForAdmin(db).map((team) => {
    const of = members.get(team.id) ?? [];
    return {
      ...team,
      leads: of.filter((m) => m.role === 'lead').map((m) => m.displayName),
      memberCount: of.length,
    };
  });
  return (
    <AdminFrame actor={actor} section="teams" title={t('title')} intro={t('intro')}>
      <DoneNotice query={await searchParams} />
      <TeamTable rows={rows} />
      <section aria-labelledby="new-team-title" className={styles.section}>
        <h2 id="new-team-title">{t('create.title')}</h2>
        <ActionForm
          action={createTeamAction}
          hidden={{}}
          errorTitle={admin('errorTitle')}
          fieldOrder={teamFieldOrder}
        >
          <TeamFields />
          <SubmitButton pendingLabel={t('create.pending')}>{t('create.submit')}</SubmitButton>
        </ActionForm>
      </section>
    </AdminFrame>
  );
}
