import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findOfficeRow } from '@/db/queries/admin-offices';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../../../_components/forms/action-form';
import { SubmitButton } from '../../../../../_components/forms/submit-button';
import { AdminFrame } from '../../../../_components/admin-frame';
import { openAdminPage } from '../../../../_lib/admin-access';
import {
  MeetingPointFields,
  meetingPointFieldOrder,
} from '../../../_components/meeting-point-fields';
import { createMeetingPointAction } from '../../../meeting-point-actions';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminMeetingPoints' });
  return { title: t('create.title'), robots: { index: false } };
}

export default async function NewMeetingPointPage({ params }: Props) {
  await resolvePageLocale(params);
  const { id } = await params;
  const actor = await openAdminPage(
    'meeting-point.manage',
    `/verwaltung/dienststellen/${id}/treffpunkte/neu`,
  );
  const office = findOfficeRow(getDatabase(), id) ?? notFound();
  const t = await getTranslations('AdminMeetingPoints');
  const admin = await getTranslations('Admin');
  return (
    <AdminFrame
      actor={actor}
      section="offices"
      title={t('create.title')}
      intro={office.name}
      back={{
        href: `/verwaltung/dienststellen/${id}`,
        label: t('backToOffice', { office: office.name }),
      }}
    >
      <ActionForm
        action={createMeetingPointAction.bind(null, id)}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={meetingPointFieldOrder}
      >
        <MeetingPointFields />
        <SubmitButton pendingLabel={t('create.pending')}>{t('create.submit')}</SubmitButton>
      </ActionForm>
    </AdminFrame>
  );
}
