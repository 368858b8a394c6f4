import type { DashboardFigures } from '@/lib/dashboard/figures';
import { dashboardTables, type DashboardTable, type TableId } from '@/lib/dashboard/tables';
import { BarChart, type ChartSeries } from './bar-chart';
import { DataTable } from './data-table';
import styles from './dashboard.module.css';
import { dashboardFormat, type DashboardFormat } from './format';
import type { Locale } from '@/lib/i18n/locales';

/** More bars than this make the utilisation chart unreadable; the table shows them all. */
const maxCounsellorBars = 30;

const sectionOrder = [
  'providers',
  'channels',
  'waits',
  'offices',
  'counsellors',
  'languages',
  'referrals',
] as const satisfies readonly TableId[];

type Chart = { categories: string[]; series: ChartSeries[]; format: (v: number) => string };

/** The figures of one scope and period: key figures, then per section a chart and its table. */
export async function DashboardView({
  figures,
  locale,
}: {
  figures: DashboardFigures;
  locale: Locale;
}) {
  const fmt = await dashboardFormat(locale);
  const { t } = fmt;
  if (figures.totals.booked + figures.totals.cancelled + figures.totals.referrals === 0) {
    return (
      <p role="status" className={styles.status}>
        {t('empty')}
      </p>
    );
  }
  const tables = new Map(dashboardTables(figures).map((table) => [table.id, table]));
  const charts = chartsOf(figures, fmt);
  return (
    <div className={styles.dashboard}>
      <Totals figures={figures} fmt={fmt} />
      {sectionOrder.map((id) => (
        <Section
          key={id}
          id={id}
          table={tables.get(id)!}
          chart={charts[id]}
          fmt={fmt}
          note={
            id === 'counsellors' && figures.counsellors.length > maxCounsellorBars
              ? t('sections.counsellors.tooMany', { count: figures.counsellors.length })
              : undefined
          }
        />
      ))}
    </div>
  );
}

function Totals({ figures, fmt }: { figures: DashboardFigures; fmt: DashboardFormat }) {
  const { t, format, percent } = fmt;
  const orDash = (value: number | null, show: (v: number) => string) =>
    value === null ? t('notAvailable') : show(value);
  const totals = figures.totals;
  const items = [
    ['booked', format.number(totals.booked)],
    ['cancelled', format.number(totals.cancelled)],
    ['noShows', format.number(totals.noShows)],
    ['videoShare', orDash(totals.videoShare, percent)],
    ['phoneShare', orDash(totals.phoneShare, percent)],
    ['noShowRate', orDash(totals.noShowRate, percent)],
    ['medianWait', orDash(totals.medianWaitDays, (v) => t('days', { value: v }))],
    ['utilisation', orDash(totals.utilisation, percent)],
    ['referrals', format.number(totals.referrals)],
  ] as const;
  return (
    <section aria-labelledby="dashboard-totals" className={styles.section}>
      <h2 id="dashboard-totals">{t('totals.title')}</h2>
      <dl className={styles.totals}>
        {items.map(([key, value]) => (
          <div key={key} className={styles.total}>
            <dt>{t(`totals.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Section(props: {
  id: TableId;
  table: DashboardTable;
  chart: Chart | undefined;
  fmt: DashboardFormat;
  note?: string;
}) {
  const { id, table, chart, fmt, note } = props;
  const title = fmt.t(`sections.${id}.title`);
  return (
    <section aria-labelledby={`dashboard-${id}`} className={styles.section}>
      <h2 id={`dashboard-${id}`}>{title}</h2>
      <p>{fmt.t(`sections.${id}.description`)}</p>
      {chart && <BarChart label={title} {...chart} />}
      {note && <p className={styles.hint}>{note}</p>}
      <DataTable table={table} caption={title} fmt={fmt} />
    </section>
  );
}

function chartsOf(f: DashboardFigures, fmt: DashboardFormat): Partial<Record<TableId, Chart>> {
  const { t, label, percent, decimal, format } = fmt;
  const channelNames = f.channels.map((c) => label('channel', c.channel));
  const requested = f.languages.reduce((n, l) => n + l.requested, 0);
  const people = f.counsellors.length;
  return {
    providers: {
      categories: channelNames,
      series: [...new Set(f.providers.map((p) => p.providerId))].map((provider) => ({
        name: label('provider', provider),
        values: f.channels.map(
          (c) =>
            f.providers.find((p) => p.providerId === provider && p.channel === c.channel)?.booked ??
            0,
        ),
      })),
      format: (v) => format.number(v),
    },
    channels: {
      categories: channelNames,
      series: [
        { name: t('series.noShowRate'), values: f.channels.map((c) => c.noShowRate) },
        { name: t('series.cancellationRate'), values: f.channels.map((c) => c.cancellationRate) },
      ],
      format: percent,
    },
    waits: {
      categories: channelNames,
      series: [
        { name: t('series.waitToAppointment'), values: f.channels.map((c) => c.medianWaitDays) },
        { name: t('series.waitToFirstSlot'), values: f.channels.map((c) => c.medianFirstSlotDays) },
      ],
      format: decimal,
    },
    counsellors:
      people > 0 && people <= maxCounsellorBars
        ? {
            categories: f.counsellors.map((c) => c.name),
            series: [
              { name: t('columns.utilisation'), values: f.counsellors.map((c) => c.utilisation) },
            ],
            format: percent,
          }
        : undefined,
    languages:
      f.languages.length > 0
        ? {
            categories: f.languages.map((l) => label('language', l.language)),
            series: [
              {
                name: t('series.requestedShare'),
                values: f.languages.map((l) => (requested > 0 ? l.requested / requested : null)),
              },
              {
                name: t('series.counsellorsShare'),
                values: f.languages.map((l) =>
                  people > 0 ? Math.min(1, l.counsellors / people) : null,
                ),
              },
            ],
            format: percent,
          }
        : undefined,
    referrals: {
      categories: f.referrals.map((r) =>
        t('referralDirection', {
          from: label('provider', r.fromProviderId),
          to: label('provider', r.toProviderId),
        }),
      ),
      series: [{ name: t('columns.referrals'), values: f.referrals.map((r) => r.referrals) }],
      format: (v) => format.number(v),
    },
  };
}
