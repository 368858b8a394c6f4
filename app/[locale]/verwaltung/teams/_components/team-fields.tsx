import { getTranslations } from 'next-intl/server';
import { listOfficeOptions } from '@/db/queries/admin-options';
import { getDatabase } from '@/lib/server/database';
import { SelectField, TextField } from '../../../_components/forms/form-fields';

export const teamFieldOrder = ['name', 'officeId'];

/** Name and office of a team: the fields of both the new-team and the edit form. */
export async function TeamFields({ name, officeId }: { name?: string; officeId?: string }) {
  const t = await getTranslations('AdminTeams.fields');
  const offices = listOfficeOptions(getDatabase()).map((o) => ({ value: o.id, label: o.name }));
  return (
    <>
      <TextField name="name" label={t('name')} defaultValue={name} autoComplete="off" isRequired />
      <SelectField name="officeId" label={t('office')} options={offices} defaultValue={officeId} />
    </>
  );
}
