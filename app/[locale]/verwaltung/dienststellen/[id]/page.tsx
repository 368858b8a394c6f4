import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listMeetingPointsOf } from '@/db/queries/admin-meeting-points';
import {
  countOfficeReferences,
  countUpcomingBookingsAt,
  findOfficeRow,
  listChannelsOfOffice,
  listPrefixesOfOffice,
} from '@/db/queries/admin-offices';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { ActivationSection } from '../../_components/activation-section';
import { AdminFrame } from '../../_components/admin-frame';
import { DoneNotice } from '../../_components/done-notice';
import { mayAdminister, openAdminPage } from '../../_lib/admin-access';
import { setOfficeActiveAction, updateOfficeAction } from '../actions';
import { DeleteOfficeSection } from '../_components/delete-office-section';
import { MeetingPointsSection } from '../_components/meeting-points-section';
import { OfficeFields, officeFieldOrder } from '../_components/office-fields';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminOffices' });
  const office = (await mayAdminister('office.manage'))
    ? findOfficeRow(getDatabase(), id)
    : undefined;
  return {
    title: office ? t('editTitle', { name: office.name }) : t('title'),
    robots: { index: false },
  };
}

/** One office: address, channels, rules, its meeting points, and its status. */
export default async function OfficePage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const { id } = await params;
  const actor = await openAdminPage('office.manage', `/verwaltung/dienststellen/${id}`);
  const db = getDatabase();
  const office = findOfficeRow(db, id) ?? notFound();
  const t = await getTranslations('AdminOffices');
  const admin = await getTranslations('Admin');
  const upcoming = countUpcomingBookingsAt(db, id, new Date().toISOString());
  const references = countOfficeReferences(db, id);
  const defaults = {
    ...office,
    channels: listChannelsOfOffice(db, id),
    prefixes: listPrefixesOfOffice(db, id),
  };
  return (
    <AdminFrame
      actor={actor}
      section="offices"
      title={t('editTitle', { name: office.name })}
      back={{ href: '/verwaltung/dienststellen', label: t('backToList') }}
    >
      <DoneNotice query={await searchParams} />
      <ActionForm
        action={updateOfficeAction.bind(null, id)}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={officeFieldOrder}
      >
        <OfficeFields defaults={defaults} />
        <SubmitButton pendingLabel={admin('saving')}>{admin('save')}</SubmitButton>
      </ActionForm>
      <MeetingPointsSection
        officeId={id}
        officeName={office.name}
        points={listMeetingPointsOf(db, id)}
      />
      <ActivationSection
        action={setOfficeActiveAction.bind(null, id)}
        isActive={office.active}
        stateText={t(office.active ? 'activeText' : 'inactiveText')}
        deactivateHint={t('deactivateHint')}
        note={admin('upcoming', { count: upcoming })}
      />
      {references.bookings + references.other === 0 && <DeleteOfficeSection officeId={id} />}
    </AdminFrame>
  );
}
