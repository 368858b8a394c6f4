import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { providerIds } from '@/db/schema/enums';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { ActionForm } from '../../../_components/forms/action-form';
import { SelectField, TextField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { AdminFrame } from '../../_components/admin-frame';
import { openAdminPage } from '../../_lib/admin-access';
import { createOfficeAction } from '../actions';
import { OfficeFields, newOfficeDefaults, officeFieldOrder } from '../_components/office-fields';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminOffices' });
  return { title: t('newTitle'), robots: { index: false } };
}

/** A new office: its fixed id and provider, then the same fields as the edit form. */
export default async function NewOfficePage({ params }: Props) {
  await resolvePageLocale(params);
  const actor = await openAdminPage('office.manage', '/verwaltung/dienststellen/neu');
  const t = await getTranslations('AdminOffices');
  const admin = await getTranslations('Admin');
  return (
    <AdminFrame
      actor={actor}
      section="offices"
      title={t('newTitle')}
      back={{ href: '/verwaltung/dienststellen', label: t('backToList') }}
    >
      <ActionForm
        action={createOfficeAction}
        hidden={{}}
        errorTitle={admin('errorTitle')}
        fieldOrder={officeFieldOrder}
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
        <OfficeFields defaults={newOfficeDefaults} />
        <SubmitButton pendingLabel={t('creating')}>{t('submitCreate')}</SubmitButton>
      </ActionForm>
    </AdminFrame>
  );
}
