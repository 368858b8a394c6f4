import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { findMeetingPoint } from '@/db/queries/admin-meeting-points';
import { findOfficeRow } from '@/db/queries/admin-offices';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../../../_components/forms/action-form';
import { SubmitButton } from '../../../../../_components/forms/submit-button';
import { ActivationSection } from '../../../../_components/activation-section';
import { AdminFrame } from '../../../../_components/admin-frame';
import { DoneNotice } from '../../../../_components/done-notice';
import { mayAdminister, openAdminPage } from '../../../../_lib/admin-access';
import {
  MeetingPointFields,
  meetingPointFieldOrder,
} from '../../../_components/meeting-point-fields';
import {
  setMeetingPointActiveAction,
  updateMeetingPointAction,
} from '../../../meeting-point-actions';

type Props = {
  params: Promise<{ locale: string; id: string; pointId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The point of this office, or nothing: the URL names both, and both must match. */
function findPointOf(officeId: string, pointId: string) {
  const point = findMeetingPoint(getDatabase(), pointId);
  return point?.officeId === officeId ? point : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { id, pointId } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminMeetingPoints' });
  const point = (await mayAdminister('meeting-point.manage'))
    ? findPointOf(id, pointId)
    : undefined;
  return {
    title: point ? t('editTitle', { name: point.name }) : t('title'),
    robots: { index: false },
  };
}

export default async function MeetingPointPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const { id, pointId } = await params;
  const actor = await openAdminPage(
    'meeting-point.manage',
    `/verwaltung/dienststellen/${id}/treffpunkte/${pointId}`,
  );
  const office = findOfficeRow(getDatabase(), id) ?? notFound();
  const point = findPointOf(id, pointId) ?? notFound();
  const t = await getTranslations('AdminMeetingPoints');
  const admin = await getTranslations('Admin');
  return (
    <AdminFrame
      actor={actor}
      section="offices"
      title={t('editTitle', { name: point.name })}
      intro={office.name}
      back={{
        href: `/verwaltung/dienststellen/${id}`,
        label: t('backToOffice', { office: office.name }),
      }}
    >
      <DoneNotice query={await searchParams} />
      <ActionForm
        action={updateMeetingPointAction.bind(null, id, pointId)}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={meetingPointFieldOrder}
      >
        <MeetingPointFields defaults={point} />
        <SubmitButton pendingLabel={admin('saving')}>{admin('save')}</SubmitButton>
      </ActionForm>
      <ActivationSection
        action={setMeetingPointActiveAction.bind(null, id, pointId)}
        isActive={point.active}
        stateText={t(point.active ? 'activeText' : 'inactiveText')}
        deactivateHint={t('deactivateHint')}
      />
    </AdminFrame>
  );
}
