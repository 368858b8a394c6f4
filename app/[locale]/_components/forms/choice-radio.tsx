'use client';

import { useFormResult } from './action-form';

type ChoiceRadioProps = {
  id: string;
  name: string;
  value: string;
  defaultChecked: boolean;
  describedBy?: string;
};

/**
 * A radio of a ChoiceGroup. Inside an ActionForm whose last submit failed, the submitted
 * choice stays selected (React resets forms after an action); elsewhere, the default.
 */
export function ChoiceRadio({ id, name, value, defaultChecked, describedBy }: ChoiceRadioProps) {
  const result = useFormResult();
  const submitted = result && !result.ok ? result.values?.[name] : undefined;
  const isChecked = submitted !== undefined ? submitted === value : defaultChecked;
  return (
    <input
      key={String(isChecked)}
      type="radio"
      id={id}
      name={name}
      value={value}
      defaultChecked={isChecked}
      aria-describedby={describedBy}
    />
  );
}
