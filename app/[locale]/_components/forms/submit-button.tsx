'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

type SubmitButtonProps = {
  children: ReactNode;
  /** Shown (and announced) while the form is being sent. */
  pendingLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
};

/** A submit button that says what is happening while its form's action runs. */
export function SubmitButton({ children, pendingLabel, variant = 'primary' }: SubmitButtonProps) {
  const { pending } = useFormStatus();
  return (
    <>
      <button
        type="submit"
        className={`button button-${variant}`}
        aria-disabled={pending || undefined}
        onClick={(event) => {
          if (pending) event.preventDefault();
        }}
      >
        {pending ? pendingLabel : children}
      </button>
      <span className="visually-hidden" role="status">
        {pending ? pendingLabel : ''}
      </span>
    </>
  );
}
