import { z } from 'zod';
import { listAppointmentsOfCounsellor } from '@/db/queries/account';
import type { Executor } from '@/db/transaction';
import {
  addDaysToLocalDate,
  isLocalDate,
  localDateOf,
  startOfLocalDay,
  type LocalDate,
} from '@/lib/calendar/local-date';
import { formatInstantInZone } from '@/lib/calendar/format';

const zone = 'Europe/Berlin';

export const appointmentsQuerySchema = z.object({
  from: z.string().refine(isLocalDate, 'Use a date like 2026-12-01.').optional(),
  days: z.coerce.number().int().min(1).max(31).default(7),
  locale: z.enum(['de', 'en']).default('de'),
});
export type AppointmentsQuery = z.infer<typeof appointmentsQuerySchema>;

export const appointmentSchema = z
  .object({
    id: z.string(),
    start: z.string(),
    end: z.string(),
    channel: z.enum(['presence', 'phone', 'video', 'walk_and_talk']),
    status: z.enum(['confirmed', 'cancelled', 'completed', 'no_show']),
    service: z.string(),
    office: z.string(),
    clientName: z.string(),
  })
  .meta({ id: 'Appointment' });

/**
 * A counsellor's confirmed appointments on `days` local days from `from` (default:
 * today in Berlin), times with the Berlin offset. Authorisation happens before this.
 */
export function listCounsellorAppointments(
  ex: Executor,
  counsellorId: string,
  query: AppointmentsQuery,
  now: Date,
): z.infer<typeof appointmentSchema>[] {
  const first = (query.from ?? localDateOf(now, zone)) as LocalDate;
  const range = {
    from: startOfLocalDay(first, zone).toISOString(),
    to: startOfLocalDay(addDaysToLocalDate(first, query.days), zone).toISOString(),
  };
  return listAppointmentsOfCounsellor(ex, counsellorId, range, query.locale).map((row) => ({
    id: row.id,
    start: formatInstantInZone(Date.parse(row.startsAt), zone),
    end: formatInstantInZone(Date.parse(row.endsAt), zone),
    channel: row.channel,
    status: row.status,
    service: row.serviceName,
    office: row.officeName,
    clientName: row.clientName,
  }));
}
