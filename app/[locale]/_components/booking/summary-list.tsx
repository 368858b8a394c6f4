import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import styles from './summary-list.module.css';

type Href = { pathname: string; query?: Record<string, string> };

export type SummaryRow = {
  key: string;
  label: string;
  value: ReactNode;
  /** A "Ändern" link back to where the value was chosen. */
  edit?: { href: Href; label: string };
};

/** A description list of an appointment; each row may link back to change it. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className={styles.list}>
      {rows.map((row) => (
        <div key={row.key} className={styles.row}>
          <dt className={styles.label}>{row.label}</dt>
          <dd className={styles.value}>{row.value}</dd>
          {row.edit && (
            <dd className={styles.edit}>
              <Link href={row.edit.href}>
                {row.edit.label}
                <span className="visually-hidden">: {row.label}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
