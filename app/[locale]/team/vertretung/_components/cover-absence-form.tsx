import { getTranslations } from 'next-intl/server';
import { absenceReasons } from '@/db/schema/enums';
import { ActionForm } from '../../../_components/forms/action-form';
import { SelectField, TextField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import styles from '../../../arbeitsbereich/_components/workspace.module.css';
import { recordAbsenceAction } from '../actions';

type Props = { members: readonly { id: string; name: string }[]; today: string };

/** An absence of a team member; the appointments it hits then appear in the list above. */
export async function CoverAbsenceForm({ members, today }: Props) {
  const t = await getTranslations('TeamCover');
  const w = await getTranslations('WorkspaceAvailability');
  return (
    <ActionForm
      action={recordAbsenceAction}
      hidden={{}}
      errorTitle={t('errorTitle')}
      fieldOrder={['staffId', 'fromDate', 'fromTime', 'toDate', 'toTime', 'reason']}
    >
      <SelectField
        name="staffId"
        label={t('member')}
        options={members.map((m) => ({ value: m.id, label: m.name }))}
      />
      <div className={styles.fieldRow}>
        <TextField
          name="fromDate"
          type="date"
          label={w('startDate')}
          defaultValue={today}
          isRequired
        />
        <TextField name="fromTime" type="time" label={w('absenceStartTime')} />
      </div>
      <div className={styles.fieldRow}>
        <TextField name="toDate" type="date" label={w('endDate')} defaultValue={today} isRequired />
        <TextField name="toTime" type="time" label={w('absenceEndTime')} />
      </div>
      <SelectField
        name="reason"
        label={w('reason')}
        options={absenceReasons.map((r) => ({ value: r, label: w(`reasons.${r}`) }))}
        defaultValue="sick"
      />
      <SubmitButton pendingLabel={t('pending')}>{t('absenceSubmit')}</SubmitButton>
    </ActionForm>
  );
}
