import type { Database } from '@/db/client';

/**
 * What the calendar sync needs: the database, the clock, AUTH_SECRET (seals and opens
 * the stored passwords) and the job settings for the push jobs it queues.
 */
export type CalendarSyncDeps = {
  db: Database;
  now: () => Date;
  secret: string;
  /** Plain-HTTP calendar addresses only in demo mode: the password travels with every request. */
  allowPlainHttp: boolean;
  maxAttempts: number;
};

/** HKDF info for the password key: a sealed password never opens as a manage token. */
export const passwordSealInfo = 'beratungsportal caldav password v1';
