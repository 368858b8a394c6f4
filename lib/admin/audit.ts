import { insertAuditEvent } from '@/db/queries/audit';
import type { Executor } from '@/db/transaction';
import type { AdminContext } from './context';

/** Every change the administration records; the audit page translates each one. */
export const auditActions = [
  'staff.created',
  'staff.updated',
  'staff.deactivated',
  'staff.reactivated',
  'team.created',
  'team.updated',
  'team.deleted',
  'office.created',
  'office.updated',
  'office.deactivated',
  'office.reactivated',
  'office.deleted',
  'meeting_point.created',
  'meeting_point.updated',
  'meeting_point.deactivated',
  'meeting_point.reactivated',
  'service.created',
  'service.updated',
  'service.deactivated',
  'service.reactivated',
  /** Team roster (lib/roster): a counsellor's blocks, their channel targets, a copied week. */
  'staff.roster_changed',
  'staff.quota_set',
  'team.roster_copied',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntityTypes = ['staff', 'team', 'office', 'meeting_point', 'service'] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export type Changes = Record<string, unknown>;

/**
 * Appends one audit event. Call it with the transaction that makes the change, so the
 * change and its record commit together or not at all.
 */
export function recordAudit(
  tx: Executor,
  ctx: AdminContext,
  event: { action: AuditAction; entityType: AuditEntityType; entityId: string; details: Changes },
): void {
  insertAuditEvent(tx, {
    id: crypto.randomUUID(),
    occurredAt: ctx.now.toISOString(),
    actorStaffId: ctx.actorId,
    ...event,
  });
}

/**
 * The fields whose value differs: scalars as `{ from, to }`, lists as `{ added, removed }`
 * (order does not matter). Only what changed goes into the audit trail.
 */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changes: Changes = {};
  for (const [key, to] of Object.entries(after)) {
    const from = before[key];
    if (Array.isArray(from) && Array.isArray(to)) {
      const added = to.filter((item) => !from.includes(item));
      const removed = from.filter((item) => !to.includes(item));
      if (added.length + removed.length > 0) changes[key] = { added, removed };
    } else if ((from ?? null) !== (to ?? null)) {
      changes[key] = { from: from ?? null, to: to ?? null };
    }
  }
  return changes;
}
