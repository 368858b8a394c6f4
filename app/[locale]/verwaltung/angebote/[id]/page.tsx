import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import {
  findServiceRow,
  listServiceDurations,
  listServiceTexts,
} from '@/db/queries/admin-services';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { ActivationSection } from '../../_components/activation-section';
import { AdminFrame } from '../../_components/admin-frame';
import { DoneNotice } from '../../_components/done-notice';
import { mayAdminister, openAdminPage } from '../../_lib/admin-access';
import { setServiceActiveAction, updateServiceAction } from '../actions';
import { ServiceFields, serviceFieldOrder } from '../_components/service-fields';
import { serviceName } from '../_components/service-table';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function loadService(id: string) {
  const db = getDatabase();
  const service = findServiceRow(db, id);
  if (!service) return undefined;
  return {
    ...service,
    translations: listServiceTexts(db, id),
    durations: listServiceDurations(db, id),
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: 'AdminServices' });
  const service = (await mayAdminister('service.manage')) ? loadService(id) : undefined;
  const title = service ? t('editTitle', { name: serviceName(service, locale) }) : t('title');
  return { title, robots: { index: false } };
}

/** One service: order, texts, minutes per channel, and its status. */
export default async function ServicePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const actor = await openAdminPage('service.manage', `/verwaltung/angebote/${id}`);
  const service = loadService(id) ?? notFound();
  const t = await getTranslations('AdminServices');
  const admin = await getTranslations('Admin');
  return (
    <AdminFrame
      actor={actor}
      section="services"
      title={t('editTitle', { name: serviceName(service, locale) })}
      intro={admin(`providers.${service.providerId}`)}
      back={{ href: '/verwaltung/angebote', label: t('backToList') }}
    >
      <DoneNotice query={await searchParams} />
      <ActionForm
        action={updateServiceAction.bind(null, id)}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={serviceFieldOrder}
      >
        <ServiceFields
          locale={locale}
          sortOrder={service.sortOrder}
          translations={service.translations}
          durations={service.durations}
        />
        <SubmitButton pendingLabel={admin('saving')}>{admin('save')}</SubmitButton>
      </ActionForm>
      <ActivationSection
        action={setServiceActiveAction.bind(null, id)}
        isActive={service.active}
        stateText={t(service.active ? 'activeText' : 'inactiveText')}
        deactivateHint={t('deactivateHint')}
      />
    </AdminFrame>
  );
}
