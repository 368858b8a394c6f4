import { desc } from 'drizzle-orm';
import { auditEvents } from '../schema/auth';
import type { Executor } from '../transaction';

export type NewAuditEvent = typeof auditEvents.$inferInsert;

/** Written in the same transaction as the change it records. */
export function insertAuditEvent(ex: Executor, event: NewAuditEvent): void {
  ex.insert(auditEvents).values(event).run();
}

export function listRecentAuditEvents(ex: Executor, limit: number) {
  return ex.select().from(auditEvents).orderBy(desc(auditEvents.occurredAt)).limit(limit).all();
}
