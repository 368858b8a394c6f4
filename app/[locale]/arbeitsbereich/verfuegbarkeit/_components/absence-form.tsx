import { getTranslations } from 'next-intl/server';
import { absenceReasons } from '@/db/schema/enums';
import { ActionForm } from '../../../_components/forms/action-form';
import { SelectField, TextField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import styles from '../../_components/workspace.module.css';
import { addAbsenceAction } from '../actions';

/** An absence: from a day (and time) to a day (and time), with its reason. */
export async function AbsenceForm({ today }: { today: string }) {
  const t = await getTranslations('WorkspaceAvailability');
  return (
    <ActionForm
      action={addAbsenceAction}
      hidden={{}}
      errorTitle={t('errorTitle')}
      fieldOrder={['fromDate', 'fromTime', 'toDate', 'toTime', 'reason']}
    >
      <p className={styles.muted}>{t('absenceHint')}</p>
      <div className={styles.fieldRow}>
        <TextField
          name="fromDate"
          type="date"
          label={t('startDate')}
          defaultValue={today}
          isRequired
        />
        <TextField name="fromTime" type="time" label={t('absenceStartTime')} />
      </div>
      <div className={styles.fieldRow}>
        <TextField name="toDate" type="date" label={t('endDate')} defaultValue={today} isRequired />
        <TextField name="toTime" type="time" label={t('absenceEndTime')} />
      </div>
      <SelectField
        name="reason"
        label={t('reason')}
        options={absenceReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
        defaultValue="vacation"
      />
      <SubmitButton pendingLabel={t('saving')}>{t('addAbsence')}</SubmitButton>
    </ActionForm>
  );
}
