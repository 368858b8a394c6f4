import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './db/schema/organisation.ts',
    './db/schema/staff.ts',
    './db/schema/booking.ts',
    './db/schema/auth.ts',
    './db/schema/notify.ts',
    './db/schema/workspace.ts',
    './db/schema/waitlist.ts',
    './db/schema/caldav.ts',
    './db/schema/referrals.ts',
    './db/schema/roster.ts',
    './db/schema/dashboard.ts',
  ],
  out: './db/migrations',
  strict: true,
  verbose: true,
});
