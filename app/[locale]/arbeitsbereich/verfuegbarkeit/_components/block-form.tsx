import { getFormatter, getTranslations } from 'next-intl/server';
import type { Channel } from '@/db/schema/enums';
import { ActionForm } from '../../../_components/forms/action-form';
import { SelectField, TextField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { CheckboxGroup } from '../../../verwaltung/_components/checkbox-group';
import styles from '../../_components/workspace.module.css';
import { addBlockAction } from '../actions';

type Props = {
  offices: { id: string; name: string; channels: Channel[] }[];
  today: string;
};

export const blockFieldOrder = [
  'weekday',
  'startTime',
  'endTime',
  'officeId',
  'channels',
  'room',
  'validFrom',
  'validTo',
];

/** A new weekly block: weekday, hours, office, channels and the period it applies in. */
export async function BlockForm({ offices, today }: Props) {
  const t = await getTranslations('WorkspaceAvailability');
  const booking = await getTranslations('Booking');
  const format = await getFormatter();
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: String(day),
    // 1 January 2024 was a Monday.
    label: format.dateTime(new Date(Date.UTC(2024, 0, day, 12)), { weekday: 'long' }),
  }));
  const offered = [...new Set(offices.flatMap((o) => o.channels))];
  return (
    <ActionForm
      action={addBlockAction}
      hidden={{}}
      errorTitle={t('errorTitle')}
      fieldOrder={blockFieldOrder}
    >
      <SelectField name="weekday" label={t('weekday')} options={weekdays} defaultValue="1" />
      <div className={styles.fieldRow}>
        <TextField name="startTime" type="time" label={t('startTime')} isRequired />
        <TextField name="endTime" type="time" label={t('endTime')} isRequired />
      </div>
      <SelectField
        name="officeId"
        label={t('office')}
        options={offices.map((o) => ({ value: o.id, label: o.name }))}
        defaultValue={offices[0]?.id}
      />
      <CheckboxGroup
        name="channels"
        legend={t('channels')}
        hint={t('channelsHint')}
        options={offered.map((c) => ({ value: c, label: booking(`channels.${c}.name`) }))}
        checked={[]}
      />
      <TextField name="room" label={t('room')} hint={t('roomHint')} />
      <div className={styles.fieldRow}>
        <TextField
          name="validFrom"
          type="date"
          label={t('blockValidFrom')}
          defaultValue={today}
          isRequired
        />
        <TextField name="validTo" type="date" label={t('blockValidTo')} />
      </div>
      <SubmitButton pendingLabel={t('saving')}>{t('addBlock')}</SubmitButton>
    </ActionForm>
  );
}
