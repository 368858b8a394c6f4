import { getTranslations } from 'next-intl/server';
import { channels } from '@/db/schema/enums';
import type { OfficeRow } from '@/db/queries/admin-offices';
import { TextAreaField, TextField } from '../../../_components/forms/form-fields';
import { CheckboxGroup } from '../../_components/checkbox-group';
import styles from '../../_components/admin.module.css';

/** The booking rules, in the order the form shows them. */
const ruleFields = [
  'bufferMinutes',
  'minNoticeMinutes',
  'bookingHorizonDays',
  'slotStepMinutes',
  'maxActiveBookingsPerEmail',
  'changeNoticeMinutes',
  'maxReschedules',
  'clientBudgetMinutes',
] as const;

export const officeFieldOrder = [
  'id',
  'providerId',
  'name',
  'street',
  'postcode',
  'city',
  'phone',
  'email',
  'accessibilityNotes',
  'channels',
  'prefixes',
  'timeZone',
  ...ruleFields,
];

/** What the form starts with: the saved office, or the schema's defaults for a new one. */
export type OfficeDefaults = Partial<OfficeRow> & { channels: string[]; prefixes: string[] };

export const newOfficeDefaults: OfficeDefaults = {
  timeZone: 'Europe/Berlin',
  bufferMinutes: 10,
  minNoticeMinutes: 720,
  bookingHorizonDays: 56,
  slotStepMinutes: 30,
  maxActiveBookingsPerEmail: 2,
  changeNoticeMinutes: 120,
  maxReschedules: 3,
  channels: ['presence', 'phone', 'video'],
  prefixes: [],
};

/** Address, channels and catchment area, and the booking rules of an office. */
export async function OfficeFields({ defaults }: { defaults: OfficeDefaults }) {
  const t = await getTranslations('AdminOffices');
  const channelNames = await getTranslations('Booking.channels');
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? undefined : String(value);
  return (
    <>
      <h2 className={styles.formHeading}>{t('sections.address')}</h2>
      <TextField name="name" label={t('fields.name')} defaultValue={defaults.name} isRequired />
      <TextField
        name="street"
        label={t('fields.street')}
        defaultValue={defaults.street}
        isRequired
      />
      <div className={styles.grid}>
        <TextField
          name="postcode"
          label={t('fields.postcode')}
          inputMode="numeric"
          defaultValue={defaults.postcode}
          isRequired
        />
        <TextField name="city" label={t('fields.city')} defaultValue={defaults.city} isRequired />
      </div>
      <div className={styles.grid}>
        <TextField
          name="phone"
          type="tel"
          label={t('fields.phone')}
          defaultValue={text(defaults.phone)}
        />
        <TextField
          name="email"
          type="email"
          label={t('fields.email')}
          defaultValue={text(defaults.email)}
        />
      </div>
      <TextAreaField
        name="accessibilityNotes"
        label={t('fields.accessibilityNotes')}
        maxLength={1000}
        defaultValue={defaults.accessibilityNotes}
      />
      <h2 className={styles.formHeading}>{t('sections.coverage')}</h2>
      <CheckboxGroup
        name="channels"
        legend={t('fields.channels')}
        hint={t('fields.channelsHint')}
        options={channels.map((c) => ({ value: c, label: channelNames(`${c}.name`) }))}
        checked={defaults.channels}
      />
      <TextField
        name="prefixes"
        label={t('fields.prefixes')}
        hint={t('fields.prefixesHint')}
        inputMode="numeric"
        defaultValue={defaults.prefixes.join(' ')}
      />
      <h2 className={styles.formHeading}>{t('sections.rules')}</h2>
      <TextField
        name="timeZone"
        label={t('fields.timeZone')}
        hint={t('fields.timeZoneHint')}
        defaultValue={defaults.timeZone}
        isRequired
      />
      <div className={styles.grid}>
        {ruleFields.map((name) => (
          <TextField
            key={name}
            name={name}
            label={t(`fields.${name}`)}
            hint={t(`fields.${name}Hint`)}
            inputMode="numeric"
            defaultValue={text(defaults[name])}
            isRequired={name !== 'clientBudgetMinutes'}
          />
        ))}
      </div>
    </>
  );
}
