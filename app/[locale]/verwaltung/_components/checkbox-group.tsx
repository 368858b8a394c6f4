import { groupFieldName } from '@/lib/admin/form-fields';
import { ChoiceFieldset } from '../../_components/forms/choice-fieldset';
import { fieldId } from '../../_components/forms/field-ids';
import { FieldError } from '../../_components/forms/form-fields';
import formStyles from '../../_components/forms/forms.module.css';
import { CheckboxChoice } from './checkbox-choice';
import styles from './admin.module.css';

type CheckboxGroupProps = {
  /** The group's name; each box is sent as `<name>.<value>`. */
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
};

/** A labelled group of checkboxes for a many-of choice (teams, offices, skills). */
export function CheckboxGroup({ name, legend, hint, options, checked }: CheckboxGroupProps) {
  const id = fieldId(name);
  const boxId = (value: string) => `${id}-${value.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <ChoiceFieldset
      id={id}
      name={name}
      className={styles.fieldset}
      describedBy={hint ? `${id}-hint` : ''}
      hasError={false}
    >
      <legend className={styles.legend}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className={formStyles.hint}>
          {hint}
        </p>
      )}
      <FieldError name={name} />
      <ul className={styles.checkboxes}>
        {options.map((option) => (
          <li key={option.value} className={styles.checkbox}>
            <CheckboxChoice
              id={boxId(option.value)}
              name={groupFieldName(name, option.value)}
              label={option.label}
              defaultChecked={checked.includes(option.value)}
            />
          </li>
        ))}
      </ul>
    </ChoiceFieldset>
  );
}
