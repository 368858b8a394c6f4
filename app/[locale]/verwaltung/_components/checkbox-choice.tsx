'use client';

import { useFormResult } from '../../_components/forms/action-form';

type CheckboxChoiceProps = { id: string; name: string; label: string; defaultChecked: boolean };

/**
 * One box of a CheckboxGroup. After a failed submit it shows what was submitted (React
 * resets forms after an action); otherwise the saved state.
 */
export function CheckboxChoice({ id, name, label, defaultChecked }: CheckboxChoiceProps) {
  const result = useFormResult();
  const submitted = result && !result.ok ? result.values : undefined;
  const isChecked = submitted ? submitted[name] !== undefined : defaultChecked;
  return (
    <>
      <input
        key={String(isChecked)}
        type="checkbox"
        id={id}
        name={name}
        defaultChecked={isChecked}
      />
      <label htmlFor={id}>{label}</label>
    </>
  );
}
