'use client';

import type { ReactNode } from 'react';
import { useFormResult } from './action-form';
import { errorId, fieldId } from './field-ids';
import styles from './forms.module.css';

/**
 * Form fields for an ActionForm: a visible label, an optional hint, and the field's
 * error from the last result, tied together with aria-describedby and aria-invalid.
 * After a failed submit the submitted value is shown again.
 */
function useField(name: string, hint?: ReactNode) {
  const result = useFormResult();
  const failure = result && !result.ok ? result : null;
  const error = failure?.fieldErrors[name]?.[0];
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  const describedBy = [hintId, error ? errorId(name) : undefined].filter(Boolean).join(' ');
  return {
    error,
    hintId,
    submitted: failure?.values?.[name],
    wasSubmitted: failure !== null,
    aria: {
      id: fieldId(name),
      name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy || undefined,
    },
  };
}

export function FieldError({ name }: { name: string }) {
  const result = useFormResult();
  const error = result && !result.ok ? result.fieldErrors[name]?.[0] : undefined;
  if (!error) return null;
  return (
    <p id={errorId(name)} className={styles.error}>
      {error}
    </p>
  );
}

/** Label, hint and error around one control: the frame every labelled field shares. */
function FieldFrame(props: {
  field: ReturnType<typeof useField>;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const { field, name, label, hint, children } = props;
  return (
    <div className={styles.field} data-invalid={field.error ? '' : undefined}>
      <label htmlFor={field.aria.id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={field.hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      <FieldError name={name} />
      {children}
    </div>
  );
}

type TextFieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time' | 'url' | 'password';
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric' | 'url';
  defaultValue?: string;
  isRequired?: boolean;
};

export function TextField({
  name,
  label,
  hint,
  defaultValue,
  isRequired,
  ...rest
}: TextFieldProps) {
  const field = useField(name, hint);
  return (
    <FieldFrame field={field} name={name} label={label} hint={hint}>
      <input
        {...field.aria}
        {...rest}
        key={field.submitted}
        type={rest.type ?? 'text'}
        defaultValue={field.wasSubmitted ? field.submitted : defaultValue}
        aria-required={isRequired || undefined}
        className={styles.input}
      />
    </FieldFrame>
  );
}

type SelectFieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: string }[];
  defaultValue?: string;
};

export function SelectField({ name, label, hint, options, defaultValue }: SelectFieldProps) {
  const field = useField(name, hint);
  return (
    <FieldFrame field={field} name={name} label={label} hint={hint}>
      <select
        {...field.aria}
        key={field.submitted}
        defaultValue={field.wasSubmitted ? (field.submitted ?? '') : defaultValue}
        className={styles.select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type CheckboxFieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultChecked?: boolean;
};

export function CheckboxField({ name, label, hint, defaultChecked }: CheckboxFieldProps) {
  const field = useField(name, hint);
  const checked = field.wasSubmitted ? field.submitted !== undefined : defaultChecked;
  return (
    <div className={styles.checkboxField} data-invalid={field.error ? '' : undefined}>
      <FieldError name={name} />
      <div className={styles.checkbox}>
        <input {...field.aria} key={String(checked)} type="checkbox" defaultChecked={checked} />
        <label htmlFor={field.aria.id}>{label}</label>
      </div>
      {hint && (
        <p id={field.hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}

type TextAreaFieldProps = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  maxLength?: number;
  defaultValue?: string;
};

export function TextAreaField({ name, label, hint, maxLength, defaultValue }: TextAreaFieldProps) {
  const field = useField(name, hint);
  return (
    <FieldFrame field={field} name={name} label={label} hint={hint}>
      <textarea
        {...field.aria}
        key={field.submitted}
        defaultValue={field.wasSubmitted ? field.submitted : defaultValue}
        maxLength={maxLength}
        rows={3}
        className={styles.input}
      />
    </FieldFrame>
  );
}
