import type BetterSqlite3 from 'better-sqlite3';
import type { Channel } from '../schema/enums';
import type { Executor } from '../transaction';

/**
 * The slot engine's data for one office and range. This is the hottest read of the
 * booking path (every listing, hold and booking runs it), so it uses plain SQL statements
 * prepared once per connection instead of building queries per call.
 */
export type ScheduleParams = {
  officeId: string;
  serviceId: string;
  channel: Channel;
  /** UTC ISO instants bounding every interval of interest. */
  fromInstant: string;
  toInstant: string;
  /** Local dates bounding rules and holidays. */
  fromDate: string;
  toDate: string;
  nowInstant: string;
  holidayRegion: string;
  /** A hold that belongs to the caller and must not block them. */
  ownHoldId?: string;
  /** A booking being rescheduled: it must not block its own new slot. */
  ownBookingId?: string;
  counsellorId?: string;
};

export type ScheduleRows = {
  officeRows: {
    id: string;
    timeZone: string;
    bufferMinutes: number;
    minNoticeMinutes: number;
    bookingHorizonDays: number;
  }[];
  counsellorRows: { id: string; officeId: string }[];
  ruleRows: {
    id: string;
    staffId: string;
    officeId: string;
    weekday: number;
    startTime: string;
    endTime: string;
    validFrom: string;
    validTo: string | null;
  }[];
  languageRows: { staffId: string; language: string }[];
  /** Absences and busy times from a connected CalDAV calendar: both block time exactly. */
  absenceRows: { staffId: string; startsAt: string; endsAt: string }[];
  busyRows: { counsellorId: string; startsAt: string; endsAt: string }[];
  holidayRows: { date: string }[];
};

/** Appointments and holds last at most 8 hours (service_durations check), so an index
 * range on the start time can begin that long before the window. */
const longestAppointmentMs = 8 * 3_600_000;

const statementsSql = {
  office: `select id, time_zone as timeZone, buffer_minutes as bufferMinutes,
      min_notice_minutes as minNoticeMinutes, booking_horizon_days as bookingHorizonDays
    from offices where id = @officeId`,
  counsellors: `select distinct s.id as id, co.office_id as officeId
    from staff s
    join counsellor_offices co on co.staff_id = s.id and co.office_id = @officeId
    join counsellor_services cs on cs.staff_id = s.id and cs.service_id = @serviceId
    join counsellor_channels cc on cc.staff_id = s.id and cc.channel = @channel
    where s.active = 1 and (@counsellorId is null or s.id = @counsellorId)`,
  rules: `select r.id, r.staff_id as staffId, r.office_id as officeId, r.weekday,
      r.start_time as startTime, r.end_time as endTime, r.valid_from as validFrom, r.valid_to as validTo
    from availability_rules r
    join availability_rule_channels rc on rc.rule_id = r.id and rc.channel = @channel
    where r.office_id = @officeId and r.valid_from <= @toDate
      and (r.valid_to is null or r.valid_to >= @fromDate)`,
  languages: `select cl.staff_id as staffId, cl.language
    from counsellor_offices co join counsellor_languages cl on cl.staff_id = co.staff_id
    where co.office_id = @officeId`,
  absences: `select a.staff_id as staffId, a.starts_at as startsAt, a.ends_at as endsAt
    from counsellor_offices co join absences a on a.staff_id = co.staff_id
    where co.office_id = @officeId and a.starts_at < @toInstant and a.ends_at > @fromInstant
    union all
    select c.staff_id, c.starts_at, c.ends_at
    from counsellor_offices co join calendar_busy_intervals c on c.staff_id = co.staff_id
    where co.office_id = @officeId and c.starts_at < @toInstant and c.ends_at > @fromInstant`,
  bookings: `select b.counsellor_id as counsellorId, b.starts_at as startsAt, b.ends_at as endsAt
    from counsellor_offices co join bookings b on b.counsellor_id = co.staff_id
    where co.office_id = @officeId and b.status = 'confirmed'
      and b.starts_at < @toInstant and b.starts_at > @earliestStart and b.ends_at > @fromInstant
      and b.id <> @ownBookingId`,
  holds: `select h.counsellor_id as counsellorId, h.starts_at as startsAt, h.ends_at as endsAt
    from counsellor_offices co join slot_holds h on h.counsellor_id = co.staff_id
    where co.office_id = @officeId and h.expires_at > @nowInstant
      and h.starts_at < @toInstant and h.starts_at > @earliestStart and h.ends_at > @fromInstant
      and h.id <> @ownHoldId`,
  holidays: `select date from public_holidays
    where region = @holidayRegion and date between @fromDate and @toDate`,
} as const;

type Statements = Record<keyof typeof statementsSql, BetterSqlite3.Statement>;
const prepared = new WeakMap<BetterSqlite3.Database, Statements>();

function statementsOf(client: BetterSqlite3.Database): Statements {
  let statements = prepared.get(client);
  if (!statements) {
    const entries = Object.entries(statementsSql).map(([name, text]) => [
      name,
      client.prepare(text),
    ]);
    statements = Object.fromEntries(entries) as Statements;
    prepared.set(client, statements);
  }
  return statements;
}

export function loadScheduleRows(ex: Executor, p: ScheduleParams): ScheduleRows {
  const s = statementsOf(ex.$client);
  const params = {
    ...p,
    counsellorId: p.counsellorId ?? null,
    ownHoldId: p.ownHoldId ?? '',
    ownBookingId: p.ownBookingId ?? '',
    earliestStart: new Date(Date.parse(p.fromInstant) - longestAppointmentMs).toISOString(),
  };
  const all = <T>(statement: BetterSqlite3.Statement, keys: string[]) =>
    statement.all(
      Object.fromEntries(keys.map((k) => [k, params[k as keyof typeof params]])),
    ) as T[];
  const counsellorRows = all<ScheduleRows['counsellorRows'][number]>(s.counsellors, [
    'officeId',
    'serviceId',
    'channel',
    'counsellorId',
  ]);
  const ids = new Set(counsellorRows.map((c) => c.id));
  const mine = <T extends { staffId?: string; counsellorId?: string }>(rows: T[]) =>
    rows.filter((r) => ids.has(r.staffId ?? r.counsellorId ?? ''));
  const window = ['officeId', 'fromInstant', 'toInstant', 'earliestStart'];
  return {
    officeRows: all(s.office, ['officeId']),
    counsellorRows,
    ruleRows: mine(all(s.rules, ['officeId', 'channel', 'fromDate', 'toDate'])),
    languageRows: mine(all(s.languages, ['officeId'])),
    absenceRows: mine(all(s.absences, ['officeId', 'fromInstant', 'toInstant'])),
    busyRows: mine([
      ...all<ScheduleRows['busyRows'][number]>(s.bookings, [...window, 'ownBookingId']),
      ...all<ScheduleRows['busyRows'][number]>(s.holds, [...window, 'nowInstant', 'ownHoldId']),
    ]),
    holidayRows: all(s.holidays, ['holidayRegion', 'fromDate', 'toDate']),
  };
}
