import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { appointmentText } from '../../../_components/booking/appointment-text';
import { ActionForm } from '../../../_components/forms/action-form';
import { TextAreaField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { cancelAction } from '../actions';
import type { SectionProps } from './section-props';
import styles from './manage.module.css';

/** The confirmation step before cancelling: the date once more, an optional reason. */
export async function CancelSection({ id, token, view }: SectionProps) {
  const t = await getTranslations('Manage.cancel');
  const b = await getTranslations('Booking');
  return (
    <section aria-labelledby="cancel-title" className={styles.section}>
      <h2 id="cancel-title">{t('title')}</h2>
      <p className={styles.strong}>
        {t('question', { when: await appointmentText(view.start, view.end) })}
      </p>
      <p>{t('freed')}</p>
      <ActionForm
        action={cancelAction.bind(null, id)}
        hidden={{ token }}
        errorTitle={b('errorTitle')}
      >
        <TextAreaField
          name="reason"
          label={t('reasonLabel')}
          hint={t('reasonHint')}
          maxLength={500}
        />
        <div className={styles.buttons}>
          <SubmitButton pendingLabel={t('pending')} variant="danger">
            {t('submit')}
          </SubmitButton>
          <Link
            href={{ pathname: `/termin/${id}`, query: { token } }}
            className="button button-secondary"
          >
            {t('keep')}
          </Link>
        </div>
      </ActionForm>
    </section>
  );
}
