import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findStaffAssignments } from '@/db/queries/admin-staff-assignments';
import { countUpcomingBookingsOf, findStaffRow } from '@/db/queries/admin-staff';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { ActivationSection } from '../../_components/activation-section';
import { AdminFrame } from '../../_components/admin-frame';
import { DoneNotice } from '../../_components/done-notice';
import { mayAdminister, openAdminPage } from '../../_lib/admin-access';
import { setStaffActiveAction, updateStaffAction } from '../actions';
import { StaffFields, staffFieldOrder } from '../_components/staff-fields';
import { loadStaffOptions } from '../_components/staff-options';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminStaff' });
  const mayRead = await mayAdminister('staff.manage');
  const person = mayRead ? findStaffRow(getDatabase(), id) : undefined;
  return {
    title: person ? t('editTitle', { name: person.displayName }) : t('title'),
    robots: { index: false },
  };
}

/** One account: its profile, teams and skills, and its status. */
export default async function StaffPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const actor = await openAdminPage('staff.manage', `/verwaltung/mitarbeitende/${id}`);
  const db = getDatabase();
  const person = findStaffRow(db, id) ?? notFound();
  const assigned = findStaffAssignments(db, id);
  const t = await getTranslations('AdminStaff');
  const admin = await getTranslations('Admin');
  const upcoming = countUpcomingBookingsOf(db, id, new Date().toISOString());
  const defaults = {
    ...person,
    teams: assigned.memberships.map((m) => m.teamId),
    leadTeams: assigned.memberships.filter((m) => m.role === 'lead').map((m) => m.teamId),
    offices: assigned.officeIds,
    services: assigned.serviceIds,
    channels: assigned.channels,
    languages: assigned.languages,
  };
  return (
    <AdminFrame
      actor={actor}
      section="staff"
      title={t('editTitle', { name: person.displayName })}
      back={{ href: '/verwaltung/mitarbeitende', label: t('backToList') }}
    >
      <DoneNotice query={await searchParams} />
      <ActionForm
        action={updateStaffAction.bind(null, id)}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={staffFieldOrder}
      >
        <StaffFields options={await loadStaffOptions(locale)} defaults={defaults} />
        <SubmitButton pendingLabel={admin('saving')}>{admin('save')}</SubmitButton>
      </ActionForm>
      <ActivationSection
        action={setStaffActiveAction.bind(null, id)}
        isActive={person.active}
        stateText={t(person.active ? 'activeText' : 'inactiveText')}
        deactivateHint={t('deactivateHint')}
        note={admin('upcoming', { count: upcoming })}
      />
    </AdminFrame>
  );
}
