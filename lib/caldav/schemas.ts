import { z } from 'zod';

function hasNoCredentials(url: string): boolean {
  // Runs after a failed URL check too (zod keeps collecting issues), so parse defensively.
  const parsed = URL.parse(url);
  return !parsed || (!parsed.username && !parsed.password);
}

/** The connection form (FormData values are strings). The password is never echoed back. */
export const connectCalendarSchema = z.object({
  calendarUrl: z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ protocol: /^https?$/ }))
    // Credentials go in their own fields (stored sealed), never in the stored address.
    .refine(hasNoCredentials),
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(500),
});

export type ConnectCalendarInput = z.output<typeof connectCalendarSchema>;
