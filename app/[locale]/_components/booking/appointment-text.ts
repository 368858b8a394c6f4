import { getFormatter } from 'next-intl/server';

/** "Dienstag, 2. Juni 2026, 09:00–10:00 Uhr" in the request's locale and zone. */
export async function appointmentText(start: string, end: string): Promise<string> {
  const format = await getFormatter();
  return format.dateTimeRange(new Date(start), new Date(end), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function addMinutes(isoStart: string, minutes: number): string {
  return new Date(Date.parse(isoStart) + minutes * 60_000).toISOString();
}
