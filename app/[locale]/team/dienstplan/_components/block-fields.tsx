import { getTranslations } from 'next-intl/server';
import { channels, type Channel } from '@/db/schema/enums';
import { dateInWeek, type Week } from '@/lib/roster/week';
import { ChoiceGroup } from '../../../_components/forms/choice-group';
import { SelectField, TextField } from '../../../_components/forms/form-fields';
import { CheckboxGroup } from '../../../verwaltung/_components/checkbox-group';
import styles from '../../_components/team.module.css';
import { rosterFormat } from './roster-format';

export const blockFieldOrder = [
  'person',
  'weekday',
  'startTime',
  'endTime',
  'officeId',
  'channels',
  'room',
  'scope',
];

type Props = {
  week: Week;
  offices: { id: string; name: string }[];
  values?: {
    weekday: number;
    startTime: string;
    endTime: string;
    officeId: string;
    channels: readonly Channel[];
    room: string | null;
  };
};

/**
 * A block's day in the shown week, hours, office, channels, room, and whether the change
 * is for this week only or from this week on. Offices and channels are not narrowed to
 * the counsellor's skills here: the check says which one they lack.
 */
export async function BlockFields({ week, offices, values }: Props) {
  const t = await getTranslations('RosterForm');
  const booking = await getTranslations('Booking');
  const f = await rosterFormat();
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) => ({
    value: String(d),
    label: f.day(dateInWeek(week, d)),
  }));
  return (
    <>
      <SelectField
        name="weekday"
        label={t('day')}
        options={days}
        defaultValue={String(values?.weekday ?? 1)}
      />
      <div className={styles.fieldRow}>
        <TextField
          name="startTime"
          type="time"
          label={t('startTime')}
          defaultValue={values?.startTime}
          isRequired
        />
        <TextField
          name="endTime"
          type="time"
          label={t('endTime')}
          defaultValue={values?.endTime}
          isRequired
        />
      </div>
      <SelectField
        name="officeId"
        label={t('office')}
        options={offices.map((o) => ({ value: o.id, label: o.name }))}
        defaultValue={values?.officeId ?? offices[0]?.id}
      />
      <CheckboxGroup
        name="channels"
        legend={t('channels')}
        hint={t('channelsHint')}
        options={channels.map((c) => ({ value: c, label: booking(`channels.${c}.name`) }))}
        checked={values?.channels ?? []}
      />
      <TextField
        name="room"
        label={t('room')}
        hint={t('roomHint')}
        defaultValue={values?.room ?? ''}
      />
      <ChoiceGroup
        name="scope"
        legend={t('scope')}
        choices={[
          { value: 'week', label: t('scopeWeek', { week: f.week(week) }) },
          { value: 'onwards', label: t('scopeOnwards'), description: t('scopeOnwardsHint') },
        ]}
        defaultValue="week"
      />
    </>
  );
}
