import type BetterSqlite3 from 'better-sqlite3';
import type { BookingStatus, Channel, ProviderId } from '../schema/enums';
import type { Executor } from '../transaction';
import { bookingFactsSql } from './dashboard-sql';

/**
 * Reads of the dashboard. Office and all-NRW scopes sum the rollup tables (one row per
 * office, key and local date; kept by triggers); a team scope reads its counsellors'
 * bookings directly through the index on counsellor and start, since a team's year is a
 * few thousand rows. Both return the same row shapes, summed over the period.
 */
export type DashboardPeriod = { from: string; to: string };

export type BookingCountRow = {
  officeId: string;
  channel: Channel;
  status: BookingStatus;
  bookings: number;
  minutes: number;
};
export type WaitRow = { officeId: string; channel: Channel; waitDays: number; bookings: number };
export type LanguageRow = { officeId: string; language: string; bookings: number };
export type CounsellorMinutesRow = {
  counsellorId: string;
  officeId: string;
  bookings: number;
  minutes: number;
};
export type FirstSlotRow = {
  officeId: string;
  channel: Channel;
  waitDays: number;
  snapshots: number;
};

export type DemandRows = {
  bookings: BookingCountRow[];
  waits: WaitRow[];
  languages: LanguageRow[];
  counsellorMinutes: CounsellorMinutesRow[];
  firstSlots: FirstSlotRow[];
};

/** The offices (null: all) and, for a team, the counsellors whose bookings count. */
export type DemandFilter =
  | { kind: 'offices'; officeId: string | null }
  | { kind: 'counsellors'; counsellorIds: readonly string[]; officeIds: readonly string[] };

const period = 'local_date between @from and @to';
const office = 'office_id = @officeId';
const teamOffices = 'office_id in (select value from json_each(@officeIds))';

const rollupSql = (where: string) => ({
  bookings: `select office_id as officeId, channel, status, sum(bookings) as bookings,
      sum(minutes) as minutes
    from dashboard_booking_days where ${where} group by office_id, channel, status`,
  waits: `select office_id as officeId, channel, wait_days as waitDays, sum(bookings) as bookings
    from dashboard_wait_days where ${where} group by office_id, channel, wait_days`,
  languages: `select office_id as officeId, language, sum(bookings) as bookings
    from dashboard_language_days where ${where} group by office_id, language`,
  counsellorMinutes: `select counsellor_id as counsellorId, office_id as officeId,
      sum(bookings) as bookings, sum(minutes) as minutes
    from dashboard_counsellor_days where ${where} group by counsellor_id, office_id`,
  firstSlots: `select office_id as officeId, channel, wait_days as waitDays,
      sum(snapshots) as snapshots
    from first_slot_wait_days where ${where} group by office_id, channel, wait_days`,
});

// A day's appointments start within a day and a half of its UTC midnight in any zone in
// use, so this index range on the start holds every booking whose local date is inside.
// One pass groups by every key the four row sets need; they are summed apart in loadDemandRows.
const teamFactsSql = `select office_id as officeId, channel, status, language,
    counsellor_id as counsellorId, wait_days as waitDays, count(*) as bookings,
    sum(minutes) as minutes
  from (${bookingFactsSql(`b.counsellor_id in (select value from json_each(@counsellorIds))
    and b.starts_at >= @fromInstant and b.starts_at < @toInstant`)})
  where ${period}
  group by office_id, channel, status, language, counsellor_id, wait_days`;

type TeamFactRow = BookingCountRow & { language: string; counsellorId: string; waitDays: number };

const statementSets = {
  all: rollupSql(period),
  office: rollupSql(`${office} and ${period}`),
};

type Name = keyof DemandRows;
type Prepared = Record<keyof typeof statementSets, Record<Name, BetterSqlite3.Statement>> & {
  teamFacts: BetterSqlite3.Statement;
  teamFirstSlots: BetterSqlite3.Statement;
};
const prepared = new WeakMap<BetterSqlite3.Database, Prepared>();

function statementsOf(client: BetterSqlite3.Database): Prepared {
  let statements = prepared.get(client);
  if (!statements) {
    const prepareSet = (set: Record<Name, string>) =>
      Object.fromEntries(
        Object.entries(set).map(([name, text]) => [name, client.prepare(text)]),
      ) as Record<Name, BetterSqlite3.Statement>;
    statements = {
      all: prepareSet(statementSets.all),
      office: prepareSet(statementSets.office),
      teamFacts: client.prepare(teamFactsSql),
      teamFirstSlots: client.prepare(rollupSql(`${teamOffices} and ${period}`).firstSlots),
    };
    prepared.set(client, statements);
  }
  return statements;
}

const dayMs = 86_400_000;

/** Sums of bookings and snapshots whose local date lies in the period (inclusive). */
export function loadDemandRows(ex: Executor, filter: DemandFilter, p: DashboardPeriod): DemandRows {
  const all = statementsOf(ex.$client);
  if (filter.kind === 'counsellors') return loadTeamRows(all, filter, p);
  const set = filter.officeId === null ? all.all : all.office;
  const params = { ...p, officeId: filter.officeId };
  const run = <T>(name: Name) => set[name].all(pick(set[name], params)) as T[];
  return {
    bookings: run<BookingCountRow>('bookings'),
    waits: run<WaitRow>('waits'),
    languages: run<LanguageRow>('languages'),
    counsellorMinutes: run<CounsellorMinutesRow>('counsellorMinutes'),
    firstSlots: run<FirstSlotRow>('firstSlots'),
  };
}

function loadTeamRows(
  statements: Prepared,
  filter: Extract<DemandFilter, { kind: 'counsellors' }>,
  p: DashboardPeriod,
): DemandRows {
  const facts = statements.teamFacts.all({
    ...p,
    counsellorIds: JSON.stringify(filter.counsellorIds),
    fromInstant: new Date(Date.parse(`${p.from}T00:00:00Z`) - dayMs).toISOString(),
    toInstant: new Date(Date.parse(`${p.to}T00:00:00Z`) + 2 * dayMs).toISOString(),
  }) as TeamFactRow[];
  const booked = facts.filter((f) => f.status !== 'cancelled');
  return {
    bookings: sumRows(facts, ['officeId', 'channel', 'status'], ['bookings', 'minutes']),
    waits: sumRows(booked, ['officeId', 'channel', 'waitDays'], ['bookings']),
    languages: sumRows(booked, ['officeId', 'language'], ['bookings']),
    counsellorMinutes: sumRows(booked, ['counsellorId', 'officeId'], ['bookings', 'minutes']),
    firstSlots: statements.teamFirstSlots.all({
      ...p,
      officeIds: JSON.stringify(filter.officeIds),
    }) as FirstSlotRow[],
  };
}

/** Sums `values` of rows grouped by `keys` (what GROUP BY does, for rows already read). */
function sumRows<T extends Record<string, unknown>, K extends keyof T, V extends keyof T>(
  rows: readonly T[],
  keys: readonly K[],
  values: readonly V[],
): (Pick<T, K> & Record<V, number>)[] {
  const groups = new Map<string, Pick<T, K> & Record<V, number>>();
  for (const row of rows) {
    const id = keys.map((k) => String(row[k])).join('|');
    let group = groups.get(id);
    if (!group) {
      group = Object.fromEntries([
        ...keys.map((k) => [k, row[k]]),
        ...values.map((v) => [v, 0]),
      ]) as Pick<T, K> & Record<V, number>;
      groups.set(id, group);
    }
    for (const v of values) (group as Record<V, number>)[v] += Number(row[v]);
  }
  return [...groups.values()];
}

/** better-sqlite3 refuses named parameters a statement does not use. */
function pick(statement: BetterSqlite3.Statement, params: Record<string, unknown>) {
  const names = new Set(
    [...statement.source.matchAll(/@(\w+)/g)].map((m) => m[1]).filter(Boolean) as string[],
  );
  return Object.fromEntries(Object.entries(params).filter(([k]) => names.has(k)));
}

export type ReferralRow = {
  fromProviderId: ProviderId;
  toProviderId: ProviderId;
  referrals: number;
};

/**
 * Whose referrals count: an office's are those made from a booking at it or received at
 * it; a team's those made by a team member or whose new booking is with a team member
 * (like its bookings, by counsellor, not by office: two teams may share an office).
 */
export type ReferralFilter =
  | { kind: 'all' }
  | { kind: 'office'; officeId: string }
  | { kind: 'counsellors'; counsellorIds: readonly string[] };

// The range on created_at uses the index on (created_at, from, to provider); the scope's
// lookups are by booking id, and a period holds few referrals compared with bookings.
const referralWhere: Record<ReferralFilter['kind'], string> = {
  all: '1',
  office: `(r.to_office_id = @officeId
    or (select b.office_id from bookings b where b.id = r.from_booking_id) = @officeId)`,
  counsellors: `(r.from_staff_id in (select value from json_each(@counsellorIds))
    or (select b.counsellor_id from bookings b where b.id = r.to_booking_id)
      in (select value from json_each(@counsellorIds)))`,
};

const referralSql = (where: string) => `select r.from_provider_id as fromProviderId,
    r.to_provider_id as toProviderId, count(*) as referrals
  from referrals r
  where r.created_at >= @fromInstant and r.created_at < @toInstant and ${where}
  group by r.from_provider_id, r.to_provider_id`;

const preparedReferrals = new WeakMap<
  BetterSqlite3.Database,
  Record<ReferralFilter['kind'], BetterSqlite3.Statement>
>();

/** Referrals created in [fromInstant, toInstant) per direction, for a scope. */
export function loadReferralRows(
  ex: Executor,
  filter: ReferralFilter,
  range: { fromInstant: string; toInstant: string },
): ReferralRow[] {
  const client = ex.$client;
  let statements = preparedReferrals.get(client);
  if (!statements) {
    statements = {
      all: client.prepare(referralSql(referralWhere.all)),
      office: client.prepare(referralSql(referralWhere.office)),
      counsellors: client.prepare(referralSql(referralWhere.counsellors)),
    };
    preparedReferrals.set(client, statements);
  }
  const params = {
    ...range,
    officeId: filter.kind === 'office' ? filter.officeId : null,
    counsellorIds: filter.kind === 'counsellors' ? JSON.stringify(filter.counsellorIds) : null,
  };
  const statement = statements[filter.kind];
  return statement.all(pick(statement, params)) as ReferralRow[];
}
