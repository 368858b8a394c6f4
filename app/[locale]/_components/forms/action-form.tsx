'use client';

import {
  createContext,
  useActionState,
  useContext,
  useEffect,
  useRef,
  type ReactNode,
} from 'react';
import type { ActionState } from '@/lib/action';
import { fieldId } from './field-ids';
import { HiddenFields } from './hidden-fields';
import styles from './forms.module.css';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Hidden = Record<string, string | undefined>;

const FormStateContext = createContext<ActionState>(null);

/** The last result of the surrounding ActionForm, for fields to show their error. */
export function useFormResult(): ActionState {
  return useContext(FormStateContext);
}

export type ActionFormText = {
  /** Heading of the error summary, e.g. "Bitte prüfen Sie Ihre Angaben". */
  errorTitle: string;
  /** Text before the alternative times a failed action offers. */
  alternativesTitle?: string;
  /** Field names in page order, so the summary lists errors as the fields appear. */
  fieldOrder?: string[];
};

type ActionFormProps = ActionFormText & {
  action: Action;
  /** Hidden fields, sent with the form and with every alternative-time button. */
  hidden: Hidden;
  children: ReactNode;
  /** Link field errors to fields on this page (off where the fields live on other steps). */
  linkFields?: boolean;
  className?: string;
};

/**
 * The one form wrapper for server actions: keeps the ActionResult, shows an error
 * summary (focused after a failed submit) with links to the fields, and offers the
 * alternative times of a "slot taken" answer as buttons (`alternative=<start>`), each in
 * its own small form so Enter in the main form never picks one by accident.
 * Works without JavaScript too: the server renders the same state after a plain POST.
 */
/**
 * What an "take this alternative" form sends: the form's hidden fields plus what the
 * visitor chose in the failed submit (e.g. a meeting point), without the time itself.
 */
function carriedValues(hidden: ActionFormProps['hidden'], submitted: Record<string, string> = {}) {
  const { start: _start, alternative: _alternative, ...chosen } = submitted;
  return { ...hidden, ...chosen };
}

export function ActionForm({ action, hidden, children, className, ...text }: ActionFormProps) {
  const [state, dispatch] = useActionState(action, null);
  return (
    <FormStateContext value={state}>
      {state && !state.ok && (
        <ErrorSummary state={state} {...text}>
          {(state.alternatives ?? []).length > 0 && (
            <ul className={styles.alternativeList}>
              {state.alternatives?.map((slot) => (
                <li key={slot.start}>
                  <form action={dispatch}>
                    <HiddenFields values={carriedValues(hidden, state.values)} />
                    <button
                      type="submit"
                      name="alternative"
                      value={slot.start}
                      className="button button-secondary"
                    >
                      {slot.label}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </ErrorSummary>
      )}
      <form action={dispatch} noValidate className={className}>
        <HiddenFields values={hidden} />
        {children}
      </form>
    </FormStateContext>
  );
}

function ErrorSummary({
  state,
  errorTitle,
  alternativesTitle,
  linkFields = true,
  fieldOrder = [],
  children,
}: ActionFormText & {
  state: Extract<ActionState, { ok: false }>;
  linkFields?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [state]);
  const rank = (name: string) => {
    const index = fieldOrder.indexOf(name);
    return index === -1 ? fieldOrder.length : index;
  };
  const fields = Object.entries(state.fieldErrors).sort(([a], [b]) => rank(a) - rank(b));
  const hasAlternatives = (state.alternatives ?? []).length > 0;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className={styles.summary}
    >
      {/* A taken time is no input error: its message is the heading. */}
      <h2 id="error-summary-title" className={styles.summaryTitle}>
        {hasAlternatives ? state.message : errorTitle}
      </h2>
      {!hasAlternatives && <p>{state.message}</p>}
      {linkFields && fields.length > 0 && (
        <ul className={styles.summaryList}>
          {fields.map(([name, messages]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>{messages[0]}</a>
            </li>
          ))}
        </ul>
      )}
      {hasAlternatives && alternativesTitle && <p>{alternativesTitle}</p>}
      {children}
    </div>
  );
}
