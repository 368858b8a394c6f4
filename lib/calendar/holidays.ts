import Holidays from 'date-holidays';

export type PublicHoliday = { date: string; name: string };

/** Region codes as 'DE-NW' (ISO 3166-2). */
export type HolidayRegion = `${string}-${string}`;

/**
 * Public holidays (days off by law) of a region and year, from the maintained
 * date-holidays rules. Observances such as Rosenmontag are not days off and are left out.
 */
export function listPublicHolidays(region: HolidayRegion, year: number): PublicHoliday[] {
  const [country, state] = region.split('-');
  const calendar = new Holidays(country ?? '', state ?? '', { languages: ['de'] });
  return calendar
    .getHolidays(year, 'de')
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
}
