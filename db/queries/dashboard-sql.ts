/**
 * SQL fragments shared by the dashboard's direct reads and the rollup rebuild. They read
 * an instant as the local date of the booking's office exactly as the rollup triggers do
 * (migration "dashboard_rollup_triggers"): through `local_days`, else the UTC date.
 */
export function localDateOf(row: string, column: string): string {
  return `coalesce((select d.local_date from local_days d
    where d.zone = (select o.time_zone from offices o where o.id = ${row}.office_id)
      and d.starts_at <= ${row}.${column} and ${row}.${column} < d.ends_at
    order by d.starts_at desc limit 1), substr(${row}.${column}, 1, 10))`;
}

export function minutesOf(row: string): string {
  return `cast(round((julianday(${row}.ends_at) - julianday(${row}.starts_at)) * 1440) as integer)`;
}

/**
 * Bookings as the rollups see them: office, channel, status, language, counsellor, the
 * appointment's local date, the wait in days from the local day of booking, the minutes.
 * `filter` restricts the scan (it may use the index on counsellor and start).
 */
export function bookingFactsSql(filter: string): string {
  // `limit -1` keeps SQLite from flattening the inner query, so each local date is looked
  // up once per booking instead of once per use.
  return `select office_id, channel, status, language, counsellor_id, local_date,
      cast(julianday(local_date) - julianday(booked_date) as integer) as wait_days, minutes
    from (select b.office_id, b.channel, b.status, b.language, b.counsellor_id,
        ${localDateOf('b', 'starts_at')} as local_date,
        ${localDateOf('b', 'created_at')} as booked_date,
        ${minutesOf('b')} as minutes
      from bookings b where ${filter} limit -1)`;
}
