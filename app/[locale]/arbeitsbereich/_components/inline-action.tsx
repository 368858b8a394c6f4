import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/action';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import styles from './workspace.module.css';

type InlineActionProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden?: Record<string, string | undefined>;
  errorTitle: string;
  label: string;
  pendingLabel: string;
  /** Read after the label by screen readers only, where the label alone is ambiguous in a list. */
  context?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  children?: ReactNode;
};

/** One button that runs one server action (with its error summary), for lists of cards. */
export function InlineAction(props: InlineActionProps) {
  const { action, hidden = {}, errorTitle, label, pendingLabel, context, variant } = props;
  return (
    <ActionForm action={action} hidden={hidden} errorTitle={errorTitle} className={styles.inline}>
      {props.children}
      <SubmitButton pendingLabel={pendingLabel} variant={variant ?? 'secondary'}>
        {label}
        {context && <span className="visually-hidden">: {context}</span>}
      </SubmitButton>
    </ActionForm>
  );
}
