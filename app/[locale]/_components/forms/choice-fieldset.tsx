'use client';

import type { ReactNode } from 'react';
import { useFormResult } from './action-form';
import { errorId } from './field-ids';

type ChoiceFieldsetProps = {
  id: string;
  name: string;
  className?: string;
  /** Ids of the hint and of a server-rendered error, if any. */
  describedBy: string;
  hasError: boolean;
  children: ReactNode;
};

/**
 * The fieldset of a ChoiceGroup. After a failed ActionForm submit it is also described
 * by that field's error, so a screen reader hears it when the error summary link moves
 * focus here.
 */
export function ChoiceFieldset({
  id,
  name,
  className,
  describedBy,
  hasError,
  children,
}: ChoiceFieldsetProps) {
  const result = useFormResult();
  const hasSubmitError = !!(result && !result.ok && result.fieldErrors[name]?.length);
  const ids = [describedBy, hasSubmitError ? errorId(name) : ''].join(' ').trim();
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={className}
      aria-describedby={ids || undefined}
      aria-invalid={hasError || hasSubmitError || undefined}
      data-invalid={hasError || hasSubmitError ? '' : undefined}
    >
      {children}
    </fieldset>
  );
}
