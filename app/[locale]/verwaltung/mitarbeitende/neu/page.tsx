import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { AdminFrame } from '../../_components/admin-frame';
import { openAdminPage } from '../../_lib/admin-access';
import { createStaffAction } from '../actions';
import { StaffFields, staffFieldOrder } from '../_components/staff-fields';
import { loadStaffOptions } from '../_components/staff-options';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminStaff' });
  return { title: t('newTitle'), robots: { index: false } };
}

export default async function NewStaffPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await openAdminPage('staff.manage', '/verwaltung/mitarbeitende/neu');
  const t = await getTranslations('AdminStaff');
  const admin = await getTranslations('Admin');
  const empty = {
    teams: [],
    leadTeams: [],
    offices: [],
    services: [],
    channels: [],
    languages: [],
  };
  return (
    <AdminFrame
      actor={actor}
      section="staff"
      title={t('newTitle')}
      intro={t('newIntro')}
      back={{ href: '/verwaltung/mitarbeitende', label: t('backToList') }}
    >
      <ActionForm
        action={createStaffAction}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={staffFieldOrder}
      >
        <StaffFields options={await loadStaffOptions(locale)} defaults={empty} />
        <SubmitButton pendingLabel={t('creating')}>{t('submitCreate')}</SubmitButton>
      </ActionForm>
    </AdminFrame>
  );
}
