import { getTranslations } from 'next-intl/server';
import type { OfficeWithDetails } from '@/db/queries/catalogue';
import { ChoiceGroup } from '../forms/choice-group';

type Props = {
  office: OfficeWithDetails;
  selected?: string;
  /** Form field name: `meetingPoint` in the booking flow, `meetingPointId` when changing. */
  name?: string;
  legend?: string;
};

/** Where a walk and talk starts: description, step-free or not, usual length of the walk. */
export async function MeetingPointChoices({
  office,
  selected,
  name = 'meetingPoint',
  legend,
}: Props) {
  const t = await getTranslations('MeetingPoints');
  const points = office.meetingPoints;
  return (
    <ChoiceGroup
      name={name}
      legend={legend ?? t('legend')}
      hint={t('hint')}
      defaultValue={selected ?? (points.length === 1 ? points[0]?.id : undefined)}
      choices={points.map((p) => ({
        value: p.id,
        label: p.name,
        description: (
          <>
            <p>{p.description}</p>
            <p>{p.isStepFree ? t('stepFree') : t('notStepFree')}</p>
            <p>{t('walkLength', { minutes: p.typicalDurationMinutes })}</p>
          </>
        ),
      }))}
    />
  );
}
