import type { Cell, ColumnKind, DashboardTable } from './tables';

/** How a locale writes a CSV: German spreadsheets expect ';' and a decimal comma. */
export type CsvLocale = { separator: ';' | ','; decimal: ',' | '.' };

export const csvLocales: Record<string, CsvLocale> = {
  de: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

export type CsvLabels = {
  /** Heading lines before the tables, e.g. [["Zeitraum", "1.8.–31.10."]]. */
  preamble: string[][];
  title: (table: DashboardTable) => string;
  header: (table: DashboardTable, column: { key: string; kind: ColumnKind }) => string;
  /** Labels of channel, provider and language ids. */
  label: (kind: 'channel' | 'provider' | 'language', id: string) => string;
};

const bom = '\uFEFF';

/**
 * The dashboard's tables as one CSV file: the preamble, then per table its title, its
 * header row and its rows, with an empty line between tables. UTF-8 with a byte-order
 * mark (Excel reads it as UTF-8 then), CRLF line ends (RFC 4180). Percentages are written
 * as numbers of percent, days and hours with one decimal; empty figures stay empty.
 */
export function toCsv(
  tables: readonly DashboardTable[],
  labels: CsvLabels,
  locale: CsvLocale,
): string {
  const lines: string[] = labels.preamble.map((row) => line(row, locale));
  for (const table of tables) {
    lines.push('');
    lines.push(line([labels.title(table)], locale));
    lines.push(
      line(
        table.columns.map((c) => labels.header(table, c)),
        locale,
      ),
    );
    for (const row of table.rows) {
      lines.push(
        line(
          row.map((cell, i) => format(cell, table.columns[i]!.kind, labels, locale)),
          locale,
        ),
      );
    }
  }
  return `${bom}${lines.join('\r\n')}\r\n`;
}

function format(cell: Cell, kind: ColumnKind, labels: CsvLabels, locale: CsvLocale): string {
  if (cell === null) return '';
  if (kind === 'channel' || kind === 'provider' || kind === 'language') {
    return labels.label(kind, String(cell));
  }
  if (typeof cell === 'string') return cell;
  const value = kind === 'percent' ? cell * 100 : cell;
  const text = kind === 'count' ? String(value) : (Math.round(value * 10) / 10).toFixed(1);
  return locale.decimal === ',' ? text.replace('.', ',') : text;
}

function line(cells: readonly string[], locale: CsvLocale): string {
  return cells.map((cell) => quote(cell, locale.separator)).join(locale.separator);
}

/** Quotes where needed; a leading = + - @ is defused so no spreadsheet runs it as a formula. */
function quote(cell: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell;
  return /["\r\n]/.test(safe) || safe.includes(separator)
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}
