import type { DashboardTable } from '@/lib/dashboard/tables';
import styles from './dashboard.module.css';
import type { DashboardFormat } from './format';

const numeric = new Set(['count', 'percent', 'days', 'hours']);

/** A chart's values as a real table: caption, column headers, the first cell heading its row. */
export function DataTable({
  table,
  caption,
  fmt,
}: {
  table: DashboardTable;
  caption: string;
  fmt: DashboardFormat;
}) {
  return (
    // A labelled, focusable region: keyboard users can scroll a wide table too.
    <div
      role="region"
      aria-labelledby={`table-${table.id}`}
      tabIndex={0}
      className={styles.tableWrap}
    >
      <table className={styles.table}>
        <caption id={`table-${table.id}`}>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={numeric.has(column.kind) ? styles.number : undefined}
              >
                {fmt.header(column.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, i) => {
                const column = table.columns[i]!;
                const text = fmt.cell(column.kind, value);
                const className = numeric.has(column.kind) ? styles.number : undefined;
                return i === 0 ? (
                  <th key={column.key} scope="row" className={className}>
                    {text}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
