import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns';

/** ISO 8601 with the zone's offset, e.g. '2026-12-01T09:00:00+01:00'. */
export function formatInstantInZone(epochMs: number, zone: string): string {
  return formatISO(new TZDate(epochMs, zone));
}
