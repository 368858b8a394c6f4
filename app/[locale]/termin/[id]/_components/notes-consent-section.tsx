import { getTranslations } from 'next-intl/server';
import type { BookingView } from '@/lib/booking/view';
import { ActionForm } from '../../../_components/forms/action-form';
import { CheckboxField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { notesConsentAction } from '../actions';
import styles from './manage.module.css';

/** Whether a colleague who takes over may read the counsellor's notes: the client decides. */
export async function NotesConsentSection({ view, token }: { view: BookingView; token: string }) {
  const t = await getTranslations('Manage.notesConsent');
  const b = await getTranslations('Booking');
  return (
    <section aria-labelledby="notes-consent-title" className={styles.section}>
      <h2 id="notes-consent-title">{t('title')}</h2>
      <p>{t(view.notesConsent ? 'given' : 'notGiven')}</p>
      <ActionForm
        action={notesConsentAction.bind(null, view.id)}
        hidden={{ token }}
        errorTitle={b('errorTitle')}
      >
        <CheckboxField
          name="notesConsent"
          label={b('contact.notesConsent')}
          defaultChecked={view.notesConsent}
        />
        <SubmitButton pendingLabel={t('pending')} variant="secondary">
          {t('submit')}
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
