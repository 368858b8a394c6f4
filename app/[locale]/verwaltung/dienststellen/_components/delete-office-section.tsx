import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import styles from '../../_components/admin.module.css';
import { deleteOfficeAction } from '../actions';

/** Only for an office created by mistake; the page shows it only while nothing refers to it. */
export async function DeleteOfficeSection({ officeId }: { officeId: string }) {
  const t = await getTranslations('AdminOffices.delete');
  const admin = await getTranslations('Admin');
  return (
    <section aria-labelledby="delete-title" className={styles.section}>
      <h2 id="delete-title">{t('title')}</h2>
      <p>{t('text')}</p>
      <ActionForm
        action={deleteOfficeAction.bind(null, officeId)}
        hidden={{}}
        errorTitle={admin('errorTitle')}
      >
        <SubmitButton pendingLabel={t('pending')} variant="danger">
          {t('submit')}
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
