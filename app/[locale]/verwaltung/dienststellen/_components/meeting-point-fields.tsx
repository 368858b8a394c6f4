import { getTranslations } from 'next-intl/server';
import type { MeetingPointChanges } from '@/db/queries/admin-meeting-points';
import { CheckboxField, TextAreaField, TextField } from '../../../_components/forms/form-fields';

export const meetingPointFieldOrder = [
  'name',
  'description',
  'isStepFree',
  'typicalDurationMinutes',
];

/** Name, directions, step-free access and usual length of a walk. */
export async function MeetingPointFields({ defaults }: { defaults?: MeetingPointChanges }) {
  const t = await getTranslations('AdminMeetingPoints.fields');
  return (
    <>
      <TextField name="name" label={t('name')} defaultValue={defaults?.name} isRequired />
      <TextAreaField
        name="description"
        label={t('description')}
        hint={t('descriptionHint')}
        maxLength={500}
        defaultValue={defaults?.description}
      />
      <CheckboxField
        name="isStepFree"
        label={t('isStepFree')}
        defaultChecked={defaults?.isStepFree}
      />
      <TextField
        name="typicalDurationMinutes"
        label={t('typicalDurationMinutes')}
        hint={t('typicalDurationMinutesHint')}
        inputMode="numeric"
        defaultValue={String(defaults?.typicalDurationMinutes ?? 60)}
        isRequired
      />
    </>
  );
}
