import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findTeam, listTeamMembers } from '@/db/queries/admin-teams';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { AdminFrame } from '../../_components/admin-frame';
import { DoneNotice } from '../../_components/done-notice';
import styles from '../../_components/admin.module.css';
import { mayAdminister, openAdminPage } from '../../_lib/admin-access';
import { deleteTeamAction, updateTeamAction } from '../actions';
import { TeamFields, teamFieldOrder } from '../_components/team-fields';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminTeams' });
  const team = (await mayAdminister('team.manage')) ? findTeam(getDatabase(), id) : undefined;
  return {
    title: team ? t('editTitle', { name: team.name }) : t('title'),
    robots: { index: false },
  };
}

/** One team: rename or move it, see its members, delete it once empty. */
export default async function TeamPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const { id } = await params;
  const actor = await openAdminPage('team.manage', `/verwaltung/teams/${id}`);
  const db = getDatabase();
  const team = findTeam(db, id) ?? notFound();
  const members = listTeamMembers(db, id);
  const t = await getTranslations('AdminTeams');
  const admin = await getTranslations('Admin');
  return (
    <AdminFrame
      actor={actor}
      section="teams"
      title={t('editTitle', { name: team.name })}
      intro={t('intro')}
      back={{ href: '/verwaltung/teams', label: t('backToList') }}
    >
      <DoneNotice query={await searchParams} />
      <ActionForm
        action={updateTeamAction.bind(null, id)}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={teamFieldOrder}
      >
        <TeamFields name={team.name} officeId={team.officeId} />
        <SubmitButton pendingLabel={admin('saving')}>{admin('save')}</SubmitButton>
      </ActionForm>
      <section aria-labelledby="members-title" className={styles.section}>
        <h2 id="members-title">{t('members.title')}</h2>
        {members.length === 0 ? (
          <p>{t('members.empty')}</p>
        ) : (
          <ul>
            {members.map((m) => (
              <li key={m.staffId}>
                <Link href={`/verwaltung/mitarbeitende/${m.staffId}`}>{m.displayName}</Link> (
                {admin(`teamRoles.${m.role}`)})
              </li>
            ))}
          </ul>
        )}
      </section>
      {members.length === 0 && (
        <section aria-labelledby="delete-title" className={styles.section}>
          <h2 id="delete-title">{t('delete.title')}</h2>
          <p>{t('delete.text')}</p>
          <ActionForm
            action={deleteTeamAction.bind(null, id)}
            hidden={{}}
            errorTitle={admin('errorTitle')}
          >
            <SubmitButton pendingLabel={t('delete.pending')} variant="danger">
              {t('delete.submit')}
            </SubmitButton>
          </ActionForm>
        </section>
      )}
    </AdminFrame>
  );
}
