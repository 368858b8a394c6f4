import { z } from 'zod';

/** The connection form (FormData values are strings). The password is never echoed back. */
export const connectCalendarSchema = z.object({
  calendarUrl: z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ protocol: /^https?$/ })),
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(500),
});

export type ConnectCalendarInput = z.output<typeof connectCalendarSchema>;
