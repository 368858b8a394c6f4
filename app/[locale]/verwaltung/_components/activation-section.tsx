import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/action';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import { StatusBadge } from './status-badge';
import styles from './admin.module.css';

type ActivationSectionProps = {
  /** Receives `active=1` to reactivate, `active=0` to deactivate. */
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  isActive: boolean;
  /** What the current state means, and what deactivating keeps (e.g. appointments). */
  stateText: string;
  deactivateHint: string;
  /** Extra lines, e.g. how many appointments are still to come. */
  note?: string;
};

/**
 * The status of a record and the one button that flips it. Deactivation rather than
 * deletion keeps every booking that refers to the record.
 */
export async function ActivationSection(props: ActivationSectionProps) {
  const { action, isActive, stateText, deactivateHint, note } = props;
  const t = await getTranslations('Admin');
  return (
    <section aria-labelledby="activation-title" className={styles.section}>
      <h2 id="activation-title">{t('activation.title')}</h2>
      <p>
        <StatusBadge isActive={isActive} /> {stateText}
      </p>
      {note && <p>{note}</p>}
      {isActive && <p className={styles.muted}>{deactivateHint}</p>}
      <ActionForm
        action={action}
        hidden={{ active: isActive ? '0' : '1' }}
        errorTitle={t('errorTitle')}
      >
        <SubmitButton
          pendingLabel={t('activation.pending')}
          variant={isActive ? 'danger' : 'secondary'}
        >
          {t(isActive ? 'activation.deactivate' : 'activation.reactivate')}
        </SubmitButton>
      </ActionForm>
    </section>
  );
}
