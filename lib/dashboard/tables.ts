import type { DashboardFigures } from './figures';

/**
 * The dashboard as tables: what the page shows under each chart and what the CSV export
 * writes, in one place. Values stay raw (ids, counts, fractions, days); the app labels
 * and formats them per locale by column kind. A new figure is one more section of
 * DashboardFigures plus one entry here; the test checks that every section has its table.
 */
export type ColumnKind =
  'channel' | 'provider' | 'language' | 'text' | 'count' | 'percent' | 'days' | 'hours';

export type Cell = string | number | null;
export type DashboardTable = {
  id: TableId;
  columns: { key: string; kind: ColumnKind }[];
  rows: Cell[][];
};

type Section = Exclude<keyof DashboardFigures, 'period' | 'totals'>;
export type TableId = Section | 'waits';

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

/** Builders per figures section; `satisfies` makes a section without a table fail tsc. */
const builders = {
  providers: (f) => ({
    id: 'providers',
    columns: [
      { key: 'channel', kind: 'channel' },
      { key: 'provider', kind: 'provider' },
      { key: 'booked', kind: 'count' },
    ],
    rows: f.providers.map((p) => [p.channel, p.providerId, p.booked]),
  }),
  channels: (f) => ({
    id: 'channels',
    columns: [
      { key: 'channel', kind: 'channel' },
      { key: 'booked', kind: 'count' },
      { key: 'share', kind: 'percent' },
      { key: 'completed', kind: 'count' },
      { key: 'noShows', kind: 'count' },
      { key: 'noShowRate', kind: 'percent' },
      { key: 'cancelled', kind: 'count' },
      { key: 'cancellationRate', kind: 'percent' },
    ],
    rows: f.channels.map((c) => [
      c.channel,
      c.booked,
      c.share,
      c.completed,
      c.noShows,
      c.noShowRate,
      c.cancelled,
      c.cancellationRate,
    ]),
  }),
  offices: (f) => ({
    id: 'offices',
    columns: [
      { key: 'office', kind: 'text' },
      { key: 'channel', kind: 'channel' },
      { key: 'booked', kind: 'count' },
      { key: 'medianWaitDays', kind: 'days' },
      { key: 'medianFirstSlotDays', kind: 'days' },
    ],
    rows: f.offices.map((o) => [
      o.officeName,
      o.channel,
      o.booked,
      o.medianWaitDays,
      o.medianFirstSlotDays,
    ]),
  }),
  counsellors: (f) => ({
    id: 'counsellors',
    columns: [
      { key: 'counsellor', kind: 'text' },
      { key: 'bookedHours', kind: 'hours' },
      { key: 'offeredHours', kind: 'hours' },
      { key: 'utilisation', kind: 'percent' },
    ],
    rows: f.counsellors.map((c) => [
      c.name,
      hours(c.bookedMinutes),
      hours(c.offeredMinutes),
      c.utilisation,
    ]),
  }),
  languages: (f) => {
    const requested = f.languages.reduce((n, l) => n + l.requested, 0);
    const speakers = f.counsellors.length;
    return {
      id: 'languages',
      columns: [
        { key: 'language', kind: 'language' },
        { key: 'requested', kind: 'count' },
        { key: 'requestedShare', kind: 'percent' },
        { key: 'counsellors', kind: 'count' },
        { key: 'counsellorsShare', kind: 'percent' },
      ],
      rows: f.languages.map((l) => [
        l.language,
        l.requested,
        requested > 0 ? l.requested / requested : null,
        l.counsellors,
        speakers > 0 ? Math.min(1, l.counsellors / speakers) : null,
      ]),
    };
  },
  referrals: (f) => ({
    id: 'referrals',
    columns: [
      { key: 'fromProvider', kind: 'provider' },
      { key: 'toProvider', kind: 'provider' },
      { key: 'referrals', kind: 'count' },
    ],
    rows: f.referrals.map((r) => [r.fromProviderId, r.toProviderId, r.referrals]),
  }),
} satisfies Record<Section, (f: DashboardFigures) => DashboardTable>;

function waitsTable(f: DashboardFigures): DashboardTable {
  return {
    id: 'waits',
    columns: [
      { key: 'channel', kind: 'channel' },
      { key: 'medianWaitDays', kind: 'days' },
      { key: 'medianFirstSlotDays', kind: 'days' },
      { key: 'snapshotsWithoutSlot', kind: 'count' },
    ],
    rows: f.channels.map((c) => [
      c.channel,
      c.medianWaitDays,
      c.medianFirstSlotDays,
      c.snapshotsWithoutSlot,
    ]),
  };
}

/** Every table of the dashboard, in page order. */
export function dashboardTables(f: DashboardFigures): DashboardTable[] {
  return [
    builders.providers(f),
    builders.channels(f),
    waitsTable(f),
    builders.offices(f),
    builders.counsellors(f),
    builders.languages(f),
    builders.referrals(f),
  ];
}

export const sectionsWithTables = Object.keys(builders) as Section[];
