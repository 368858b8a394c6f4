import {
  countActiveMeetingPoints,
  findMeetingPoint,
  insertMeetingPoint,
  setMeetingPointActive as writeMeetingPointActive,
  updateMeetingPoint as writeMeetingPoint,
  type MeetingPointRow,
} from '@/db/queries/admin-meeting-points';
import { listChannelsOfOffice } from '@/db/queries/admin-offices';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { diffFields, recordAudit } from './audit';
import type { AdminContext } from './context';
import { adminError, notFoundError } from './errors';
import { requireOffice } from './offices';
import type { MeetingPointInput } from './schemas';

/**
 * Meeting points of walk-and-talk appointments. Bookings refer to them, so they are
 * deactivated rather than deleted.
 */

function requireMeetingPoint(ex: Executor, officeId: string, id: string): MeetingPointRow {
  const point = findMeetingPoint(ex, id);
  // A point of another office is "not found" here: the URL names both.
  if (!point || point.officeId !== officeId) throw notFoundError('Meeting point');
  return point;
}

export function createMeetingPoint(
  ctx: AdminContext,
  officeId: string,
  input: MeetingPointInput,
): { id: string } {
  return withWriteTransaction(ctx.db, (tx) => {
    requireOffice(tx, officeId);
    const id = `${officeId}-mp-${crypto.randomUUID().slice(0, 8)}`;
    insertMeetingPoint(tx, { id, officeId, ...input, active: true });
    recordAudit(tx, ctx, {
      action: 'meeting_point.created',
      entityType: 'meeting_point',
      entityId: id,
      details: { officeId, ...input },
    });
    return { id };
  });
}

export function updateMeetingPoint(
  ctx: AdminContext,
  officeId: string,
  id: string,
  input: MeetingPointInput,
): { changed: boolean } {
  return withWriteTransaction(ctx.db, (tx) => {
    const before = requireMeetingPoint(tx, officeId, id);
    const changes = diffFields(before, input);
    if (Object.keys(changes).length === 0) return { changed: false };
    writeMeetingPoint(tx, id, input);
    recordAudit(tx, ctx, {
      action: 'meeting_point.updated',
      entityType: 'meeting_point',
      entityId: id,
      details: { officeId, ...changes },
    });
    return { changed: true };
  });
}

/** An office that offers walk & talk keeps at least one active meeting point. */
export function setMeetingPointActive(
  ctx: AdminContext,
  officeId: string,
  id: string,
  isActive: boolean,
): void {
  withWriteTransaction(ctx.db, (tx) => {
    const before = requireMeetingPoint(tx, officeId, id);
    if (before.active === isActive) return;
    const offersWalks = listChannelsOfOffice(tx, officeId).includes('walk_and_talk');
    if (!isActive && offersWalks && countActiveMeetingPoints(tx, officeId, id) === 0)
      throw adminError(
        'CONFLICT',
        'last_meeting_point',
        'The last meeting point of a walk office.',
      );
    writeMeetingPointActive(tx, id, isActive);
    recordAudit(tx, ctx, {
      action: isActive ? 'meeting_point.reactivated' : 'meeting_point.deactivated',
      entityType: 'meeting_point',
      entityId: id,
      details: { officeId, name: before.name },
    });
  });
}
