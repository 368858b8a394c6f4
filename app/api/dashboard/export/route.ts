import { authorizeDashboard } from '@/app/[locale]/_components/dashboard/dashboard-access';
import { dashboardFormat } from '@/app/[locale]/_components/dashboard/format';
import { scopeLabel } from '@/app/[locale]/_components/dashboard/scope-label';
import { csvLocales, toCsv } from '@/lib/dashboard/csv';
import { dashboardExportSchema } from '@/lib/dashboard/schemas';
import { loadDashboard } from '@/lib/dashboard/service';
import { dashboardTables } from '@/lib/dashboard/tables';
import { apiHandler, parseQuery } from '@/lib/http/handler';
import { getDatabase } from '@/lib/server/database';

/**
 * The dashboard's tables as CSV, for the same audience, period and office as the page
 * and under the same policy. German files use semicolons and decimal commas, English ones
 * commas and points; both UTF-8 with a byte-order mark so Excel reads the umlauts.
 */
export const GET = apiHandler(async (request) => {
  const query = parseQuery(request, dashboardExportSchema);
  const scope = await authorizeDashboard(query.audience, query.office);
  const db = getDatabase();
  const period = { from: query.from, to: query.to };
  const figures = loadDashboard(db, scope, period);
  const fmt = await dashboardFormat(query.locale);
  const csv = toCsv(
    dashboardTables(figures),
    {
      preamble: [
        [fmt.t('csv.scope'), scopeLabel(db, scope, fmt)],
        [fmt.t('csv.period'), `${period.from} – ${period.to}`],
      ],
      title: (table) => fmt.t(`sections.${table.id}.title`),
      header: (_table, column) =>
        column.kind === 'percent' ? `${fmt.header(column.key)} (%)` : fmt.header(column.key),
      label: fmt.label,
    },
    csvLocales[query.locale]!,
  );
  const filename = `${fmt.t('csv.filename')}-${period.from}-${period.to}.csv`;
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store, private',
    },
  });
});
