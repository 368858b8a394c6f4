import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { providerIds } from '@/db/schema/enums';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { ActionForm } from '../../../_components/forms/action-form';
import { SelectField, TextField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { AdminFrame } from '../../_components/admin-frame';
import { openAdminPage } from '../../_lib/admin-access';
import { createServiceAction } from '../actions';
import { ServiceFields, serviceFieldOrder } from '../_components/service-fields';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminServices' });
  return { title: t('newTitle'), robots: { index: false } };
}

export default async function NewServicePage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await openAdminPage('service.manage', '/verwaltung/angebote/neu');
  const t = await getTranslations('AdminServices');
  const admin = await getTranslations('Admin');
  return (
    <AdminFrame
      actor={actor}
      section="services"
      title={t('newTitle')}
      back={{ href: '/verwaltung/angebote', label: t('backToList') }}
    >
      <ActionForm
        action={createServiceAction}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={serviceFieldOrder}
      >
        <TextField
          name="id"
          label={t('fields.id')}
          hint={t('fields.idHint')}
          autoComplete="off"
          isRequired
        />
        <SelectField
          name="providerId"
          label={t('fields.providerId')}
          hint={t('fields.providerHint')}
          options={providerIds.map((id) => ({ value: id, label: admin(`providers.${id}`) }))}
        />
        <ServiceFields locale={locale} translations={[]} durations={[]} />
        <SubmitButton pendingLabel={t('creating')}>{t('submitCreate')}</SubmitButton>
      </ActionForm>
    </AdminFrame>
  );
}
