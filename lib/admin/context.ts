import type { Database } from '@/db/client';

/**
 * What every administration change gets: the database, the clock and who acts. The actor
 * is already authorised (the caller asked the policy); services only enforce data rules.
 */
export type AdminContext = {
  db: Database;
  now: Date;
  /** The staff member making the change, recorded in the audit trail. */
  actorId: string;
};
