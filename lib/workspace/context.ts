import type { Database } from '@/db/client';

/** What every workspace operation gets: the database and the clock. */
export type WorkspaceDeps = { db: Database; now: Date };

/** Where workspace times are read when no office says otherwise. */
export const workspaceZone = 'Europe/Berlin';
