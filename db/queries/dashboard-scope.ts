import type { ProviderId } from '../schema/enums';
import type { Executor } from '../transaction';

/**
 * What the dashboard needs besides bookings: the offices and counsellors of a scope, the
 * counsellors' rules, absences and languages (for offered hours and languages offered).
 */
export type ScopeOffice = { id: string; name: string; providerId: ProviderId; timeZone: string };
export type ScopeCounsellor = { id: string; name: string };
export type ScopeRule = {
  staffId: string;
  officeId: string;
  weekday: number;
  startTime: string;
  endTime: string;
  validFrom: string;
  validTo: string | null;
};
export type ScopeAbsence = { staffId: string; startsAt: string; endsAt: string };
export type ScopeLanguage = { staffId: string; language: string };
export type ScopeTeam = { id: string; name: string; officeId: string };

export type StaffingRows = {
  offices: ScopeOffice[];
  counsellors: ScopeCounsellor[];
  rules: ScopeRule[];
  absences: ScopeAbsence[];
  languages: ScopeLanguage[];
  holidays: string[];
};

/** Counsellors of a scope: a team's members, an office's counsellors, or everyone's. */
export type StaffFilter =
  | { kind: 'teams'; teamIds: readonly string[] }
  | { kind: 'office'; officeId: string }
  | { kind: 'all' };

const counsellorSql = {
  teams: `select distinct s.id, s.display_name as name from staff s
    join team_memberships m on m.staff_id = s.id
    where m.team_id in (select value from json_each(@teamIds))`,
  office: `select distinct s.id, s.display_name as name from staff s
    join availability_rules r on r.staff_id = s.id where r.office_id = @officeId`,
  all: `select distinct s.id, s.display_name as name from staff s
    join availability_rules r on r.staff_id = s.id`,
} as const;

export function loadStaffing(
  ex: Executor,
  filter: StaffFilter,
  p: { from: string; to: string; fromInstant: string; toInstant: string; holidayRegion: string },
): StaffingRows {
  const client = ex.$client;
  const params = {
    teamIds: filter.kind === 'teams' ? JSON.stringify(filter.teamIds) : null,
    officeId: filter.kind === 'office' ? filter.officeId : null,
  };
  const counsellors = client
    .prepare(counsellorSql[filter.kind])
    .all(
      filter.kind === 'teams'
        ? { teamIds: params.teamIds }
        : filter.kind === 'office'
          ? { officeId: params.officeId }
          : {},
    ) as ScopeCounsellor[];
  const ids = JSON.stringify(counsellors.map((c) => c.id));
  const rules = client
    .prepare(
      `select staff_id as staffId, office_id as officeId, weekday, start_time as startTime,
        end_time as endTime, valid_from as validFrom, valid_to as validTo
      from availability_rules
      where staff_id in (select value from json_each(@ids))
        and (@officeId is null or office_id = @officeId)
        and valid_from <= @to and (valid_to is null or valid_to >= @from)`,
    )
    .all({ ids, officeId: params.officeId, from: p.from, to: p.to }) as ScopeRule[];
  const absences = client
    .prepare(
      `select staff_id as staffId, starts_at as startsAt, ends_at as endsAt from absences
      where staff_id in (select value from json_each(@ids))
        and starts_at < @toInstant and ends_at > @fromInstant`,
    )
    .all({ ids, fromInstant: p.fromInstant, toInstant: p.toInstant }) as ScopeAbsence[];
  const languages = client
    .prepare(
      `select staff_id as staffId, language from counsellor_languages
      where staff_id in (select value from json_each(@ids))`,
    )
    .all({ ids }) as ScopeLanguage[];
  const holidays = client
    .prepare(
      `select date from public_holidays where region = @region and date between @from and @to`,
    )
    .pluck()
    .all({ region: p.holidayRegion, from: p.from, to: p.to }) as string[];
  return { offices: listScopeOffices(ex), counsellors, rules, absences, languages, holidays };
}

export function listScopeOffices(ex: Executor): ScopeOffice[] {
  return ex.$client
    .prepare(
      `select id, name, provider_id as providerId, time_zone as timeZone from offices
      order by provider_id desc, name`,
    )
    .all() as ScopeOffice[];
}

/** Teams with their office; all of them, or those given. */
export function listTeams(ex: Executor, teamIds?: readonly string[]): ScopeTeam[] {
  return ex.$client
    .prepare(
      `select id, name, office_id as officeId from teams
      where @ids is null or id in (select value from json_each(@ids)) order by name`,
    )
    .all({ ids: teamIds ? JSON.stringify(teamIds) : null }) as ScopeTeam[];
}
