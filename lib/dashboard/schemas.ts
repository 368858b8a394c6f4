import { z } from 'zod';
import { addDaysToLocalDate, isLocalDate } from '@/lib/calendar/local-date';

export const maxPeriodDays = 366;

const localDate = z.string().refine(isLocalDate, { message: 'Expected a date YYYY-MM-DD.' });

/** The period and office choice of the dashboard page and its CSV export (search params). */
export const dashboardQuerySchema = z
  .object({
    from: localDate.optional(),
    to: localDate.optional(),
    /** Admins: an office id, or "nrw" for all of NRW. */
    office: z.string().min(1).max(100).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'The start must not be after the end.',
    path: ['to'],
  })
  .refine((q) => !q.from || !q.to || addDaysToLocalDate(q.from, maxPeriodDays - 1) >= q.to, {
    message: `At most ${maxPeriodDays} days.`,
    path: ['to'],
  });

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** The default period: the three months up to today. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year, month - 1 - 3, 1));
  const lastDay = new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0),
  ).getUTCDate();
  start.setUTCDate(Math.min(day, lastDay));
  return { from: addDaysToLocalDate(start.toISOString().slice(0, 10), 1), to: today };
}
