import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { retryJobAction } from '../actions';

/** "Send again" for one failed job; the button names the job for screen-reader users. */
export async function RetryForm({ jobId }: { jobId: number }) {
  const t = await getTranslations('Notify.admin');
  return (
    <ActionForm
      action={retryJobAction}
      hidden={{ jobId: String(jobId) }}
      errorTitle={t('errorTitle')}
    >
      <SubmitButton pendingLabel={t('retryPending')} variant="secondary">
        {t('retry')}
        <span className="visually-hidden"> {t('retryWhich', { id: jobId })}</span>
      </SubmitButton>
    </ActionForm>
  );
}
