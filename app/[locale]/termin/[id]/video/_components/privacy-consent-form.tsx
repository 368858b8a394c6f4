import { getTranslations } from 'next-intl/server';
import { ActionForm } from '../../../../_components/forms/action-form';
import { CheckboxField } from '../../../../_components/forms/form-fields';
import { SubmitButton } from '../../../../_components/forms/submit-button';
import { confirmVideoPrivacyAction } from '../actions';
import { PrefetchVideoCode } from './prefetch-video-code';
import styles from './video.module.css';

const points = ['encrypted', 'noRecording', 'private', 'fallback'] as const;

/** The short privacy notice a client confirms before the first join. */
export async function PrivacyConsentForm({
  bookingId,
  token,
}: {
  bookingId: string;
  token: string;
}) {
  const t = await getTranslations('VideoPage');
  const errors = await getTranslations('Booking');
  return (
    <section className={styles.privacy} aria-labelledby="video-privacy-title">
      <PrefetchVideoCode />
      <h2 id="video-privacy-title">{t('privacyTitle')}</h2>
      <ul>
        {points.map((point) => (
          <li key={point}>{t(`privacyPoints.${point}`)}</li>
        ))}
      </ul>
      <ActionForm
        action={confirmVideoPrivacyAction.bind(null, bookingId)}
        hidden={{ token }}
        errorTitle={errors('errorTitle')}
        fieldOrder={['privacyConsent']}
      >
        <CheckboxField name="privacyConsent" label={t('consentLabel')} />
        <SubmitButton pendingLabel={t('consentPending')}>{t('consentSubmit')}</SubmitButton>
      </ActionForm>
    </section>
  );
}
