import { getTranslations } from 'next-intl/server';
import type { StaffRole } from '@/db/schema/enums';
import { SelectField, TextField } from '../../../_components/forms/form-fields';
import { CheckboxGroup } from '../../_components/checkbox-group';
import styles from '../../_components/admin.module.css';
import type { StaffOptions } from './staff-options';

/** The saved state of an account, or empty for a new one. */
export type StaffDefaults = {
  email?: string;
  displayName?: string;
  role?: StaffRole;
  homeOfficeId?: string | null;
  teams: string[];
  leadTeams: string[];
  offices: string[];
  services: string[];
  channels: string[];
  languages: string[];
};

export const staffFieldOrder = [
  'email',
  'displayName',
  'role',
  'homeOfficeId',
  'teams',
  'leadTeams',
  'offices',
  'services',
  'channels',
  'languages',
];

/** Account, teams and skills: the fields of both the new-account and the edit form. */
export async function StaffFields({
  options,
  defaults,
}: {
  options: StaffOptions;
  defaults: StaffDefaults;
}) {
  const t = await getTranslations('AdminStaff');
  return (
    <>
      <h2 className={styles.formHeading}>{t('sections.account')}</h2>
      <TextField
        name="email"
        type="email"
        label={t('fields.email')}
        hint={t('fields.emailHint')}
        autoComplete="off"
        inputMode="email"
        defaultValue={defaults.email}
        isRequired
      />
      <TextField
        name="displayName"
        label={t('fields.displayName')}
        autoComplete="off"
        defaultValue={defaults.displayName}
        isRequired
      />
      <SelectField
        name="role"
        label={t('fields.role')}
        hint={t('fields.roleHint')}
        options={options.roles}
        defaultValue={defaults.role ?? 'counsellor'}
      />
      <SelectField
        name="homeOfficeId"
        label={t('fields.homeOffice')}
        options={[{ value: '', label: t('fields.homeOfficeNone') }, ...options.offices]}
        defaultValue={defaults.homeOfficeId ?? ''}
      />
      <h2 className={styles.formHeading}>{t('sections.teams')}</h2>
      <CheckboxGroup
        name="teams"
        legend={t('fields.teams')}
        options={options.teams}
        checked={defaults.teams}
      />
      <CheckboxGroup
        name="leadTeams"
        legend={t('fields.leadTeams')}
        hint={t('fields.leadTeamsHint')}
        options={options.teams}
        checked={defaults.leadTeams}
      />
      <h2 className={styles.formHeading}>{t('sections.skills')}</h2>
      <CheckboxGroup
        name="offices"
        legend={t('fields.offices')}
        options={options.offices}
        checked={defaults.offices}
      />
      <CheckboxGroup
        name="services"
        legend={t('fields.services')}
        hint={t('fields.servicesHint')}
        options={options.services}
        checked={defaults.services}
      />
      <CheckboxGroup
        name="channels"
        legend={t('fields.channels')}
        options={options.channels}
        checked={defaults.channels}
      />
      <CheckboxGroup
        name="languages"
        legend={t('fields.languages')}
        options={options.languages}
        checked={defaults.languages}
      />
    </>
  );
}
