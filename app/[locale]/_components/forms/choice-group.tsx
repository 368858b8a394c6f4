import type { ReactNode } from 'react';
import { ChoiceFieldset } from './choice-fieldset';
import { ChoiceRadio } from './choice-radio';
import { fieldId } from './field-ids';
import { FieldError } from './form-fields';
import styles from './choices.module.css';

export type Choice = {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  /** Shown beside the label, e.g. "Empfohlen". */
  badge?: string;
  icon?: ReactNode;
};

type ChoiceGroupProps = {
  name: string;
  /** Element id of the fieldset; defaults to the field's id (several groups may share a name). */
  groupId?: string;
  legend: ReactNode;
  /** Hide the legend visually where a heading right above says the same. */
  isLegendHidden?: boolean;
  hint?: ReactNode;
  choices: Choice[];
  defaultValue?: string;
  /** An error from a GET step (server-rendered); ActionForm errors appear on their own. */
  error?: string;
  variant?: 'cards' | 'tiles';
};

/**
 * A radio group as cards (or compact tiles for times). The whole card is clickable, the
 * radio's accessible name is just the label, and the description is linked with
 * aria-describedby, so screen readers hear a short name first.
 */
export function ChoiceGroup({
  name,
  groupId,
  legend,
  isLegendHidden,
  hint,
  choices,
  defaultValue,
  error,
  variant = 'cards',
}: ChoiceGroupProps) {
  const id = groupId ?? fieldId(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <ChoiceFieldset
      id={id}
      name={name}
      className={styles.fieldset}
      describedBy={describedBy}
      hasError={!!error}
    >
      <legend className={isLegendHidden ? 'visually-hidden' : styles.legend}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error ? (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      ) : (
        // Several groups may share a name (morning and afternoon times): one error is enough.
        !groupId && <FieldError name={name} />
      )}
      <ul className={variant === 'tiles' ? styles.tiles : styles.cards}>
        {choices.map((choice) => {
          const choiceId = `${id}-${choice.value.replace(/[^a-zA-Z0-9_-]/g, '')}`;
          return (
            <li key={choice.value} className={styles.choice}>
              <ChoiceRadio
                id={choiceId}
                name={name}
                value={choice.value}
                defaultChecked={choice.value === defaultValue}
                describedBy={choice.description ? `${choiceId}-desc` : undefined}
              />
              <div className={styles.body}>
                <span className={styles.head}>
                  {choice.icon}
                  <label htmlFor={choiceId} className={styles.label}>
                    {choice.label}
                  </label>
                  {choice.badge && <span className={styles.badge}>{choice.badge}</span>}
                </span>
                {choice.description && (
                  <div id={`${choiceId}-desc`} className={styles.description}>
                    {choice.description}
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </ChoiceFieldset>
  );
}
