import { fieldId } from '../../_components/forms/field-ids';
import formStyles from '../../_components/forms/forms.module.css';

type PostcodeFieldProps = { label: string; hint: string; error?: string; defaultValue?: string };

/** The postcode input of the region step (a plain GET form, so server-rendered). */
export function PostcodeField({ label, hint, error, defaultValue }: PostcodeFieldProps) {
  const id = fieldId('postcode');
  return (
    <div className={formStyles.field} data-invalid={error ? '' : undefined}>
      <label htmlFor={id} className={formStyles.label}>
        {label}
      </label>
      <p id={`${id}-hint`} className={formStyles.hint}>
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className={formStyles.error}>
          {error}
        </p>
      )}
      <input
        id={id}
        name="postcode"
        type="text"
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={5}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        className={`${formStyles.input} ${formStyles.short}`}
      />
    </div>
  );
}
