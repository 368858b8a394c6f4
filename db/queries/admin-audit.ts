import { desc, eq } from 'drizzle-orm';
import { auditEvents } from '../schema/auth';
import { staff } from '../schema/staff';
import type { Executor } from '../transaction';

/** The latest audit events with the acting person's name (kept even if they left). */
export function listAuditEventsWithActors(ex: Executor, limit: number) {
  return ex
    .select({
      id: auditEvents.id,
      occurredAt: auditEvents.occurredAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      details: auditEvents.details,
      actorStaffId: auditEvents.actorStaffId,
      actorName: staff.displayName,
      actorEmail: staff.email,
    })
    .from(auditEvents)
    .leftJoin(staff, eq(staff.id, auditEvents.actorStaffId))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit)
    .all();
}
