import { fieldId } from './field-ids';
import styles from './forms.module.css';

type StaticErrorSummaryProps = { title: string; errors: { field: string; message: string }[] };

/** The error summary of a plain GET step form, rendered by the server. */
export function StaticErrorSummary({ title, errors }: StaticErrorSummaryProps) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" aria-labelledby="error-summary-title" className={styles.summary}>
      <h2 id="error-summary-title" className={styles.summaryTitle}>
        {title}
      </h2>
      <ul className={styles.summaryList}>
        {errors.map((e) => (
          <li key={e.field}>
            <a href={`#${fieldId(e.field)}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
