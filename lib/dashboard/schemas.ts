import { z } from 'zod';
import { addDaysToLocalDate, isLocalDate } from '@/lib/calendar/local-date';

export const maxPeriodDays = 366;

const localDate = z.string().refine(isLocalDate, { message: 'Expected a date YYYY-MM-DD.' });

const office = z.string().min(1).max(100);

function checkRange(q: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (!q.from || !q.to) return;
  if (q.from > q.to) {
    ctx.addIssue({ code: 'custom', message: 'The start must not be after the end.', path: ['to'] });
  } else if (addDaysToLocalDate(q.from, maxPeriodDays - 1) < q.to) {
    ctx.addIssue({ code: 'custom', message: `At most ${maxPeriodDays} days.`, path: ['to'] });
  }
}

/** The period and office choice of the dashboard page (search params). */
export const dashboardQuerySchema = z
  .object({
    from: localDate.optional(),
    to: localDate.optional(),
    /** Admins: an office id, or "nrw" for all of NRW. */
    office: office.optional(),
  })
  .superRefine(checkRange);

/** The CSV export: the same choice as the page it is linked from, spelt out. */
export const dashboardExportSchema = z
  .object({
    audience: z.enum(['team', 'admin']),
    locale: z.enum(['de', 'en']).default('de'),
    from: localDate,
    to: localDate,
    office: office.optional(),
  })
  .superRefine(checkRange);

export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** The default period: the four weeks up to today (today included). */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: addDaysToLocalDate(today, -27), to: today };
}
